// Numbers, lists and the game's clock in the reader's language, through Intl: "2,500" and "2500", "6 January, 15:00".
// English is British English, like the rest of the copy. The library's dates are in dates.ts.
import { INTL_LOCALE, type Language } from '../store'
import { MONTHS } from './dates'

// An Intl format is costly to make and cheap to use: the what-if page writes a few hundred figures per slider move
// (toLocaleString made a new format each time, most of a move's work on a slow phone). Each is made once, under a
// short key, so finding it again costs no more than a map's lookup.
type Format = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat
const made = new Map<string, Format>()
function kept<T extends Format>(key: string, make: () => T): T {
  let format = made.get(key) as T | undefined
  if (!format) {
    format = make()
    made.set(key, format)
  }
  return format
}

/** Each kind of figure has a key of its own. */
const numberFormat = (language: Language, kind: string, options: Intl.NumberFormatOptions) =>
  kept(`number:${language}:${kind}`, () => new Intl.NumberFormat(INTL_LOCALE[language], options))

const dateFormat = (language: Language, options: Intl.DateTimeFormatOptions) =>
  kept(
    `date:${language}:${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(INTL_LOCALE[language], { ...options, timeZone: 'UTC' }),
  )

/** A moment of the game's clock, as a dispatch is dated: "6 January, 15:00", "6 января, 15:00". */
export function formatMoment(iso: string, language: Language): string {
  const at = new Date(iso)
  const day = dateFormat(language, { day: 'numeric', month: 'long' }).format(at)
  const time = dateFormat(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at)
  return `${day}, ${time}`
}

/**
 * A source's date, which the scenario files write in English ("12 June 2010", "June 2010"), as the reader's
 * language writes it: "12 июня 2010 г.", "июнь 2010 г.", the year and its "г." never parted. A year alone, or a
 * date written any other way, is shown as written.
 */
export function formatSourceDate(date: string, language: Language): string {
  const match = /^(?:(\d{1,2}) )?([A-Z][a-z]+) (\d{4})$/.exec(date)
  const month = match ? MONTHS.en.indexOf(match[2]!) : -1
  if (!match || month < 0) return date
  const day = match[1] === undefined ? undefined : Number(match[1])
  const at = new Date(Date.UTC(Number(match[3]), month, day ?? 1))
  const options: Intl.DateTimeFormatOptions =
    day === undefined
      ? { month: 'long', year: 'numeric' }
      : { day: 'numeric', month: 'long', year: 'numeric' }
  // Intl spaces «2010 г.» with a plain space, at which a narrow screen may break the line.
  return dateFormat(language, options).format(at).replace(/ г\.$/, '\u00a0г.')
}

/**
 * A time of day on the reader's own clock, as a deadline in the room is said: "14:32". Not the game's clock (UTC,
 * above): this device's time zone, for a moment that is now, not in the crisis.
 */
export const formatClockTime = (at: number, language: Language): string =>
  kept(
    `clock:${language}`,
    () =>
      new Intl.DateTimeFormat(INTL_LOCALE[language], {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
  ).format(at)

/**
 * How each language groups the digits of a whole number: English from four digits ("2,500"); Russian, as its
 * typography does, only from five ("2500", "25 000", with a space that never breaks), where Intl's default for
 * Russian would write "2 500". Lingui's counts (a plural's #) are written the same way (i18n/message-numbers.ts).
 */
export const WHOLE_NUMBER: Readonly<Record<Language, Intl.NumberFormatOptions>> = {
  en: {},
  ru: { useGrouping: 'min2' },
}

/** A whole number grouped as the language groups it: "2,500", "2500", "25 000". */
export const formatNumber = (n: number, language: Language): string =>
  numberFormat(language, 'whole', WHOLE_NUMBER[language]).format(Math.round(n))

/** A range of whole numbers, "2,030–3,770" and "2030–3770", that never wraps: the dash lets a line break after
 * it, so a word joiner (U+2060, unseen and unspoken) follows it and keeps the high end with the low. */
export const formatRange = (low: number, high: number, language: Language): string =>
  `${formatNumber(low, language)}\u2013\u2060${formatNumber(high, language)}`

/** "Russia, Belarus and Armenia", "Россия, Беларусь и Армения": each language joins a list its own way. */
export const formatList = (parts: readonly string[], language: Language): string =>
  kept(`list:${language}`, () => new Intl.ListFormat(INTL_LOCALE[language], { type: 'conjunction' })).format(
    parts,
  )

/** "refuse, consult or send troops", "отказать, … или …": a choice between them, in the language's own way. */
export const formatChoices = (parts: readonly string[], language: Language): string =>
  kept(
    `choices:${language}`,
    () => new Intl.ListFormat(INTL_LOCALE[language], { type: 'disjunction' }),
  ).format(parts)

/** A number with its decimals as the language writes them: "0.42", "0,42". */
export const formatDecimal = (n: number, digits: number, language: Language): string =>
  numberFormat(language, `decimal${digits}`, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(n)

/** A model's figure as the language writes it, to its own precision: "0.6", "0,6". */
export const formatFigure = (n: number, language: Language): string =>
  numberFormat(language, 'figure', { maximumFractionDigits: 3, useGrouping: false }).format(n)

/** A signed number for differences: "+3", "−2" (a true minus sign), "0"; "+0,42" in Russian. */
export function signed(n: number, digits = 0, language: Language = 'en'): string {
  const zero = Number(Math.abs(n).toFixed(digits)) === 0
  const text = formatDecimal(zero ? 0 : Math.abs(n), digits, language)
  return zero ? text : `${n > 0 ? '+' : '−'}${text}`
}

/** Capitalises the first letter: the engine's descriptions start mid-sentence. */
export const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
