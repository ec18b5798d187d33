// Half of a character on its own: a letter past U+FFFF is held as two halves (surrogates), and an escape in
// double quotes such as "\ud800" puts one half into a text without the other. No text needs one, a screen shows
// it as a box or a question mark, and a strict encoder (the JSON of a save, a share link) refuses it.
import { codePoint } from './code-point'

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** The first half-character of `text` standing alone, as its code (`U+D800`); or undefined. */
export function firstLoneSurrogate(text: string): string | undefined {
  const found = LONE.exec(text)
  return found ? codePoint(found[0].charCodeAt(0)) : undefined
}
