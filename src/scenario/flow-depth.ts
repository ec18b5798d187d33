// How deep a YAML text's flow collections ([…] and {…}) nest, read from yaml's lexer before anything is
// parsed: a megabyte of "[[[[…" costs the parser seconds and a gigabyte, and overflows its stack at a depth that
// varies with the stack, and the lexer, which stops soon after the first token too deep, milliseconds.
import { CST, Lexer } from 'yaml'

// The lexer's own markers, which stand for no text of the source.
const MARKERS = new Set(['doc-mode', 'flow-error-end', 'scalar'])
/**
 * How much deeper than the limit brackets left open may go and still be read, to be told as a [ never closed
 * (unclosed-bracket.ts) rather than as nesting: the parser reads that many in any stack (a browser's worker ran
 * out near 400).
 */
const OPEN_FACTOR = 4

/**
 * Where the flow collections first nest deeper than `limit`, as a line and column, or null. Brackets that nest
 * too deep only because they are never closed (the lexer ends them at the next line indented less, or at the
 * end of the file) are not counted, unless they nest past `limit * OPEN_FACTOR`.
 */
export function tooDeep(text: string, limit: number): { line: number; column: number } | null {
  let depth = 0
  let offset = 0
  let deep: number | undefined
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token)
    if (type === 'flow-seq-start' || type === 'flow-map-start') {
      depth++
      if (depth > limit && deep === undefined) deep = offset
      if (depth > limit * OPEN_FACTOR) return place(text, deep!)
    } else if (type === 'flow-seq-end' || type === 'flow-map-end') {
      depth = Math.max(0, depth - 1)
      if (deep !== undefined && depth <= limit) return place(text, deep)
    } else if (type === 'flow-error-end') {
      depth = 0
      deep = undefined
    }
    if (!(type && MARKERS.has(type))) offset += token.length
  }
  return null
}

function place(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') }
}
