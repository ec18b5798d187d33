// Dates and numbers in the reader's language, through Intl: "2–19 January 2022" and "2–19 января 2022 г.",
// "2,500" and "2 500". English is British English, like the rest of the copy.
import type { Language } from '../store'

/** The Intl locale of each language the game speaks. */
export const INTL_LOCALE: Readonly<Record<Language, string>> = { en: 'en-GB', ru: 'ru-RU' }

const cache = new Map<string, Intl.DateTimeFormat>()
function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`
  let format = cache.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[language], { ...options, timeZone: 'UTC' })
    cache.set(key, format)
  }
  return format
}

// A number's format is as costly to make as a date's: the what-if page writes a few hundred figures per slider move
// (toLocaleString made a new one each time, most of a move's work on a slow phone).
const numberCache = new Map<string, Intl.NumberFormat>()
function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}:${JSON.stringify(options)}`
  let format = numberCache.get(key)
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[language], options)
    numberCache.set(key, format)
  }
  return format
}

const DAY = { day: 'numeric', month: 'long', year: 'numeric' } as const

const parts = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return { y, m, d, date: new Date(Date.UTC(y, m - 1, d)) }
}

/**
 * "2–19 January 2022", "28 September – 10 November 2020", or one day; the same joins read right in Russian
 * ("2–19 января 2022 г."), where Intl's own ranges would space the dash in English.
 */
export function formatDates(
  dates: { readonly start: string; readonly end?: string | undefined },
  language: Language,
): string {
  const day = dateFormat(language, DAY)
  const start = parts(dates.start)
  if (!dates.end || dates.end === dates.start) return day.format(start.date)
  const end = parts(dates.end)
  if (start.y === end.y && start.m === end.m) return `${start.d}–${day.format(end.date)}`
  if (start.y === end.y)
    return `${dateFormat(language, { day: 'numeric', month: 'long' }).format(start.date)} – ${day.format(end.date)}`
  return `${day.format(start.date)} – ${day.format(end.date)}`
}

/** A moment of the game's clock, as a dispatch is dated: "6 January, 15:00", "6 января, 15:00". */
export function formatMoment(iso: string, language: Language): string {
  const at = new Date(iso)
  const day = dateFormat(language, { day: 'numeric', month: 'long' }).format(at)
  const time = dateFormat(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at)
  return `${day}, ${time}`
}

/** A whole number grouped as the language groups it: "2,500", "2 500" (with a space that never breaks). */
export const formatNumber = (n: number, language: Language): string =>
  numberFormat(language, {}).format(Math.round(n))

/** "Russia, Belarus and Armenia", "Россия, Беларусь и Армения": each language joins a list its own way. */
export const formatList = (parts: readonly string[], language: Language): string =>
  new Intl.ListFormat(INTL_LOCALE[language], { type: 'conjunction' }).format(parts)

/** A number with its decimals as the language writes them: "0.42", "0,42". */
export const formatDecimal = (n: number, digits: number, language: Language): string =>
  numberFormat(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(n)

/** A model's figure as the language writes it, to its own precision: "0.6", "0,6". */
export const formatFigure = (n: number, language: Language): string =>
  numberFormat(language, { maximumFractionDigits: 3, useGrouping: false }).format(n)

/** A signed number for differences: "+3", "−2" (a true minus sign), "0"; "+0,42" in Russian. */
export function signed(n: number, digits = 0, language: Language = 'en'): string {
  const zero = Number(Math.abs(n).toFixed(digits)) === 0
  const text = formatDecimal(zero ? 0 : Math.abs(n), digits, language)
  return zero ? text : `${n > 0 ? '+' : '−'}${text}`
}

/** Capitalises the first letter: the engine's descriptions start mid-sentence. */
export const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
