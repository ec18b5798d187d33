// A database that stalls can carry out a write after the server stopped waiting for it and told the client so
// (store-unavailable): the session the server holds is then behind its log. Here the log writes and then throws, as
// such a late commit looks to the server, and the client sends the same change again, as the page does: it must find
// what the first attempt did, not do it twice, and the server must write its next change after it.
// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it, vi } from 'vitest'
import type { SessionId } from '../src/live'
import { CreateSession } from '../src/live/client-messages'
import { readCatalog } from '../src/scenario/files'
import type { EventLog } from '../src/server/event-log'
import { DEFAULT_LIMITS } from '../src/server/limits'
import { LiveSessions } from '../src/server/live-sessions'
import { scenarioChecker } from '../src/server/scenario-checker'
import { TURN_WITHIN_MS } from '../src/server/session-writes'
import { openSqliteEventLog } from '../src/server/sqlite-event-log'
import { hashToken, newToken } from '../src/server/tokens'

const dirs: string[] = []
const closers: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const close of closers) await close()
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

/** How the next append goes: written and answered, written but the answer lost, or neither. */
type Next = 'normal' | 'late' | 'lost'

async function held() {
  const dir = mkdtempSync(join(tmpdir(), 'article-four-sent-again-'))
  dirs.push(dir)
  const inner = openSqliteEventLog(dir)
  let next: Next = 'normal'
  let stall: Promise<void> | undefined
  let entered = () => {}
  // What pg's driver throws when it stops waiting for an answer (database-pool.ts's query_timeout).
  const timeout = () => new Error('Query read timeout')
  // Once spoilt, the log reads its second event (the first team's join) as a damaged row: its time is not a number.
  let spoilt = false
  const log: EventLog = {
    ...inner,
    events: async (session) => {
      const events = await inner.events(session)
      return spoilt ? events.map((e, i) => (i === 1 ? { ...(e as object), at: 'noon' } : e)) : events
    },
    append: async (session, version, events, fence) => {
      entered()
      await stall
      const how = next
      next = 'normal'
      if (how === 'lost') throw timeout()
      await inner.append(session, version, events, fence)
      if (how === 'late') throw timeout()
    },
  }
  const catalog = readCatalog()
  if (!catalog.ok) throw new Error('the catalog does not load')
  const readAgain: SessionId[] = []
  const notRestored: SessionId[] = []
  const checker = scenarioChecker(catalog.catalog, { ms: 5_000, megabytes: 256 }, () => {})
  closers.push(
    () => checker.close(),
    () => inner.close(),
  )
  const live = new LiveSessions({
    log,
    catalog: catalog.catalog,
    checker,
    limits: DEFAULT_LIMITS,
    readAgain: (id) => readAgain.push(id),
    notRestored: async ({ id }) => {
      notRestored.push(id)
    },
  })
  const created = await live.create(
    CreateSession.parse({
      scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
      format: { kind: 'one-table' },
    }),
  )
  if (!created.ok) throw new Error(created.error.message)
  if (!('session' in created)) throw new Error('a first create found a session made before')
  return {
    live,
    session: created.session,
    readAgain,
    notRestored,
    spoil: () => {
      spoilt = true
    },
    nextAppend: (how: Next) => {
      next = how
    },
    /** Holds every append until `p` settles; resolves once one is held. */
    stallWith: (p: Promise<void> | undefined) => {
      stall = p
      return new Promise<void>((done) => {
        entered = done
      })
    },
    logged: async () => (await inner.events(created.session.id)).length,
  }
}

it('answers a join sent again with the seat its first attempt took, when that attempt reached the log unanswered', async () => {
  const { live, session, readAgain, nextAppend, logged } = await held()
  const token = newToken()
  const join = { code: session.code, name: 'Steppe', token }
  nextAppend('late')
  await expect(live.join(join, 'browser-1')).rejects.toThrow('Query read timeout')
  expect(live.get(session.id)?.teams).toEqual([])

  const again = await live.join(join, 'browser-1')
  expect(again).toMatchObject({ ok: true, token })
  if (!again.ok) return
  expect(again.session.teams.map((t) => [t.id, t.name])).toEqual([[again.team, 'Steppe']])
  // Read back from the log once, the views to be sent again, and nothing written twice.
  expect(readAgain).toEqual([session.id])
  expect(await logged()).toBe(2)
  expect(live.seatOf(token)).toMatchObject({
    session: session.id,
    identity: { kind: 'team', team: again.team },
  })

  // Another join from that browser, under another token, is still a second team, and refused as one.
  expect(await live.join({ ...join, name: 'Altai', token: newToken() }, 'browser-1')).toMatchObject({
    ok: false,
    error: { reason: 'browser-joined' },
  })
})

it('joins once when the first attempt never reached the log', async () => {
  const { live, session, readAgain, nextAppend, logged } = await held()
  const join = { code: session.code, name: 'Steppe', token: newToken() }
  nextAppend('lost')
  await expect(live.join(join, 'browser-1')).rejects.toThrow()
  expect(await live.join(join, 'browser-1')).toMatchObject({ ok: true })
  expect(live.get(session.id)?.teams).toHaveLength(1)
  // Read back, and found as the server held it: no views to send again.
  expect(readAgain).toEqual([])
  expect(await logged()).toBe(2)
})

it('refuses an extension sent again after the first reached the log unanswered, and adds its time once', async () => {
  const { live, session, nextAppend } = await held()
  const facilitator = { kind: 'facilitator' } as const
  expect(await live.join({ code: session.code, name: 'Steppe' }, 'browser-1')).toMatchObject({ ok: true })
  expect(await live.act(session.id, facilitator, { kind: 'start' })).toMatchObject({ ok: true })
  const running = live.get(session.id)!
  if (running.phase.kind !== 'deciding' || running.phase.clock.kind !== 'running') throw new Error('no clock')
  const deadline = running.phase.clock.deadline
  const extend = { kind: 'extend', seconds: 60, after: running.clockChanges } as const
  nextAppend('late')
  await expect(live.act(session.id, facilitator, extend)).rejects.toThrow()

  expect(await live.act(session.id, facilitator, extend)).toMatchObject({
    ok: false,
    error: { code: 'conflict', reason: 'clock-changed' },
  })
  const after = live.get(session.id)!
  expect(after.clockChanges).toBe(running.clockChanges + 1)
  if (after.phase.kind !== 'deciding' || after.phase.clock.kind !== 'running') throw new Error('no clock')
  expect(after.phase.clock.deadline).toBeGreaterThanOrEqual(deadline + 60_000)
  expect(after.phase.clock.deadline).toBeLessThan(deadline + 120_000)
  // Extended from the view it now has, it is extended again.
  const more = { kind: 'extend', seconds: 60, after: after.clockChanges } as const
  expect(await live.act(session.id, facilitator, more)).toMatchObject({ ok: true })
})

it('refuses a change untried when its turn comes too late for its answer to reach the client', async () => {
  const { live, session, stallWith, logged } = await held()
  vi.useFakeTimers({ toFake: ['performance'] })
  try {
    let free = () => {}
    const held = stallWith(new Promise<void>((done) => (free = done)))
    const first = live.join({ code: session.code, name: 'Steppe' }, 'browser-1')
    await held
    const second = live.join({ code: session.code, name: 'Altai' }, 'browser-2')
    // The first waits on the log past the second's time to begin.
    vi.advanceTimersByTime(TURN_WITHIN_MS + 1)
    void stallWith(undefined)
    free()
    expect(await first).toMatchObject({ ok: true })
    expect(await second).toMatchObject({ ok: false, error: { code: 'store-unavailable' } })
    expect(live.get(session.id)?.teams.map((t) => t.name)).toEqual(['Steppe'])
    expect(await logged()).toBe(2)
  } finally {
    vi.useRealTimers()
  }
})

it('gives up a session that, read back after a write it was unsure of, no longer replays, and says so', async () => {
  const { live, session, nextAppend, spoil, notRestored } = await held()
  const facilitator = { kind: 'facilitator' } as const
  const joined = await live.join({ code: session.code, name: 'Steppe' }, 'browser-1')
  if (!joined.ok) throw new Error(joined.error.message)
  nextAppend('late')
  await expect(live.act(session.id, facilitator, { kind: 'start' })).rejects.toThrow('Query read timeout')
  spoil()

  const unrestorable = {
    ok: false,
    error: {
      code: 'unrestorable',
      message: expect.stringMatching(
        new RegExp(
          `^session ${session.code} is in the log but could not be restored .*: event 2 \\(joined\\)`,
        ),
      ),
    },
  }
  expect(await live.act(session.id, facilitator, { kind: 'pause' })).toMatchObject(unrestorable)
  expect(live.get(session.id)).toBeUndefined()
  expect(notRestored).toEqual([session.id])
  // Its seats' next changes, and a client naming it by its code or a token, are told the same, never not-found.
  expect(await live.act(session.id, facilitator, { kind: 'pause' })).toMatchObject(unrestorable)
  expect(await live.join({ code: session.code, name: 'Altai' }, 'browser-2')).toMatchObject(unrestorable)
  expect(live.unrestorable.notFound({ tokenHash: hashToken(joined.token) }, 'no team')).toMatchObject(
    unrestorable,
  )
  expect(notRestored).toEqual([session.id])
})
