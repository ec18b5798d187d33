// Reads the text of a scenario or actor file into plain data, keeping the document to point at lines.
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
} from 'yaml'
import { MAX_ALIASES, MAX_BYTES, MAX_DEPTH } from './file-limits'
import type { Problem } from './types'

/** Keys that could reach an object's prototype: never a field of ours, refused wherever they appear. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export type Locate = (path: readonly PropertyKey[], at?: 'key' | 'value') => { line: number; column: number }

export type ReadResult =
  | { readonly ok: true; readonly data: unknown; readonly locate: Locate }
  /**
   * `syntax`: the text is not YAML as written; `layout`: in a way a misplaced line causes, rather than an unclosed
   * quote or bracket.
   */
  | {
      readonly ok: false
      readonly problems: readonly Problem[]
      readonly syntax?: true
      readonly layout?: true
    }

export function readYaml(text: string, file: string): ReadResult {
  const problem = (line: number, column: number, message: string, path = ''): Problem => ({
    file,
    line,
    column,
    path,
    message,
  })
  if (text.length > MAX_BYTES || new TextEncoder().encode(text).length > MAX_BYTES)
    return { ok: false, problems: [problem(1, 1, `the file is larger than ${MAX_BYTES / 1_000_000} MB`)] }

  // A replacement character is a letter already lost: some program read the file in the wrong encoding.
  const lost = text.indexOf('\uFFFD')
  if (lost >= 0) {
    const before = text.slice(0, lost).split('\n')
    return {
      ok: false,
      problems: [
        problem(
          before.length,
          before[before.length - 1]!.length + 1,
          'a letter here was lost and shows as "\uFFFD": the file was saved in another encoding than UTF-8 and read as UTF-8 on its way here. Retype the letter, or open the original file again',
        ),
      ],
    }
  }

  const lineCounter = new LineCounter()
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  if (!Array.isArray(docs)) return { ok: false, problems: [problem(1, 1, 'the file is empty')] }
  if (docs.length === 0) return { ok: false, problems: [problem(1, 1, 'the file is empty')] }
  if (docs.length > 1) {
    const { line, column } = at(docs[1]!.range[0])
    return {
      ok: false,
      problems: [problem(line, column, 'one scenario per file: this file has several YAML documents')],
    }
  }
  const doc = docs[0]!
  // Only the first syntax error: the ones after it are usually its echoes.
  const [first] = doc.errors
  if (first) {
    const { line, column } = at(first.pos[0])
    return {
      ok: false,
      problems: [problem(line, column, plainYamlError(first.code, first.message))],
      syntax: true as const,
      ...(LAYOUT.test(`${first.code} ${first.message}`) ? { layout: true as const } : {}),
    }
  }

  const structural = checkStructure(doc, at, problem)
  if (structural.length > 0) return { ok: false, problems: structural }

  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES })
  } catch {
    return {
      ok: false,
      problems: [problem(1, 1, `too many YAML aliases: at most ${MAX_ALIASES} are allowed`)],
    }
  }
  if (data === null || data === undefined)
    return { ok: false, problems: [problem(1, 1, 'the file is empty')] }
  return { ok: true, data, locate: locator(doc, at) }
}

/** Walks the document without recursion: too deep, or a key that could reach a prototype, is a problem. */
function checkStructure(
  doc: Document,
  at: (offset: number) => { line: number; column: number },
  problem: (line: number, column: number, message: string, path?: string) => Problem,
): Problem[] {
  const problems: Problem[] = []
  const stack: { node: unknown; depth: number; path: string }[] = [{ node: doc.contents, depth: 0, path: '' }]
  while (stack.length > 0) {
    const { node, depth, path } = stack.pop()!
    if (depth > MAX_DEPTH) {
      const start = rangeStart(node)
      const { line, column } = at(start)
      problems.push(problem(line, column, `nested more than ${MAX_DEPTH} levels deep`, path))
      break
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : ''
        const child = path ? `${path}.${key}` : key
        if (FORBIDDEN_KEYS.has(key)) {
          const { line, column } = at(rangeStart(pair.key))
          problems.push(problem(line, column, `"${key}" is not allowed as a field name`, child))
        }
        stack.push({ node: pair.value, depth: depth + 1, path: child })
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        stack.push({ node: item, depth: depth + 1, path: `${path}.${i}` })
      })
    }
  }
  return problems
}

const rangeStart = (node: unknown): number =>
  (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0

/** Finds the line and column of a field by its path; a missing field points at its parent. */
function locator(doc: Document, at: (offset: number) => { line: number; column: number }): Locate {
  return (path, where = 'value') => {
    let node: unknown = doc.contents
    let position = rangeStart(node)
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
        )
        if (!pair) break
        position = rangeStart(
          where === 'key' && segment === path[path.length - 1] ? pair.key : (pair.value ?? pair.key),
        )
        node = pair.value
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment] as Node
        position = rangeStart(node)
      } else break
    }
    return at(position)
  }
}

/** The parser's errors that a line indented wrongly causes. */
const LAYOUT =
  /^(BAD_INDENT All|MULTILINE_IMPLICIT_KEY|BLOCK_AS_IMPLICIT_KEY|DUPLICATE_KEY|MISSING_CHAR (Implicit map keys|Sequence item))/

/**
 * yaml's messages speak its grammar; ours say what to look at. They are the fallback: when one misplaced line
 * explains the error, load.ts names that line instead (indentation.ts).
 */
function plainYamlError(code: string, message: string): string {
  const said = firstLine(message)
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'this field appears twice in the same place'
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs'
    case 'BAD_INDENT':
      if (said.startsWith('All sequence items'))
        return 'the items of this list do not line up: start every "- " in the same column'
      if (said.startsWith('All mapping items'))
        return 'the fields here do not line up: every field of a group must start in the same column as the others'
      if (/end with a [\]}]$/.test(said)) return 'a [ or { above is never closed with ] or }'
      return `broken YAML: ${said}`
    case 'BLOCK_AS_IMPLICIT_KEY':
      return said.startsWith('Nested mappings')
        ? "a field's value runs on into the next line, which looks like another field: check the indentation of this line and the next"
        : 'a list (lines starting with "- ") must be indented under the field it belongs to'
    case 'MULTILINE_IMPLICIT_KEY':
      return 'this line is neither a field ("name: value") nor text indented under one: indent it, or add the colon after the field\'s name'
    case 'MISSING_CHAR':
      if (said.startsWith('Implicit map keys need to be followed'))
        return 'this line is neither a field ("name: value") nor text indented under one: indent it, or add the colon after the field\'s name'
      if (said.startsWith('Sequence item without'))
        return 'this line is indented like the items of a list but does not start with "- "'
      if (/^Missing closing ["']quote/.test(said))
        return 'a quotation mark above is never closed: close it, or remove it'
      if (/end with a [\]}]$/.test(said)) return 'a [ or { above is never closed with ] or }'
      if (said.startsWith('Missing , '))
        return 'the items inside [ ] or { } must be separated by commas, and closed with ] or }'
      return `broken YAML: ${said}`
    case 'BAD_SCALAR_START':
      return `a value cannot start with this character: put the whole value in straight quotes ("…")`
    case 'UNEXPECTED_TOKEN':
      return said.startsWith('Unexpected flow-seq-end') || said.startsWith('Unexpected flow-map-end')
        ? 'a closing ] or } here has no opening [ or { before it'
        : `broken YAML: ${said}`
    default:
      return `broken YAML: ${said}`
  }
}

const firstLine = (message: string): string =>
  message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
