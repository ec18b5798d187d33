import { describe, expect, it } from 'vitest'
import { formatRange } from '../src/ui/format'

// Unicode's line-breaking rules let a line end after an en dash; a word joiner right after it forbids that break.
const DASH_THEN_JOINER = '\u2013\u2060'

describe('formatRange', () => {
  it('writes a range of troops in English with grouped figures, joined after the dash', () => {
    expect(formatRange(2030, 3770, 'en')).toBe(`2,030${DASH_THEN_JOINER}3,770`)
  })

  it('writes the same range in Russian as Russian writes figures: four digits whole, five grouped by a hard space', () => {
    expect(formatRange(2030, 3770, 'ru')).toBe(`2030${DASH_THEN_JOINER}3770`)
    expect(formatRange(18000, 20000, 'ru')).toBe(`18\u00a0000${DASH_THEN_JOINER}20\u00a0000`)
  })

  it('leaves no place a line may break: no ordinary space, and the dash never last before a break', () => {
    for (const language of ['en', 'ru'] as const) {
      const text = formatRange(12500, 25000, language)
      expect(text).not.toMatch(/[ \u200b]/)
      expect(text.split('\u2013')).toHaveLength(2)
      expect(text.split('\u2013')[1]!.startsWith('\u2060')).toBe(true)
    }
  })

  it('reads as the plain range once the joiner is taken out, so it looks and sounds the same', () => {
    expect(formatRange(150, 200, 'en').replace('\u2060', '')).toBe('150–200')
  })
})
