// The refusals a seat meets when it has asked for its whole state more often in a short while than the server
// allows: resumed (its devices reconnecting over and over, or a script holding its token), or, the facilitator's,
// its results downloaded. Each says to try again and when, in English and in Russian, and is not mistaken for a
// crowded seat, a network's spent guesses or the general "too many requests".
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

const downloads = (retryAfterMs: number): Refusal => ({
  code: 'rate-limited',
  request: 'export',
  reason: 'exports-spent',
  retryAfterMs,
  detail: 'the results may be exported 10 times at once, then once every 6 s',
})

afterAll(() => speak('en'))

describe('a seat resumed, or its results downloaded, too often', () => {
  it('says to reload, and in how many seconds, in English', async () => {
    await speak('en')
    expect(refusalWords(spent(1_000), t)).toBe(
      'Your place in this session was taken back too many times in a short while, from this device or others. Reload this page in 1 second.',
    )
    expect(refusalWords(spent(4_200), t)).toMatch(/in 5 seconds\.$/)
    expect(refusalWords(downloads(6_000), t)).toBe(
      'The results have been downloaded as many times as they may be in a short while. Download them again in 6 seconds.',
    )
  })

  it('says so in Russian', async () => {
    await speak('ru')
    expect(refusalWords(spent(1_000), t)).toBe(
      'Ваше место в этой сессии слишком часто занимали заново за короткое время — с этого устройства или с других. Перезагрузите эту страницу через 1 секунду.',
    )
    expect(refusalWords(spent(3_000), t)).toMatch(/через 3 секунды\.$/)
    expect(refusalWords(downloads(5_000), t)).toBe(
      'Результаты уже скачивали столько раз за короткое время, сколько можно. Скачайте их снова через 5 секунд.',
    )
  })
})
