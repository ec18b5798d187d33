// The screens' words kept per translation function: the same words Lingui gives, asked of it once for each message
// and plain values, and never carried over to another language's or another catalog's translation function.
import { setupI18n } from '@lingui/core'
import { describe, expect, it } from 'vitest'
import { rememberingWords } from '../src/ui/i18n/remembered-words'

const MESSAGES = {
  en: { points: '{points, plural, one {# point} other {# points}} below {label}' },
  ru: {
    points:
      '{points, plural, one {# пункт} few {# пункта} many {# пунктов} other {# пункта}} ниже, чем {label}',
  },
}

/** Lingui's own translation function in a language, and how many times it was asked. */
function lingui(language: 'en' | 'ru') {
  const i18n = setupI18n({ locale: language, messages: { [language]: MESSAGES[language] } })
  const asked: string[] = []
  const translate = (id: string, values?: Record<string, unknown>): string => {
    asked.push(id)
    return i18n._(id, values)
  }
  return { translate, asked, i18n }
}

describe('remembered words', () => {
  it("are Lingui's own, asked of it once for each message and values", () => {
    const { translate, asked, i18n } = lingui('ru')
    const t = rememberingWords(translate)
    for (const points of [1, 3, 5, 21, 1, 3, 5, 21])
      expect(t('points', { points, label: 'ваша игра' })).toBe(
        i18n._('points', { points, label: 'ваша игра' }),
      )
    expect(t('points', { points: 3, label: 'ваша игра' })).toBe('3 пункта ниже, чем ваша игра')
    expect(asked).toHaveLength(4)
    // Another value is another sentence.
    expect(t('points', { points: 3, label: 'лучший ответ' })).toBe('3 пункта ниже, чем лучший ответ')
    expect(asked).toHaveLength(5)
  })

  it('are kept per translation function, so a new language or catalog is never answered from the old', () => {
    const english = lingui('en')
    const russian = lingui('ru')
    expect(rememberingWords(english.translate)('points', { points: 2, label: 'yours' })).toBe(
      '2 points below yours',
    )
    expect(rememberingWords(russian.translate)('points', { points: 2, label: 'yours' })).toBe(
      '2 пункта ниже, чем yours',
    )
    // The same function gives the same kept words.
    expect(rememberingWords(english.translate)).toBe(rememberingWords(english.translate))
  })

  it('ask again for values that are not plain, and tell a number from the same figure as text', () => {
    const { translate, asked } = lingui('en')
    const t = rememberingWords(translate)
    const label = { toString: () => 'yours' }
    t('points', { points: 1, label })
    t('points', { points: 1, label })
    expect(asked).toHaveLength(2)
    expect(t('points', { points: 1, label: 'yours' })).toBe('1 point below yours')
    expect(t('points', { points: '1', label: 'yours' })).toBe('1 point below yours')
    expect(asked).toHaveLength(4)
  })

  it('start afresh past their limit and still say what Lingui says', () => {
    const { translate, asked } = lingui('en')
    const t = rememberingWords(translate)
    for (let points = 0; points < 2500; points++) t('points', { points, label: 'yours' })
    expect(asked).toHaveLength(2500)
    expect(t('points', { points: 0, label: 'yours' })).toBe('0 points below yours')
    expect(t('points', { points: 2499, label: 'yours' })).toBe('2,499 points below yours')
    expect(asked).toHaveLength(2501)
  })
})
