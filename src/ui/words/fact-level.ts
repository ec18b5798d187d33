// A what-if fact's value in words, from its scale's own ends: within a step of an end, that end's words ("vital");
// further in, leaning towards it; midway between. The model's figure stays beside the words, for those who
// want it, but the words come first (issue 12: facts said in words, the numbers behind).
import type { Translate } from '../i18n/use-text'

/** Where a value from 0 to 1 lies on its scale, as the message's select reads it. */
export type FactLevel = 'low' | 'leanLow' | 'middle' | 'leanHigh' | 'high'

export function factLevel(value: number): FactLevel {
  if (value < 0.1) return 'low'
  if (value < 0.4) return 'leanLow'
  if (value <= 0.6) return 'middle'
  if (value <= 0.9) return 'leanHigh'
  return 'high'
}

/** The value in words, its scale's ends (`low`, `high`) already in the reader's language. */
export const factLevelText = (value: number, ends: { low: string; high: string }, t: Translate): string =>
  t('whatIf.slider.level', { level: factLevel(value), ...ends })
