// The refusal a reader meets when their own seat has been resumed more often in a short while than the server
// allows (its devices reconnecting over and over, or a script holding its token). It says to reload and when, in
// English and in Russian, and is not mistaken for a crowded seat or a network's spent guesses.
import { i18n } from '@lingui/core'
import { afterAll, describe, expect, it } from 'vitest'
import type { Refusal } from '../src/store/live'
import { refusalWords } from '../src/ui/words/refusals'
import { speak } from './ui-fakes'

const t = i18n._.bind(i18n) as Parameters<typeof refusalWords>[1]
const spent = (retryAfterMs: number): Refusal => ({
  code: 'rate-limited',
  request: 'resume',
  reason: 'resumes-spent',
  retryAfterMs,
  detail: 'one seat may be resumed at most 20 times at once, then 1 a second',
})

afterAll(() => speak('en'))

describe('a seat resumed too often', () => {
  it('says to reload, and in how many seconds, in English', async () => {
    await speak('en')
    expect(refusalWords(spent(1_000), t)).toBe(
      'Your place in this session was taken back too many times in a short while, from this device or others. Reload this page in 1 second.',
    )
    expect(refusalWords(spent(4_200), t)).toMatch(/in 5 seconds\.$/)
  })

  it('says so in Russian', async () => {
    await speak('ru')
    expect(refusalWords(spent(1_000), t)).toBe(
      'Ваше место в этой сессии слишком часто занимали заново за короткое время — с этого устройства или с других. Перезагрузите эту страницу через 1 секунду.',
    )
    expect(refusalWords(spent(3_000), t)).toMatch(/через 3 секунды\.$/)
  })
})
