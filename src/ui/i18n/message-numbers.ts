// The numbers a message counts (a plural's #), written as its language writes whole numbers. Lingui writes them
// with Intl's defaults, which in Russian set a space in a four-digit number ("около 2 500 военнослужащих");
// Russian typography writes 2500, and 25 000 from five digits on, as formatNumber does (format.ts). Every `t`
// the screens read reads through here, handing Lingui the language's format for its counts.
import type { I18n } from '@lingui/core'
import type { Language } from '../../store'
import { WHOLE_NUMBER } from '../format'
import type { Translate } from './remembered-words'

/** A message in the active language, its counts written as that language writes whole numbers. */
export const sayWithNumbers = (i18n: I18n, id: string, values?: Record<string, unknown>): string =>
  i18n._(id, values, {
    formats: { number: WHOLE_NUMBER[i18n.locale as Language] ?? {} },
  })

const made = new WeakMap<object, Translate>()

/**
 * The `t` for one of Lingui's translation functions (it makes a new one at each change of language or messages):
 * the same `t` for the same one, so the words kept for it (remembered-words.ts) are shared by every screen.
 */
export function textWithNumbers(i18n: I18n, lingui: object): Translate {
  let t = made.get(lingui)
  if (!t) {
    t = (id, values) => sayWithNumbers(i18n, id, values)
    made.set(lingui, t)
  }
  return t
}
