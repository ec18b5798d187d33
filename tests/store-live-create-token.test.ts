// A facilitator's create sent again after its answer was lost is the same create: the set-up sends the token it
// made for the first attempt again, so a server that carried the first out answers with the session it made (the
// code the facilitator may already have written up), and the set-up keeps that session's token. Each page makes its
// own, and a create after one that succeeded makes a new one. Against a protocol 11 server in miniature
// (seat-fake-server.ts).
// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { liveSetup } from '../src/store/live'
import { readToken } from '../src/store/live/tokens'
import { closedAfterEach, type FakeServer, pageOn } from './seat-fake-server'
import { until } from './store-until'

const { later, server } = closedAfterEach()

/** A facilitator's set-up on a new page, once its link is online. */
async function setupOn(s: FakeServer) {
  const deps = pageOn(s, later)
  const setup = liveSetup(deps)
  later(setup.close)
  await until(deps.link.store, (st) => st.connection === 'online')
  return { setup, deps }
}

const SETTINGS = {
  scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
  format: { kind: 'one-table' },
  autoAdvance: false,
  roundSeconds: 300,
  temperature: 0.02,
} as const

/** The tokens the server was sent with its creates, in order. */
const sent = (s: FakeServer) =>
  s.received.filter((r) => r.event === 'session:create').map((r) => (r.payload as { token?: string }).token)

describe("a facilitator's create sent again", () => {
  for (const how of ['silent', 'store-unavailable'] as const)
    it(`after an answer that was lost (${how}) sends the same token, makes one session, and keeps its token`, async () => {
      const s = await server()
      const { setup, deps } = await setupOn(s)
      s.lose('session:create', how)
      expect(await setup.create(SETTINGS)).toBeNull()
      expect(setup.store.getState().error?.refusal).toMatchObject({
        code: how === 'store-unavailable' ? 'store-unavailable' : 'internal',
      })
      // A lost connection comes back.
      await until(deps.link.store, (st) => st.connection === 'online')
      expect(s.made).toHaveLength(1)

      const code = await setup.create(SETTINGS)
      expect(code).toBe(s.made[0])
      const [first, again] = sent(s)
      expect(first).toMatch(/^[A-Za-z0-9_-]{22}$/)
      expect(again).toBe(first)
      expect(s.made).toHaveLength(1)
      expect(readToken(deps.storage, 'facilitator', code!)).toBe(first)
      expect(setup.store.getState()).toMatchObject({ error: null, busy: false, held: [code] })
    })

  it('is made anew for a create after one that made a session, and on each page', async () => {
    const s = await server()
    const { setup } = await setupOn(s)
    const one = await setup.create(SETTINGS)
    const two = await setup.create(SETTINGS)
    const other = await (await setupOn(s)).setup.create(SETTINGS)
    const tokens = sent(s)
    expect(new Set(tokens).size).toBe(3)
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(new Set([one, two, other]).size).toBe(3)
    expect(s.made).toEqual([one, two, other])
  })
})
