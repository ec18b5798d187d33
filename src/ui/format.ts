// Small formatting helpers for dates and numbers, in British English like the rest of the copy.

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

const parts = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return { y, m, d, date: new Date(Date.UTC(y, m - 1, d)) }
}

/** "2–19 January 2022", "28 September – 10 November 2020", or one day. */
export function formatDates(dates: { readonly start: string; readonly end?: string | undefined }): string {
  const start = parts(dates.start)
  if (!dates.end || dates.end === dates.start) return DAY.format(start.date)
  const end = parts(dates.end)
  if (start.y === end.y && start.m === end.m) return `${start.d}–${DAY.format(end.date)}`
  if (start.y === end.y)
    return `${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(start.date)} – ${DAY.format(end.date)}`
  return `${DAY.format(start.date)} – ${DAY.format(end.date)}`
}

const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' })
const TIME = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
})

/** A moment of the game's clock, as a dispatch is dated: "6 January, 15:00". */
export function formatMoment(iso: string): string {
  const at = new Date(iso)
  return `${DAY_MONTH.format(at)}, ${TIME.format(at)}`
}

export const formatNumber = (n: number): string => Math.round(n).toLocaleString('en-GB')

/** A signed number for differences: "+3", "−2" (a true minus sign), "0". */
export function signed(n: number, digits = 0): string {
  const text = Math.abs(n).toFixed(digits)
  if (Number(text) === 0) return (0).toFixed(digits)
  return `${n > 0 ? '+' : '−'}${text}`
}

/** Capitalises the first letter: the engine's descriptions start mid-sentence. */
export const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
