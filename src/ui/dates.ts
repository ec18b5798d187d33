// Dates in the reader's language, through Intl: "2–19 January 2022" and "2–19 января 2022 г.". The library's cards
// show them, so this is the first page's part of the formatting; numbers and lists, for the other pages, are in
// format.ts.
import type { Language } from '../store'

/** The Intl locale of each language the game speaks. English is British English, like the rest of the copy. */
export const INTL_LOCALE: Readonly<Record<Language, string>> = { en: 'en-GB', ru: 'ru-RU' }

const cache = new Map<string, Intl.DateTimeFormat>()
export function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`
  let format = cache.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[language], { ...options, timeZone: 'UTC' })
    cache.set(key, format)
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
