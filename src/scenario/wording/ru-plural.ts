// Russian's three forms of a counted noun: 1 строка, 2 строки, 5 строк (and 21 строка, 11 строк).

export function plural(n: number, one: string, few: string, many: string): string {
  const tens = Math.abs(n) % 100
  const units = tens % 10
  if (tens >= 11 && tens <= 14) return many
  if (units === 1) return one
  if (units >= 2 && units <= 4) return few
  return many
}

/**
 * A number as Russian typography writes it: four digits whole (2500), five and more grouped by a no-break space
 * (25 000), where Intl's default for Russian would write "2 500" (the screens' formatNumber does the same).
 */
export const russianNumber = (n: number): string => n.toLocaleString('ru', { useGrouping: 'min2' })

/** A count with its noun, the number written as Russian writes it (2500, 25 000). */
export const counted = (n: number, one: string, few: string, many: string): string =>
  `${russianNumber(n)} ${plural(n, one, few, many)}`
