// A fact's number written into a scenario's text, in place: the rest of the file (comments, quotes, line breaks,
// the author's layout) stays exactly as typed, which rewriting the whole document would not keep.
import { isMap, isScalar, parseDocument } from 'yaml'
import type { FactPath } from './vocabulary'

/** The text with the fact's value replaced, or undefined when the text has no such number to replace. */
export function withFact(text: string, fact: FactPath, value: number): string | undefined {
  const doc = parseDocument(text, { keepSourceTokens: true })
  if (doc.errors.length > 0) return undefined
  const node = doc.getIn(['facts', ...fact.split('.')], true)
  if (!isScalar(node) || typeof node.value !== 'number' || !node.range) return undefined
  const [start, end] = node.range
  return `${text.slice(0, start)}${format(value)}${text.slice(end)}`
}

/** The facts the text gives as numbers, by path, to set the sliders where the file has them. */
export function factsOf(text: string, facts: readonly FactPath[]): Partial<Record<FactPath, number>> {
  const doc = parseDocument(text)
  const out: Partial<Record<FactPath, number>> = {}
  if (doc.errors.length > 0 || !isMap(doc.contents)) return out
  for (const fact of facts) {
    const value = doc.getIn(['facts', ...fact.split('.')])
    if (typeof value === 'number') out[fact] = value
  }
  return out
}

/** Two decimals at most, as the sliders step: 0.35, not 0.35000000000000003. */
const format = (value: number): string => String(Math.round(value * 100) / 100)
