// A team that has changed its decision as often as the rounds so far allow, and a facilitator who has changed the
// countdown as often, are told that waiting will not help and what stands, in English and in Russian, rather than
// "too many requests: wait a moment and try again"; a submission refused for the seat's pace keeps those words.
import { i18n } from '@lingui/core'
import { afterAll, describe, expect, it } from 'vitest'
import type { Refusal } from '../src/store/live'
import { refusalWords } from '../src/ui/words/refusals'
import { speak } from './ui-fakes'

const t = i18n._.bind(i18n) as Parameters<typeof refusalWords>[1]
const changes: Refusal = {
  code: 'rate-limited',
  request: 'submit',
  reason: 'changes-spent',
  detail: 'a team may change its decision at most 20 times a round: the one it sent last stands',
}
const clock: Refusal = {
  code: 'rate-limited',
  request: 'command',
  reason: 'clock-spent',
  detail: 'the clock may be paused, resumed, extended or closed at most 20 times a round',
}

afterAll(() => speak('en'))

describe('a seat past the changes the rounds so far allow', () => {
  it('is told the last decision stands, or the countdown waits for the next round, in English', async () => {
    await speak('en')
    expect(refusalWords(changes, t)).toBe(
      'Your team has changed its decision as many times as the rounds so far allow: the decision it sent last stands.',
    )
    expect(refusalWords(clock, t)).toBe(
      'The countdown has been paused, resumed, extended or ended as many times as the rounds so far allow. It can be changed again once the next round begins.',
    )
    const paced: Refusal = { code: 'rate-limited', request: 'submit', detail: 'slow down' }
    expect(refusalWords(paced, t)).toMatch(/^Too many requests/)
  })

  it('is told the same in Russian', async () => {
    await speak('ru')
    expect(refusalWords(changes, t)).toBe(
      'Ваша команда уже меняла решение столько раз, сколько позволяют сыгранные раунды: в силе решение, отправленное последним.',
    )
    expect(refusalWords(clock, t)).toMatch(/^Отсчёт времени уже приостанавливали/)
  })
})
