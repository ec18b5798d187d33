// Russian's three forms of a counted noun: 1 строка, 2 строки, 5 строк (and 21 строка, 11 строк).

export function plural(n: number, one: string, few: string, many: string): string {
  const tens = Math.abs(n) % 100
  const units = tens % 10
  if (tens >= 11 && tens <= 14) return many
  if (units === 1) return one
  if (units >= 2 && units <= 4) return few
  return many
}

/** A count with its noun, the number grouped as Russian groups it (2 500). */
export const counted = (n: number, one: string, few: string, many: string): string =>
  `${n.toLocaleString('ru')} ${plural(n, one, few, many)}`
