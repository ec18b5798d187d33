// Each message as it was last put into words, kept per translation function. Lingui formats a message afresh at every
// call (its plural rules and number formats looked up, every branch of a plural filled in), and a what-if release asks
// for the same few sentences again: every row's "13 points below your game" was formatted anew at each one, 15% of a
// release's sampled time (docs/performance.md, "The what-if recompute"). Lingui makes a new translation function
// whenever the language or its messages change, so what is kept never outlives the words it was made from.
/** A message by its id, with its values (ICU: `{count, plural, one {…} few {…} other {…}}`); use-text.ts's too. */
export type Translate = (id: string, values?: Record<string, unknown>) => string

/** Enough for every sentence a page shows and the figures that move in it; beyond it the kept words start afresh. */
const KEPT_AT_MOST = 2000

const remembering = new WeakMap<Translate, Translate>()

/** The same words as `translate`, kept for each message and values made only of strings, numbers and booleans. */
export function rememberingWords(translate: Translate): Translate {
  let kept = remembering.get(translate)
  if (!kept) {
    kept = remember(translate)
    remembering.set(translate, kept)
  }
  return kept
}

function remember(translate: Translate): Translate {
  const words = new Map<string, string>()
  return (id, values) => {
    const key = keyOf(id, values)
    if (key === undefined) return translate(id, values)
    let text = words.get(key)
    if (text === undefined) {
      if (words.size >= KEPT_AT_MOST) words.clear()
      text = translate(id, values)
      words.set(key, text)
    }
    return text
  }
}

/** A message and its values as one key, or none when a value is not plain (an element, a list, a date). */
function keyOf(id: string, values: Record<string, unknown> | undefined): string | undefined {
  let key = id
  if (!values) return key
  for (const name of Object.keys(values)) {
    const value = values[name]
    const type = typeof value
    if (type !== 'string' && type !== 'number' && type !== 'boolean' && value !== undefined) return undefined
    // The type is part of the key: 1 and '1' may read differently (a plural takes the number).
    key += `\u0000${name}\u0001${type[0]}${String(value)}`
  }
  return key
}
