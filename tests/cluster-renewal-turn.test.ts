// A renewal answers with the sessions whose leases this server still holds; one it held before that is missing was
// taken by another server, unless this server handed it on (or gave it up) while the renewal was on its way. That
// one was said to have been taken by another. What the renewal's answer means for a session is now settled in the
// session's turn, after the hand-over, and the log says only what is true.
// @vitest-environment node
import type { Pool } from 'pg'
import type { Server } from 'socket.io'
import { expect, it } from 'vitest'
import type { SessionId } from '../src/live'
import { joinCluster } from '../src/server/cluster'
import type { Listening } from '../src/server/cluster-adapter'
import type { Leases } from '../src/server/leases'
import type { ServerVersions } from '../src/server/server-versions'
import type { SessionHandlers } from '../src/server/session-handlers'
import { sqliteSessions } from './sqlite-sessions'

const { holdingOne, log } = sqliteSessions('renewal-turn')

/**
 * A cluster of one server holding one session, whose database the test plays: each renewal waits for the answer the
 * test gives it. Nothing else is asked of the database in these steps.
 */
async function clusterHolding() {
  const { live, session } = await holdingOne()
  let answer: (held: Set<SessionId>) => void = () => {}
  const leases = {
    holder: 'this-server',
    renew: () =>
      new Promise<Set<SessionId>>((done) => {
        answer = done
      }),
    claimExpired: async () => [],
    excess: async () => 0,
    letGo: async () => true,
    releaseAll: async () => {},
  } as Partial<Leases> as Leases
  const versions: ServerVersions = { beat: async () => new Set(), leave: async () => {} }
  const listening: Listening = { now: () => true, onReturn: () => {}, stop: () => {} }
  const forgotten: SessionId[] = []
  const handlers = {
    forget: (id: SessionId) => forgotten.push(id),
  } as Partial<SessionHandlers> as SessionHandlers
  const said: string[] = []
  const cluster = joinCluster({
    io: { on: () => {} } as unknown as Server,
    pool: {} as Pool,
    log,
    leases,
    versions,
    live,
    handlers,
    listening,
    leaseMs: 60_000,
    say: (m) => said.push(m),
  })
  const renewed = (held: Set<SessionId>) => answer(held)
  /** Once everything queued in the session's turn so far is done. */
  const turnDone = (id: SessionId) => live.inTurn(id, () => {})
  return { live, id: session.id, cluster, renewed, said, forgotten, turnDone }
}

it('says nothing of a session handed on while the renewal was on its way', async () => {
  const { live, id, cluster, renewed, said, forgotten, turnDone } = await clusterHolding()
  const swept = cluster.sweep()
  // The hand-over lets the lease go in the session's turn; the renewal, already sent, answers without it.
  let release: (released: boolean) => void = () => {}
  const handed = live.letGo(
    id,
    () =>
      new Promise<boolean>((done) => {
        release = done
      }),
  )
  renewed(new Set())
  expect(await swept).toBe(0)
  release(true)
  expect(await handed).toBe(true)
  await turnDone(id)
  expect(live.get(id)).toBeUndefined()
  expect(said).toEqual([])
  expect(forgotten).toEqual([])
  await cluster.close()
})

it('forgets a session whose lease another server took, and says so', async () => {
  const { live, id, cluster, renewed, said, forgotten, turnDone } = await clusterHolding()
  const swept = cluster.sweep()
  renewed(new Set())
  expect(await swept).toBe(0)
  await turnDone(id)
  expect(live.get(id)).toBeUndefined()
  expect(said).toEqual([`session ${id} is no longer this server's: another took its lease`])
  expect(forgotten).toEqual([id])
  await cluster.close()
})
