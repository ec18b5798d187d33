// The refusal a facilitator meets after drawing as many rejoin codes as a session may at once: it says the limit is
// reached and in how many seconds the next code can be drawn, in English and in Russian, rather than "too many
// requests"; a readmit refused for the seat's pace keeps the general words.
import { i18n } from '@lingui/core'
import { afterAll, describe, expect, it } from 'vitest'
import type { Refusal } from '../src/store/live'
import { refusalWords } from '../src/ui/words/refusals'
import { speak } from './ui-fakes'

const t = i18n._.bind(i18n) as Parameters<typeof refusalWords>[1]
const drawn = (retryAfterMs: number): Refusal => ({
  code: 'rate-limited',
  request: 'readmit',
  reason: 'readmits-drawn',
  retryAfterMs,
  detail: 'at most 10 codes to let a team back in may be drawn at once, then one a minute',
})

afterAll(() => speak('en'))

describe('a facilitator past the rejoin codes a session may draw', () => {
  it('is told the limit and the seconds until the next code, in English', async () => {
    await speak('en')
    expect(refusalWords(drawn(48_200), t)).toBe(
      'Ten codes have been drawn for this session at once, the most it may: after that, one a minute. Read out the code already on the screen, or draw the next one in 49 seconds.',
    )
    expect(refusalWords(drawn(1), t)).toMatch(/ in 1 second\.$/)
    const paced: Refusal = { code: 'rate-limited', request: 'readmit', detail: 'slow down' }
    expect(refusalWords(paced, t)).toMatch(/^Too many requests/)
  })

  it('is told the same in Russian, the seconds declined', async () => {
    await speak('ru')
    expect(refusalWords(drawn(49_000), t)).toBe(
      'Для этой сессии уже выдано десять кодов подряд — это предел; теперь можно получать не больше одного кода в минуту. Продиктуйте код, который уже на экране, или получите следующий через 49 секунд.',
    )
    expect(refusalWords(drawn(21_000), t)).toMatch(/через 21 секунду\.$/)
    expect(refusalWords(drawn(3_000), t)).toMatch(/через 3 секунды\.$/)
  })
})
