// A request that fails on the event log is answered store-unavailable, which the page words as "try again" for
// whoever asks, not internal ("the facilitator may retry", which a team was told). Here SQLite's file is held
// by another writer past the server's busy timeout (5 s), as a locked or unreachable store would be.
// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, expect, it } from 'vitest'
import { startServer } from '../src/server/server'
import { type AnyReply, connect } from './server-client'

const dir = mkdtempSync(join(tmpdir(), 'article-four-store-unavailable-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

it('answers store-unavailable while the log cannot be written, to a team and the facilitator, and carries on after', async () => {
  const logged: string[] = []
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: dir,
    distDir: join(dir, 'dist'),
    log: (m) => logged.push(m),
  })
  const facilitator = await connect(server.url)
  const team = await connect(server.url)
  try {
    const created: AnyReply = await facilitator.call('session:create', {
      scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
      format: { kind: 'one-table' },
    })
    expect(created.ok).toBe(true)
    const holder = new Database(join(dir, 'sessions.db'))
    holder.exec('BEGIN IMMEDIATE')
    const unavailable = {
      ok: false,
      error: {
        code: 'store-unavailable',
        message: 'the server cannot reach its event log just now: try again in a moment',
      },
    }
    try {
      expect(await team.call('team:join', { code: created.session.code, name: 'Steppe' })).toEqual(
        unavailable,
      )
      expect(
        await facilitator.call('session:create', {
          scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
          format: { kind: 'one-table' },
        }),
      ).toEqual(unavailable)
    } finally {
      holder.exec('ROLLBACK')
      holder.close()
    }
    expect(logged.some((m) => m.startsWith('team:join failed: SqliteError'))).toBe(true)
    // Nothing of the refused join stayed: the same team joins, with the same name, once the log is free.
    const joined: AnyReply = await team.call('team:join', { code: created.session.code, name: 'Steppe' })
    expect(joined).toMatchObject({ ok: true })
  } finally {
    facilitator.close()
    team.close()
    await server.close()
  }
}, 60_000)
