// A page's first Intl object (a number format, a plural rule, a date format) loads the browser's locale data: some
// 50 ms on this two-core machine and four times that on a slow phone. It is loaded once for the whole page: once
// loaded by any of its threads, it serves them all. The engine's thread loads it as it starts, while the page's own
// thread is still busy loading the game, so that neither the debrief's first figures nor Lingui's first plural
// pay for it there.
import { INTL_LOCALE, LANGUAGES } from './language'

/** Makes one of each kind of Intl object the screens use, in every language the game speaks. */
export function warmIntl(): void {
  for (const language of LANGUAGES) {
    const locale = INTL_LOCALE[language]
    new Intl.NumberFormat(locale).format(1)
    // Lingui's plurals go by the bare language, as the catalogs are named.
    new Intl.PluralRules(language).select(1)
    new Intl.ListFormat(locale, { type: 'conjunction' }).format([])
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC' }).format(0)
  }
}
