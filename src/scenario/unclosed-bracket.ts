// The first [ or { a file opens and never closes, found in the parser's syntax tree rather than by counting
// brackets, so that a [ inside a text (`summary: a [ b`) or a citation marker is not taken for one.
import { CST, Parser } from 'yaml'

/** Where a [ or { that is never closed opens (line and column from 1), and the field whose value it starts. */
export interface UnclosedBracket {
  readonly line: number
  readonly column: number
  readonly bracket: '[' | '{'
  readonly key?: string
}

type Collection = CST.FlowCollection
const CLOSERS = new Set(['flow-seq-end', 'flow-map-end'])
const closed = (collection: Collection): boolean => collection.end.some((t) => CLOSERS.has(t.type))

/**
 * The outermost [ or { of the text (given as its lines) that has no ] or } to close it, if there is one. The
 * tree is walked with a stack of its own, in the file's order: a hostile file nests thousands of levels deep.
 */
export function unclosedBracket(lines: readonly string[]): UnclosedBracket | undefined {
  const text = lines.join('\n')
  if (!/[[{]/.test(text)) return undefined
  const stack: { token: CST.Token | null | undefined; key?: CST.Token | null }[] = []
  for (const token of new Parser().parse(text))
    if (token.type === 'document') stack.push({ token: token.value })
  stack.reverse()
  while (stack.length > 0) {
    const { token, key } = stack.pop()!
    if (!token) continue
    if (token.type === 'flow-collection' && !closed(token)) return placed(lines, token, fieldName(key))
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection')
      // Last first, each value under its key, so that the stack gives them back in the file's order.
      for (const item of [...token.items].reverse())
        stack.push({ token: item.value, key: item.key }, { token: 'key' in item ? item.key : undefined })
  }
  return undefined
}

/** A field's name, when it is one plain or quoted word on one line. */
function fieldName(key: CST.Token | null | undefined): string | undefined {
  if (!key || !['scalar', 'single-quoted-scalar', 'double-quoted-scalar'].includes(key.type)) return undefined
  const name = CST.resolveAsScalar(key)?.value
  return name && !name.includes('\n') ? name : undefined
}

function placed(lines: readonly string[], open: Collection, key?: string): UnclosedBracket {
  let offset = open.start.offset
  let line = 0
  while (line < lines.length - 1 && offset > lines[line]!.length) offset -= lines[line++]!.length + 1
  const bracket = open.start.source === '{' ? '{' : '['
  return { line: line + 1, column: offset + 1, bracket, ...(key === undefined ? {} : { key }) }
}
