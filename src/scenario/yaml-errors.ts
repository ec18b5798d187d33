// The yaml library's syntax errors in our words. Its messages speak its grammar ("Block scalar values in
// collections must be indented"); ours say what to look at and what to do, in both languages. A code with no
// finer message here still reads in our words for the code (wording/en-yaml.ts), never in the parser's.
import { type Document, isAlias, visit } from 'yaml'
import { unclosedBracket } from './unclosed-bracket'
import { type Said, said } from './wording/en'

/** Where a parser's error points: the file's lines, and the line and column (both from 1) of the error. */
export interface ErrorAt {
  readonly lines: readonly string[]
  readonly line: number
  readonly column: number
}

/** What an author reads about an error of the parser, and the line and column it is told at. */
export interface PlainError {
  readonly said: Said
  readonly line: number
  readonly column: number
}

/**
 * What an error of the parser says to an author, from its code, its message and where it points. A [ or { left
 * open is told where it opens, with its field: the parser only notices it lines later, in words about whatever
 * it met there ("Implicit keys need to be on a single line").
 */
export function plainYamlError(code: string, message: string, at: ErrorAt): PlainError {
  const words = firstLine(message)
  const open = unclosedBracket(at.lines)
  if (open && (open.line < at.line || UNCLOSED.test(words))) {
    const { line, column, bracket, key } = open
    return {
      said: said('yaml-unclosed-bracket', key === undefined ? { bracket } : { bracket, key }),
      line,
      column,
    }
  }
  return { said: inOurWords(code, words, at), line: at.line, column: at.column }
}

/** The parser's words for a [ or { that is never closed. */
const UNCLOSED = /end with a [\]}]$/

function inOurWords(code: string, words: string, at: ErrorAt): Said {
  if (UNCLOSED.test(words)) return said('yaml-unclosed-bracket', {})
  const broken = said('yaml-broken', { error: code, said: words })
  const line = at.lines[at.line - 1] ?? ''
  switch (code) {
    case 'DUPLICATE_KEY':
      return duplicateKey(at)
    case 'TAB_AS_INDENT':
      return said('yaml-tab', {})
    case 'BAD_INDENT':
      if (words.startsWith('All sequence items')) return said('yaml-list-misaligned', {})
      if (words.startsWith('All mapping items')) return said('yaml-fields-misaligned', {})
      // A tab before a line of `|` or `>` text is no indentation to YAML: the line seems to leave the text.
      if (words.startsWith('Block scalar') && /^[ \t]*\t/.test(line)) return said('yaml-tab-in-text', {})
      return broken
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (!words.startsWith('Nested mappings')) return said('yaml-list-not-indented', {})
      return colonInValue(line, at.column) ?? said('yaml-value-runs-on', {})
    case 'MULTILINE_IMPLICIT_KEY':
      return said('yaml-not-a-field', {})
    case 'MISSING_CHAR':
      if (words.startsWith('Implicit map keys need to be followed')) return said('yaml-not-a-field', {})
      if (words.startsWith('Sequence item without')) return said('yaml-not-a-list-item', {})
      if (/^Missing closing ["']quote/.test(words)) return said('yaml-unclosed-quote', {})
      if (words.startsWith('Missing , ')) return said('yaml-missing-comma', {})
      if (words.startsWith('Comments must be separated')) return said('yaml-comment-space', {})
      return broken
    case 'BAD_SCALAR_START':
      return said('yaml-bad-start', {})
    case 'UNEXPECTED_TOKEN':
      if (words.startsWith('Unexpected flow-seq-end') || words.startsWith('Unexpected flow-map-end'))
        return said('yaml-stray-closing', {})
      if (/^Unexpected , in /.test(words)) return said('yaml-extra-comma', {})
      if (words.startsWith('Block scalar header')) return said('yaml-block-header', {})
      return broken
    default:
      return broken
  }
}

/** A field's name at the start of `text` (plain or quoted), as YAML reads it before the colon. */
const KEY = /^(?:"([^"]*)"|'([^']*)'|([^\s:#'"[\]{},](?:[^:#]*[^\s:#])?))\s*:(?:\s|$)/
const keyAt = (text: string): string | undefined => {
  const m = KEY.exec(text)
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined
}

/**
 * A field written twice in one group: its name, and the line it first stood on when both are lines of the same
 * block of fields (the group starts at the first line above that is indented less, or at its list item's "- ").
 */
function duplicateKey({ lines, line, column }: ErrorAt): Said {
  const key = keyAt((lines[line - 1] ?? '').slice(column - 1))
  if (key === undefined) return said('yaml-duplicate-key', {})
  for (let i = line - 2; i >= 0; i--) {
    const text = lines[i]!
    if (/^\s*(#.*)?$/.test(text)) continue
    const lead = /^\s*(?:-\s+)*/.exec(text)![0].length
    const indent = /^\s*/.exec(text)![0].length
    if (lead === column - 1 && keyAt(text.slice(lead)) === key)
      return said('yaml-duplicate-key', { key, first: i + 1 })
    if (indent < column - 1) break
  }
  return said('yaml-duplicate-key', { key })
}

/**
 * A plain value with ": " inside (`title: Hypothetical: unrest`) is read as a field of its own, which YAML allows
 * nowhere on that line: said as such, with the field whose value it is. `column` is where the value starts.
 */
function colonInValue(line: string, column: number): Said | undefined {
  const value = line.slice(column - 1)
  if (/^["']/.test(value) || !/:(\s|$)/.test(value)) return undefined
  const before = line.slice(0, column - 1)
  const key = keyAt(before.slice(/^\s*(?:-\s+)*/.exec(before)![0].length))
  return said('yaml-colon-in-value', key === undefined ? {} : { key })
}

const firstLine = (message: string): string =>
  message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')

/**
 * The first reference (`*name`) to an anchor the file does not set, with where it starts. Text that starts
 * with "*", as Markdown italics do, is such a reference to YAML; the parser finds nothing wrong until it is read.
 */
export function unknownAlias(doc: Document): { name: string; offset: number } | undefined {
  let found: { name: string; offset: number } | undefined
  // The anchors set so far, in the order yaml resolves an alias by (the last node before it with that anchor):
  // one pass, where asking yaml to resolve each alias walked the whole file again for each, and a file of a few
  // thousand aliases took minutes.
  const anchors = new Set<string>()
  visit(doc, {
    Node(_key, node) {
      if (!isAlias(node)) {
        if (node.anchor) anchors.add(node.anchor)
        return undefined
      }
      if (!node.source || anchors.has(node.source)) return undefined
      found = { name: node.source, offset: node.range?.[0] ?? 0 }
      return visit.BREAK
    },
  })
  return found
}
