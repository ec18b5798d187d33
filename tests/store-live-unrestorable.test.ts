// A session the server's log holds but this version of the server cannot rebuild is answered `unrestorable`
// (protocol 12): a seat that resumes keeps its token, so it carries on once a server that reads the session runs,
// and the page says, in English and in Russian, that the session is saved, that trying again will not help, and
// whom to ask; never "try again". Against a workshop server in miniature (seat-fake-server.ts).
import { i18n } from '@lingui/core'
import { afterAll, describe, expect, it } from 'vitest'
import { facilitatorSeat, type Refusal, teamSeat } from '../src/store/live'
import { readToken, writeToken } from '../src/store/live/tokens'
import { refusalWords } from '../src/ui/words/refusals'
import { closedAfterEach, FACILITATOR_TOKEN, type FakeServer, pageOn } from './seat-fake-server'
import { until } from './store-until'
import { speak } from './ui-fakes'

const { later, server } = closedAfterEach()
const t = i18n._.bind(i18n) as Parameters<typeof refusalWords>[1]
afterAll(() => speak('en'))

/** The server's session, now one it cannot rebuild. */
async function unrestorable(): Promise<FakeServer> {
  const s = await server()
  s.unrestorable()
  return s
}

/** The refusal in English and in Russian, as the page words it. */
async function words(refusal: Refusal | null, code: string): Promise<[string, string]> {
  if (!refusal) throw new Error('no refusal')
  await speak('en')
  const english = refusalWords(refusal, t, code)
  await speak('ru')
  return [english, refusalWords(refusal, t, code)]
}

describe('a session this version of the server cannot rebuild', () => {
  it("keeps the facilitator's token and says the session is saved, and whom to ask", async () => {
    const s = await unrestorable()
    const deps = pageOn(s, later)
    writeToken(deps.storage, 'facilitator', s.code, FACILITATOR_TOKEN)
    const seat = facilitatorSeat(s.code, deps)
    later(seat.close)
    const st = await until(seat.store, (st) => st.connection === 'online' && st.error !== null)
    expect(st).toMatchObject({
      unseated: false,
      brief: null,
      error: { code: 'unrestorable', request: 'resume' },
    })
    expect(readToken(deps.storage, 'facilitator', s.code)).toBe(FACILITATOR_TOKEN)

    const [english, russian] = await words(st.error, s.code)
    expect(english).toBe(
      "This session is saved, but this version of the workshop server cannot open it, and trying again will not help. This browser keeps its place in the session, so it can carry on once the server runs a version that opens it. The facilitator should ask whoever runs the server: the server's log says why.",
    )
    expect(russian).toMatch(/^Сессия сохранена, но текущая версия сервера занятий не может её открыть/)
    expect(russian).toMatch(/Этот браузер сохраняет своё место в сессии/)
  })

  it("keeps a team's token when its resume is refused", async () => {
    const s = await unrestorable()
    const deps = pageOn(s, later)
    writeToken(deps.storage, 'team', s.code, 'TeamToken0000000000000')
    const seat = teamSeat(s.code, deps)
    later(seat.close)
    const st = await until(seat.store, (st) => st.connection === 'online' && st.error !== null)
    expect(st).toMatchObject({ unseated: false, error: { code: 'unrestorable', request: 'resume' } })
    expect(readToken(deps.storage, 'team', s.code)).toBe('TeamToken0000000000000')
  })

  it('tells a team joining with its code to tell the facilitator', async () => {
    const s = await unrestorable()
    const seat = teamSeat(s.code, pageOn(s, later))
    later(seat.close)
    await until(seat.store, (st) => st.connection === 'online' && st.unseated && st.error !== null)
    expect(await seat.join('Steppe')).toBe(false)
    const { error } = seat.store.getState()
    expect(error).toMatchObject({ code: 'unrestorable', request: 'join' })

    const [english, russian] = await words(error, s.code)
    expect(english).toBe(
      `Session ${s.code} is saved, but this version of the workshop server cannot open it, and trying again will not help. Tell the facilitator: they should ask whoever runs the server, whose log says why.`,
    )
    expect(russian).toBe(
      `Сессия ${s.code} сохранена, но текущая версия сервера занятий не может её открыть, и повторная попытка не поможет. Скажите ведущему: пусть обратится к тому, кто отвечает за сервер, — причина записана в журнале сервера.`,
    )
  })
})
