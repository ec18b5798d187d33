// A server handing a session to another (cluster.ts) lets its lease go in the session's turn, so that no change of it
// is in flight, then forgets it. A change that was already waiting behind the hand-over is answered as after a
// takeover, to be sent again and forwarded to the new holder; told "no longer exists", a browser forgot its token.
// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { CreateSession } from '../src/live/client-messages'
import { readCatalog } from '../src/scenario/files'
import { DEFAULT_LIMITS } from '../src/server/limits'
import { LiveSessions } from '../src/server/live-sessions'
import { scenarioChecker } from '../src/server/scenario-checker'
import { openSqliteEventLog } from '../src/server/sqlite-event-log'

const dir = mkdtempSync(join(tmpdir(), 'article-four-hand-over-'))
const read = readCatalog()
if (!read.ok) throw new Error('the catalog does not load')
const { catalog } = read
const log = openSqliteEventLog(dir)
const checker = scenarioChecker(catalog, { ms: 5_000, megabytes: 256 }, () => {})
afterAll(async () => {
  await checker.close()
  await log.close()
  rmSync(dir, { recursive: true, force: true })
})

/** A server's sessions on a SQLite log, holding one new session. */
async function holding() {
  const live = new LiveSessions({ log, catalog, checker, limits: DEFAULT_LIMITS })
  const created = await live.create(
    CreateSession.parse({
      scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
      format: { kind: 'one-table' },
    }),
  )
  if (!created.ok) throw new Error(created.error.message)
  if (!('session' in created)) throw new Error('a first create found a session made before')
  return { live, session: created.session }
}

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
