// The library's dates are written from month names of their own, not through Intl (whose first date format is a
// long task on a slow phone): every day of a year, alone and in each kind of range, must read as Intl writes it,
// except that a Russian year keeps its «г.» by a no-break space where Intl puts a plain one, at which a line may break.
import { describe, expect, it } from 'vitest'
import { INTL_LOCALE, type Language } from '../src/store'
import { formatDates } from '../src/ui/dates'

const intl = (language: Language, options: Intl.DateTimeFormatOptions) => {
  const format = new Intl.DateTimeFormat(INTL_LOCALE[language], { ...options, timeZone: 'UTC' })
  return { format: (date: Date) => format.format(date).replace(/ г\.$/, '\u00a0г.') }
}
const iso = (date: Date) => date.toISOString().slice(0, 10)

describe.each(['en', 'ru'] as const)('dates in %s', (language) => {
  const full = intl(language, { day: 'numeric', month: 'long', year: 'numeric' })
  const dayMonth = intl(language, { day: 'numeric', month: 'long' })
  const days = Array.from({ length: 365 }, (_, i) => new Date(Date.UTC(2022, 0, 1 + i)))

  it('writes one day as Intl does, for every day of a year', () => {
    for (const day of days) {
      expect(formatDates({ start: iso(day) }, language)).toBe(full.format(day))
      expect(formatDates({ start: iso(day), end: iso(day) }, language)).toBe(full.format(day))
    }
  })

  it('joins a range within a month, across months and across years', () => {
    for (const start of days) {
      const inMonth = new Date(Date.UTC(2022, start.getUTCMonth() + 1, 0))
      const nextMonth = new Date(Date.UTC(2022, start.getUTCMonth() + 1, 10))
      const nextYear = new Date(Date.UTC(2023, start.getUTCMonth(), 3))
      if (iso(inMonth) !== iso(start))
        expect(formatDates({ start: iso(start), end: iso(inMonth) }, language)).toBe(
          `${start.getUTCDate()}–${full.format(inMonth)}`,
        )
      if (nextMonth.getUTCFullYear() === 2022)
        expect(formatDates({ start: iso(start), end: iso(nextMonth) }, language)).toBe(
          `${dayMonth.format(start)} – ${full.format(nextMonth)}`,
        )
      expect(formatDates({ start: iso(start), end: iso(nextYear) }, language)).toBe(
        `${full.format(start)} – ${full.format(nextYear)}`,
      )
    }
  })
})

it('reads as the library shows it', () => {
  expect(formatDates({ start: '2022-01-02', end: '2022-01-19' }, 'en')).toBe('2–19 January 2022')
  expect(formatDates({ start: '2022-01-02', end: '2022-01-19' }, 'ru')).toBe('2–19 января 2022\u00a0г.')
  expect(formatDates({ start: '2021-12-30', end: '2022-01-02' }, 'ru')).toBe(
    '30 декабря 2021\u00a0г. – 2 января 2022\u00a0г.',
  )
  expect(formatDates({ start: '2020-09-28', end: '2020-11-10' }, 'en')).toBe(
    '28 September – 10 November 2020',
  )
})
