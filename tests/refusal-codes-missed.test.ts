// The refusal a reader meets once their network has tried too many codes that found nothing, a join code in the
// lobby's peek or a team's rejoin code: it says what happened and what to do, in English and in Russian, and
// never "too many requests", which would send them to wait a moment and type the same wrong code again.
import { i18n } from '@lingui/core'
import { afterAll, describe, expect, it } from 'vitest'
import type { Refusal } from '../src/store/live'
import { refusalWords } from '../src/ui/words/refusals'
import { speak } from './ui-fakes'

const t = i18n._.bind(i18n) as Parameters<typeof refusalWords>[1]
const limited = (request: Refusal['request']): Refusal => ({
  code: 'rate-limited',
  request,
  detail: 'at most 60 codes that find nothing may be tried from one address in a minute',
})

afterAll(() => speak('en'))

describe('too many codes that found nothing', () => {
  it('is worded for a rejoin and a lobby peek alike, in English', async () => {
    await speak('en')
    const words =
      'Too many codes that found nothing were tried from this network in the last minute. Check the code with your facilitator and try again in a minute.'
    expect(refusalWords(limited('rejoin'), t)).toBe(words)
    expect(refusalWords(limited('lobby'), t, 'HWPE9N')).toBe(words)
    // A join may be refused for one team too many a minute, a submission for its pace: those stay as they were.
    expect(refusalWords(limited('join'), t)).toMatch(/^Too many requests/)
    expect(refusalWords(limited('submit'), t)).toMatch(/^Too many requests/)
  })

  it('is worded for both in Russian', async () => {
    await speak('ru')
    const words =
      'За последнюю минуту из этой сети ввели слишком много неверных кодов. Сверьте код с ведущим и попробуйте снова через минуту.'
    expect(refusalWords(limited('rejoin'), t)).toBe(words)
    expect(refusalWords(limited('lobby'), t)).toBe(words)
  })
})
