// A file's YAML aliases ("*name", a copy of what the anchor "&name" holds) within bounds, before they are
// expanded: at most so many written, and at most so many values once each stands for its anchor's. An anchor that
// holds aliases multiplies them ("billion laughs"), so a few lines can stand for millions of values. Told at the
// alias that passes a bound, in document order, with what was counted.
import { type Alias, type Document, isAlias, isMap, isPair, isSeq, type Node, visit } from 'yaml'

export interface AliasExcess {
  /** Where the alias that passed the bound starts. */
  readonly offset: number
  readonly name: string
  /** `written`: one alias too many in the file; `values`: the aliases so far stand for too many values. */
  readonly bound: 'written' | 'values'
}

/** The first alias, in document order, past `written` aliases or past `values` values they stand for. */
export function aliasExcess(
  doc: Document,
  limits: { readonly written: number; readonly values: number },
): AliasExcess | undefined {
  const sources = new Map<Alias, Node | undefined>()
  const sourceOf = (alias: Alias): Node | undefined => {
    if (!sources.has(alias)) sources.set(alias, alias.resolve(doc) as Node | undefined)
    return sources.get(alias)
  }
  const sizes = new Map<unknown, number>()
  const open = new Set<unknown>()
  /** How many values a node stands for, aliases expanded: a node that holds an alias of itself, endlessly many. */
  const size = (node: unknown): number => {
    if (isAlias(node)) {
      const source = sourceOf(node)
      return source === undefined ? 0 : size(source)
    }
    if (!isMap(node) && !isSeq(node)) return 1
    if (open.has(node)) return Number.POSITIVE_INFINITY
    const known = sizes.get(node)
    if (known !== undefined) return known
    open.add(node)
    let total = 1
    for (const item of node.items) {
      total += size(isPair(item) ? item.value : item)
      if (total === Number.POSITIVE_INFINITY) break
    }
    open.delete(node)
    sizes.set(node, total)
    return total
  }

  let written = 0
  let values = 0
  let excess: AliasExcess | undefined
  visit(doc, {
    Alias(_key, alias) {
      written++
      const at = { offset: alias.range?.[0] ?? 0, name: alias.source }
      if (written > limits.written) excess = { ...at, bound: 'written' }
      else {
        values += size(alias)
        if (values > limits.values) excess = { ...at, bound: 'values' }
      }
      return excess ? visit.BREAK : undefined
    },
  })
  return excess
}
