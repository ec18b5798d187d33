// The walk over a read document that refuses what no scenario or actor file may hold, wherever it stands:
// nesting too deep, a name that could reach a prototype, a list or group as a name, a name that starts or ends
// with a space that is not an ordinary one, and a control character or half a character written as an escape.
import { type Document, isMap, isScalar, isSeq } from 'yaml'
import { firstControlCharacter } from './control-characters'
import { MAX_DEPTH } from './file-limits'
import { firstLoneSurrogate } from './lone-surrogates'
import { oddSpaceAtEdge } from './odd-spaces'
import type { Problem } from './types'
import { type Said, said } from './wording/en'

/** Keys that could reach an object's prototype: never a field of ours, refused wherever they appear. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Walks the document without recursion: too deep, a key that could reach a prototype, a key that is a list or a
 * map (`{{ actor }}:` left from a template), a key at the edge of which an odd space stands (a line indented
 * with a no-break space), or a text or key holding a control character or half a character, is a problem.
 */
export function checkStructure(
  doc: Document,
  text: string,
  at: (offset: number) => { line: number; column: number },
  problem: (line: number, column: number, what: Said, path?: string) => Problem,
): Problem[] {
  const problems: Problem[] = []
  const stack: { node: unknown; depth: number; path: string }[] = [{ node: doc.contents, depth: 0, path: '' }]
  while (stack.length > 0) {
    const { node, depth, path } = stack.pop()!
    if (depth > MAX_DEPTH) {
      const start = rangeStart(node)
      const { line, column } = at(start)
      problems.push(problem(line, column, said('too-deep', { depth: MAX_DEPTH }), path))
      break
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isMap(pair.key) || isSeq(pair.key)) {
          // yaml would turn it into text with a warning of its own on the console: said here, in words.
          const [start, end] = pair.key.range ?? [0, 0]
          const { line, column } = at(start)
          problems.push(
            problem(line, column, said('collection-key', { key: text.slice(start, end).trim() }), path),
          )
          continue
        }
        const key = isScalar(pair.key) ? String(pair.key.value) : ''
        const child = path ? `${path}.${key}` : key
        const odd = oddSpaceAtEdge(key)
        if (odd) {
          const { line, column } = at(rangeStart(pair.key))
          problems.push(problem(line, column, said('odd-space', { code: odd }), child))
        }
        if (FORBIDDEN_KEYS.has(key)) {
          const { line, column } = at(rangeStart(pair.key))
          problems.push(problem(line, column, said('forbidden-key', { key }), child))
        }
        stack.push(
          { node: pair.value, depth: depth + 1, path: child },
          { node: pair.key, depth, path: child },
        )
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        stack.push({ node: item, depth: depth + 1, path: `${path}.${i}` })
      })
    } else if (isScalar(node) && typeof node.value === 'string') {
      // Written as an escape in double quotes ("\e", "\x07", "\ud800"): the text itself has none (readYaml
      // refused a control character, and decoding leaves no half of a character).
      const control = firstControlCharacter(node.value)
      const half = firstLoneSurrogate(node.value)
      const what = control
        ? said('control-escape', { code: control.code })
        : half && said('lone-surrogate', { code: half })
      if (what) {
        const { line, column } = at(rangeStart(node))
        problems.push(problem(line, column, what, path))
      }
    }
  }
  return problems
}

export const rangeStart = (node: unknown): number =>
  (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0
