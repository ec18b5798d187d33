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
import type { Problem } from './types'

/** A file larger than this is refused before it is parsed: no real scenario comes close. */
export const MAX_BYTES = 1_000_000
/** Deeper nesting than this is junk, and refused before it can exhaust anything. */
export const MAX_DEPTH = 32
/** YAML aliases can multiply a small file into a huge one ("billion laughs"). */
export const MAX_ALIASES = 50
/** Keys that could reach an object's prototype: never a field of ours, refused wherever they appear. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export type Locate = (path: readonly PropertyKey[], at?: 'key' | 'value') => { line: number; column: number }

export type ReadResult =
  | { readonly ok: true; readonly data: unknown; readonly locate: Locate }
  | { readonly ok: false; readonly problems: readonly Problem[] }

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
    return { ok: false, problems: [problem(line, column, plainYamlError(first.code, first.message))] }
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

/** yaml's messages carry a code excerpt; ours name the mistake in plain words. */
function plainYamlError(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'this field appears twice in the same place'
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return `broken YAML: ${firstLine(message)}`
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs'
    default:
      return `broken YAML: ${firstLine(message)}`
  }
}

const firstLine = (message: string): string =>
  message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
