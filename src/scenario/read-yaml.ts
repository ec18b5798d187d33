// Reads the text of a scenario or actor file into plain data, keeping the document to point at lines.
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseAllDocuments,
  type YAMLMap,
} from 'yaml'
import { aliasExcess } from './alias-limits'
import { firstControlCharacter } from './control-characters'
import { checkStructure, rangeStart } from './document-structure'
import { duplicateKeyError } from './duplicate-keys'
import { MAX_ALIAS_VALUES, MAX_ALIASES, MAX_BYTES, MAX_DEPTH } from './file-limits'
import { tooDeep } from './flow-depth'
import { keepRadixNumbersAsWritten } from './number-forms'
import { oddSpaceNear } from './odd-spaces'
import type { Problem } from './types'
import { type Said, said } from './wording/en'
import { plainYamlError, unknownAlias } from './yaml-errors'

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
  const problem = (line: number, column: number, what: Said, path = ''): Problem => ({
    file,
    line,
    column,
    path,
    ...what,
  })
  if (text.length > MAX_BYTES || new TextEncoder().encode(text).length > MAX_BYTES)
    return { ok: false, problems: [problem(1, 1, said('too-large', { mb: MAX_BYTES / 1_000_000 }))] }

  // A replacement character is a letter already lost: some program read the file in the wrong encoding.
  const lost = text.indexOf('\uFFFD')
  if (lost >= 0) {
    const before = text.slice(0, lost).split('\n')
    return {
      ok: false,
      problems: [problem(before.length, before[before.length - 1]!.length + 1, said('lost-letter', {}))],
    }
  }

  const control = firstControlCharacter(text)
  if (control)
    return {
      ok: false,
      problems: [problem(control.line, control.column, said('control-character', { code: control.code }))],
    }

  // Brackets nested past the limit are refused from the lexer, before the parser recurses into each level:
  // "[[[[…" cost it seconds and a gigabyte, and overflowed its stack at a depth that varies with the stack (the
  // check, the sim and a browser each told another column), in words about references to anchors.
  const deep = tooDeep(text, MAX_DEPTH)
  if (deep)
    return { ok: false, problems: [problem(deep.line, deep.column, said('too-deep', { depth: MAX_DEPTH }))] }

  const lineCounter = new LineCounter()
  // `logLevel: 'error'`: yaml's own warnings go to the console (a Node warning under `npm run check`), in its
  // words; whatever they concern is said to the author here or by the checks after, in ours. `uniqueKeys: false`:
  // a field written twice is found below in one pass (duplicate-keys.ts), not by yaml's check, which is quadratic.
  // `schema: 'core'`: every file is read by YAML 1.2's rules, even under a `%YAML 1.1` line, which would make an
  // unquoted 2022-01-06 a timestamp (and `yes` true); by these, a date is its text, quoted or not.
  const docs = parseAllDocuments(text, {
    schema: 'core',
    lineCounter,
    prettyErrors: false,
    uniqueKeys: false,
    logLevel: 'error',
  })
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  if (!Array.isArray(docs)) return { ok: false, problems: [problem(1, 1, said('empty-file', {}))] }
  if (docs.length === 0) return { ok: false, problems: [problem(1, 1, said('empty-file', {}))] }
  if (docs.length > 1) {
    const { line, column } = at(docs[1]!.range[0])
    return {
      ok: false,
      problems: [problem(line, column, said('several-documents', {}))],
    }
  }
  const doc = docs[0]!
  // Only the first syntax error: the ones after it are usually its echoes. A reference to an anchor the file
  // lacks, earlier on the same line, is their cause (`text: *Italics* here` is read as one). A field written
  // twice is one of them, first if it comes first in the file, as when yaml found it.
  const duplicate = duplicateKeyError(doc)
  const [parsed] = doc.errors
  const first = duplicate && (!parsed || duplicate.pos[0] < parsed.pos[0]) ? duplicate : parsed
  const alias = unknownAlias(doc)
  if (alias && (!first || at(alias.offset).line === at(first.pos[0]).line)) {
    const { line, column } = at(alias.offset)
    return {
      ok: false,
      problems: [problem(line, column, said('yaml-unknown-alias', { name: alias.name }))],
      syntax: true as const,
    }
  }
  if (first?.code === 'RESOURCE_EXHAUSTION') {
    // The parser's stack ran out in nesting without brackets ("- - - - …"): told as nesting too deep, where it
    // first passes the limit, which the levels read before the stack ran out show whatever its size.
    const deeper = checkStructure(doc, text, at, problem).find((p) => p.code === 'too-deep')
    if (deeper) return { ok: false, problems: [deeper] }
  }
  if (first) {
    const { line, column } = at(first.pos[0])
    const lines = text.split('\n')
    const odd = oddSpaceNear(lines, line)
    // Named rather than the layout it broke, which looks right on screen; not told as a line to re-indent.
    if (odd)
      return {
        ok: false,
        problems: [problem(odd.line, odd.column, said('odd-space', { code: odd.code }))],
        syntax: true as const,
      }
    const plain = plainYamlError(first.code, first.message, { lines, line, column })
    return {
      ok: false,
      problems: [problem(plain.line, plain.column, plain.said)],
      syntax: true as const,
      ...(LAYOUT.test(`${first.code} ${first.message}`) ? { layout: true as const } : {}),
    }
  }

  const structural = checkStructure(doc, text, at, problem)
  if (structural.length > 0) return { ok: false, problems: structural }

  const excess = aliasExcess(doc, { written: MAX_ALIASES, values: MAX_ALIAS_VALUES })
  if (excess) {
    const { line, column } = at(excess.offset)
    const what =
      excess.bound === 'written'
        ? said('too-many-aliases', { max: MAX_ALIASES, name: excess.name })
        : said('too-many-alias-values', { max: MAX_ALIAS_VALUES, name: excess.name })
    return { ok: false, problems: [problem(line, column, what)] }
  }
  // Bounded above, by what the aliases stand for rather than by yaml's own count, which weighs an alias by the
  // aliases its anchor holds and would refuse again, at no line, what passed here.
  keepRadixNumbersAsWritten(doc)
  const data: unknown = doc.toJS({ maxAliasCount: -1 })
  if (data === null || data === undefined)
    return { ok: false, problems: [problem(1, 1, said('empty-file', {}))] }
  return { ok: true, data, locate: locator(doc, at) }
}

/** Finds the line and column of a field by its path; a missing field points at its parent. */
function locator(doc: Document, at: (offset: number) => { line: number; column: number }): Locate {
  // Each group's fields by name, indexed when first looked in: every problem of a file is located, and searching
  // a group of 40,000 unknown fields once for each of them is quadratic. The first of a name wins, as a search.
  const indexes = new WeakMap<YAMLMap, Map<string, Pair>>()
  const fieldsOf = (map: YAMLMap): Map<string, Pair> => {
    let fields = indexes.get(map)
    if (!fields) {
      fields = new Map()
      for (const p of map.items) {
        const name = isPair(p) && isScalar(p.key) ? String(p.key.value) : undefined
        if (name !== undefined && !fields.has(name)) fields.set(name, p)
      }
      indexes.set(map, fields)
    }
    return fields
  }
  return (path, where = 'value') => {
    let node: unknown = doc.contents
    let position = rangeStart(node)
    for (const segment of path) {
      if (isMap(node)) {
        const pair = fieldsOf(node).get(String(segment))
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
