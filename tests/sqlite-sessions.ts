// A server's live sessions on a throwaway SQLite log, for tests that drive one server's steps by hand: the log, the
// catalog and the scenario checker made once per file and closed after it, and a new LiveSessions holding one new
// session of Kazakhstan 2022 at one table; the log itself for what else a test builds on it.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { CreateSession } from '../src/live/client-messages'
import { readCatalog } from '../src/scenario/files'
import { DEFAULT_LIMITS } from '../src/server/limits'
import { LiveSessions } from '../src/server/live-sessions'
import { scenarioChecker } from '../src/server/scenario-checker'
import { openSqliteEventLog } from '../src/server/sqlite-event-log'

export function sqliteSessions(name: string) {
  const dir = mkdtempSync(join(tmpdir(), `article-four-${name}-`))
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
  /** A server's sessions on the log, holding one new session. */
  async function holdingOne() {
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
  return { holdingOne, log }
}
