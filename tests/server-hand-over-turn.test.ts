// A server handing a session to another (cluster.ts) lets its lease go in the session's turn, so that no change of it
// is in flight, then forgets it. A change that was already waiting behind the hand-over is answered as after a
// takeover, to be sent again and forwarded to the new holder; told "no longer exists", a browser forgot its token.
// @vitest-environment node
import { expect, it } from 'vitest'
import { sqliteSessions } from './sqlite-sessions'

const { holdingOne: holding } = sqliteSessions('hand-over')

it('answers a change queued behind a hand-over as taken over, to be sent again', async () => {
  const { live, session } = await holding()
  const { id, code } = session
  const joined = await live.join({ code, name: 'Steppe' }, 'browser-1')
  expect(joined.ok).toBe(true)

  let release = (_: boolean) => {}
  const released = new Promise<boolean>((done) => {
    release = done
  })
  const handed = live.letGo(id, () => released)
  const waiting = live.act(id, { kind: 'facilitator' }, { kind: 'start' })
  release(true)
  expect(await handed).toBe(true)
  expect(live.get(id)).toBeUndefined()
  expect(await waiting).toMatchObject({
    ok: false,
    error: { code: 'conflict', message: 'another server took this session over: send it again' },
  })
  // Handed once, not again: there is nothing here to hand.
  expect(await live.letGo(id, async () => true)).toBe(false)
})

it('keeps a session whose lease could not be let go', async () => {
  const { live, session } = await holding()
  await expect(
    live.letGo(session.id, async () => {
      throw new Error('Query read timeout')
    }),
  ).rejects.toThrow('Query read timeout')
  expect(live.get(session.id)?.code).toBe(session.code)
})
