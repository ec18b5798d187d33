// While the server cannot reach its event log, whoever asks is told so and what to do, in English and in Russian:
// a team to tell the facilitator, the facilitator to ask whoever runs the server, never "the facilitator may retry".
import { i18n } from '@lingui/core'
import { afterAll, describe, expect, it } from 'vitest'
import type { LiveRequest, Refusal } from '../src/store/live'
import { refusalWords } from '../src/ui/words/refusals'
import { speak } from './ui-fakes'

const t = i18n._.bind(i18n) as Parameters<typeof refusalWords>[1]
const refused = (request: LiveRequest): Refusal => ({
  code: 'store-unavailable',
  request,
  detail: 'the server cannot reach its event log just now: try again in a moment',
})

afterAll(() => speak('en'))

describe('a request refused while the event log cannot be reached', () => {
  it('says to try again, and whom to tell, by who asks, in English', async () => {
    await speak('en')
    for (const request of ['join', 'submit', 'lobby', 'rejoin'] as const)
      expect(refusalWords(refused(request), t)).toBe(
        'The workshop server cannot save anything just now: try again in a moment. If it goes on, tell the facilitator.',
      )
    for (const request of ['command', 'create', 'readmit', 'export', 'list'] as const)
      expect(refusalWords(refused(request), t)).toBe(
        'The workshop server cannot reach its database just now: try again in a moment. If it goes on, ask whoever runs the server to check its database.',
      )
    expect(refusalWords(refused('resume'), t)).toBe(
      'The workshop server cannot reach its database just now: reload the page in a moment.',
    )
  })

  it('says so in Russian', async () => {
    await speak('ru')
    expect(refusalWords(refused('submit'), t)).toMatch(
      /^Сервер занятий сейчас не может ничего сохранить.*скажите ведущему\.$/,
    )
    expect(refusalWords(refused('command'), t)).toMatch(
      /^Сервер занятий сейчас не может связаться со своей базой данных.*проверить базу данных\.$/,
    )
    expect(refusalWords(refused('resume'), t)).toMatch(/перезагрузите страницу через минуту\.$/)
  })
})
