// How deep a YAML text's flow collections ([…] and {…}) nest, read from yaml's lexer before anything is
// parsed: a megabyte of "[[[[…" costs the parser seconds and a gigabyte, and the lexer, which stops at the
// first token too deep, microseconds.
import { CST, Lexer } from 'yaml'

// The lexer's own markers, which stand for no text of the source.
const MARKERS = new Set(['doc-mode', 'flow-error-end', 'scalar'])

/** Where the flow collections first nest deeper than `limit`, as a line and column, or null. */
export function tooDeep(text: string, limit: number): { line: number; column: number } | null {
  let depth = 0
  let offset = 0
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token)
    if (type === 'flow-seq-start' || type === 'flow-map-start') {
      depth++
      if (depth > limit) {
        const before = text.slice(0, offset)
        const line = before.split('\n').length
        return { line, column: offset - before.lastIndexOf('\n') }
      }
    } else if (type === 'flow-seq-end' || type === 'flow-map-end') depth = Math.max(0, depth - 1)
    if (!(type && MARKERS.has(type))) offset += token.length
  }
  return null
}
