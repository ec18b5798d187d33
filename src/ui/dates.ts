// Dates in the reader's language: "2–19 January 2022" and "2–19 января 2022 г.". The library's cards show them, so
// this is the first page's part of the formatting; numbers, lists and the game's clock, for the other pages, are
// written through Intl in format.ts.
import type { Language } from '../store'

// The library's cards write their dates from the month names below, not through Intl: a page's first date format
// loads the browser's calendar data and builds its patterns, some 80 ms on this two-core machine and four times that
// on a slow phone, inside the library's first drawing. A test holds every month to what Intl writes.
/** The months in each language, the English as the scenario files also write a source's date ("12 June 2010"). */
export const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  // The genitive, as a date takes it: "2 января".
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
}
/** What follows the year: Russian writes "2022 г.", with a no-break space, so a narrow card never leaves "г." alone. */
const YEAR_MARK: Readonly<Record<Language, string>> = { en: '', ru: '\u00a0г.' }

const parts = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return { y, m, d }
}
type Day = ReturnType<typeof parts>
const dayAndMonth = ({ d, m }: Day, language: Language) => `${d} ${MONTHS[language][m - 1]}`
const fullDay = (day: Day, language: Language) =>
  `${dayAndMonth(day, language)} ${day.y}${YEAR_MARK[language]}`

/**
 * "2–19 January 2022", "28 September – 10 November 2020", or one day; the same joins read right in Russian
 * ("2–19 января 2022 г."), where Intl's own ranges would space the dash in English.
 */
export function formatDates(
  dates: { readonly start: string; readonly end?: string | undefined },
  language: Language,
): string {
  const start = parts(dates.start)
  if (!dates.end || dates.end === dates.start) return fullDay(start, language)
  const end = parts(dates.end)
  if (start.y === end.y && start.m === end.m) return `${start.d}–${fullDay(end, language)}`
  if (start.y === end.y) return `${dayAndMonth(start, language)} – ${fullDay(end, language)}`
  return `${fullDay(start, language)} – ${fullDay(end, language)}`
}
