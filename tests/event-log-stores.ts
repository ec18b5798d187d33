// Both stores of the event log, for a suite run against each: SQLite in a folder of its own and PostgreSQL in a new
// database of one throwaway cluster for the file, each opened empty for one test and closed after it, with whatever
// else a test gives `closing`, in the reverse order. SQLite must say nothing while a test runs.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, afterEach, expect } from 'vitest'
import { startPostgres, type TestPostgres } from '../scripts/throwaway-postgres'
import type { EventLog } from '../src/server/event-log'
import { openPgEventLog } from '../src/server/pg-event-log'
import { openSqliteEventLog } from '../src/server/sqlite-event-log'

export function eventLogStores(prefix: string) {
  const closing: (() => Promise<void>)[] = []
  const dirs: string[] = []
  let postgres: Promise<TestPostgres> | undefined
  afterEach(async () => {
    for (const close of closing.splice(0).reverse()) await close()
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })
  afterAll(async () => {
    ;(await postgres)?.stop()
  })
  /** A folder removed after the test. */
  const tempDir = () => {
    const d = mkdtempSync(join(tmpdir(), prefix))
    dirs.push(d)
    return d
  }
  /** The address of a new, empty database. */
  const database = async () => {
    postgres ??= startPostgres()
    return (await postgres).database()
  }
  const stores: [string, () => Promise<EventLog>][] = [
    [
      'SQLite',
      async () => {
        const log = openSqliteEventLog(tempDir(), { log: (m) => expect.unreachable(m) })
        closing.push(() => log.close())
        return log
      },
    ],
    [
      'PostgreSQL',
      async () => {
        const pool = new pg.Pool({ connectionString: await database() })
        const log = await openPgEventLog(pool)
        closing.push(async () => {
          await log.close()
          await pool.end()
        })
        return log
      },
    ],
  ]
  return { stores, tempDir, database, closing }
}
