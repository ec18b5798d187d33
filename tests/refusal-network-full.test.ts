// A facilitator whose network has created as many of the server's sessions as one network may is told so, and
// what to do, in English and in Russian; the server's own limit keeps its words.
import { i18n } from '@lingui/core'
import { afterAll, describe, expect, it } from 'vitest'
import type { Refusal } from '../src/store/live'
import { refusalWords } from '../src/ui/words/refusals'
import { speak } from './ui-fakes'

const t = i18n._.bind(i18n) as Parameters<typeof refusalWords>[1]
const share: Refusal = {
  code: 'full',
  request: 'create',
  reason: 'network-full',
  detail: 'sessions created from one address may be at most 100 of those this server holds',
}
const server: Refusal = { code: 'full', request: 'create', detail: 'this server holds as many sessions' }

afterAll(() => speak('en'))

describe("a create past the network's share of the server", () => {
  it('says whose share is spent and what to do, in English', async () => {
    await speak('en')
    expect(refusalWords(share, t)).toBe(
      'Sessions created from this network already take as large a share of the workshop server as one network may. Finished sessions count until they are cleared a day after their last move: try again later, ask whoever runs the server, or pass one device around.',
    )
    expect(refusalWords(server, t)).toMatch(/^The workshop server holds as many sessions as it can/)
  })

  it('says so in Russian', async () => {
    await speak('ru')
    expect(refusalWords(share, t)).toMatch(/^Сессии, созданные из этой сети, уже занимают/)
    expect(refusalWords(server, t)).toMatch(/^Сервер занятий сейчас ведёт/)
  })
})
