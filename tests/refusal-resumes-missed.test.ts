// The refusal a reader meets when their network has resumed too many seats the server does not know: a page
// reloaded on a network whose addresses' guesses were spent (a class whose tokens all went stale, or someone
// sending made-up ones). It says to reload, and when, in English and in Russian; a resume refused because the
// seat is open on too many connections still says that.
import { i18n } from '@lingui/core'
import { afterAll, describe, expect, it } from 'vitest'
import type { Refusal } from '../src/store/live'
import { refusalWords } from '../src/ui/words/refusals'
import { speak } from './ui-fakes'

const t = i18n._.bind(i18n) as Parameters<typeof refusalWords>[1]
const missed = (retryAfterMs: number): Refusal => ({
  code: 'rate-limited',
  request: 'resume',
  reason: 'guesses-missed',
  retryAfterMs,
  detail: 'at most 60 codes that find nothing may be tried from one address in a minute',
})
const crowded: Refusal = {
  code: 'rate-limited',
  request: 'resume',
  detail: 'this seat is open on 10 connections already',
}

afterAll(() => speak('en'))

describe('too many resumes that found nothing', () => {
  it('says to reload, and in how many seconds, in English', async () => {
    await speak('en')
    expect(refusalWords(missed(12_000), t)).toBe(
      'Too many devices on this network asked in the last minute for seats in sessions this server no longer knows. Reload this page in 12 seconds.',
    )
    expect(refusalWords(missed(400), t)).toMatch(/in 1 second\.$/)
    expect(refusalWords(crowded, t)).toMatch(/^You are already connected to this session from too many/)
  })

  it('says so in Russian', async () => {
    await speak('ru')
    expect(refusalWords(missed(12_000), t)).toBe(
      'За последнюю минуту с устройств этой сети слишком часто пытались вернуться в сессии, которых этот сервер уже не знает. Перезагрузите эту страницу через 12 секунд.',
    )
    expect(refusalWords(missed(2_000), t)).toMatch(/через 2 секунды\.$/)
    expect(refusalWords(missed(21_000), t)).toMatch(/через 21 секунду\.$/)
  })
})
