// A move's margin over its rival in the words of docs/model.md's tables (the backtest and the switches): the margin to
// three places, flagged "by restraint", "by a hair" or "form by restraint" as firmnessOf reads it.
import type { MoveFirmness } from '../src/engine/decisions/margin'

export function firmnessText(f: MoveFirmness | undefined): string {
  if (!f) return '–'
  const flags = [
    f.strength === 'by-restraint' ? 'by restraint' : f.strength === 'by-a-hair' ? 'by a hair' : '',
    f.formByRestraint ? 'form by restraint' : '',
  ].filter(Boolean)
  return flags.length > 0 ? `${f.margin.toFixed(3)} (${flags.join('; ')})` : f.margin.toFixed(3)
}
