// Citation markers in scenario and actor text: `[beliakova-2022]`, or several at once `[tynan-2010; freriks-2022]`.
// Pure and small, so the loader checks them and the UI renders them (as links to the numbered sources) alike.

/** A source id as the schema spells it; a bracket holding anything else is ordinary text. */
const ID = '[a-z][a-z0-9-]{0,47}'
/** A marker; a bracket followed by "(" is a Markdown link's text, `[x](...)`, and no citation. */
const MARKER = new RegExp(`\\[(${ID}(?:\\s*;\\s*${ID})*)\\](?!\\()`, 'g')

export type TextPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'cite'; readonly ids: readonly string[] }

/** The text cut into plain runs and citation markers, in order: what a renderer walks. */
export function splitCitations(text: string): TextPart[] {
  const parts: TextPart[] = []
  let last = 0
  for (const m of text.matchAll(MARKER)) {
    if (m.index > last) parts.push({ kind: 'text', text: text.slice(last, m.index) })
    parts.push({ kind: 'cite', ids: m[1]!.split(';').map((id) => id.trim()) })
    last = m.index + m[0].length
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) })
  return parts
}

/** Every source id the text cites, in order, each once. */
export function citedIds(text: string): string[] {
  return [...new Set(splitCitations(text).flatMap((p) => (p.kind === 'cite' ? p.ids : [])))]
}

/** The text with each marker blanked to spaces of the same length, so offsets into it still hold. */
export function blankCitations(text: string): string {
  return text.replace(MARKER, (m) => ' '.repeat(m.length))
}

/** The 1-based number of a source in its list, as the numbered source list shows it; undefined if absent. */
export function sourceNumber(sources: readonly { readonly id: string }[], id: string): number | undefined {
  const i = sources.findIndex((s) => s.id === id)
  return i < 0 ? undefined : i + 1
}
