// What the server says at start about a log it cannot fully replay: each session that does not come back is
// one line naming it, its event and the reason in plain words, and the others come back all the same; a client
// asking for one is told it could not be restored.
// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../src/server/server'
import { type AnyReply, connect } from './server-client'

const dir = mkdtempSync(join(tmpdir(), 'article-four-restore-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function server(logged: string[]): Promise<RunningServer> {
  return startServer({ port: 0, host: '127.0.0.1', dataDir: dir, distDir: dir, log: (m) => logged.push(m) })
}

/** A session with one team in its lobby. */
async function session(s: RunningServer): Promise<{ id: string; code: string; token: string }> {
  const facilitator = await connect(s.url)
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
  })
  const team = await connect(s.url)
  await team.call('team:join', { code: created.session.code, name: 'North' })
  facilitator.close()
  team.close()
  return { id: created.session.id, code: created.session.code, token: created.token }
}

/** Edits the stored text of one of a session's events, as a damaged disk or a bad hand edit would. */
function damage(id: string, seq: number, edit: (body: string) => string): void {
  const db = new Database(join(dir, 'sessions.db'))
  try {
    const body = db.prepare('SELECT body FROM events WHERE session_id = ? AND seq = ?').pluck().get(id, seq)
    db.prepare('UPDATE events SET body = ? WHERE session_id = ? AND seq = ?').run(
      edit(body as string),
      id,
      seq,
    )
  } finally {
    db.close()
  }
}

it('names each session it cannot restore in one readable line, and restores the rest', async () => {
  const first = await server([])
  const [table, scenario, fine] = [await session(first), await session(first), await session(first)]
  await first.close()
  damage(table.id, 1, (body) => body.replace('"table":1', '"table":"one"'))
  damage(scenario.id, 0, (body) => body.replace('requester: kazakhstan', 'requestor: kazakhstan'))

  const logged: string[] = []
  const second = await server(logged)
  try {
    expect(second.restored).toBe(1)
    expect(logged).toEqual([
      `session ${table.id} (code ${table.code}) was not restored: event 2 (joined) does not read: team.table: Invalid input: expected number, received string`,
      expect.stringMatching(
        new RegExp(
          `^session ${scenario.id} \\(code ${scenario.code}\\) was not restored: its scenario no longer loads: line \\d+ \\(requestor\\), unknown field "requestor" \\(did you mean "requester"\\?\\)$`,
        ),
      ),
    ])
    const back = await connect(second.url)
    expect(await back.call('facilitator:resume', { token: fine.token })).toMatchObject({ ok: true })
    // One left out is not said not to exist, which would make the browser forget its token: it could not be restored.
    const notRestored = {
      ok: false,
      error: {
        code: 'unrestorable',
        message: expect.stringMatching(/could not be restored on this version/),
      },
    }
    expect(await back.call('facilitator:resume', { token: table.token })).toMatchObject(notRestored)
    expect(await back.call('session:lobby', { code: scenario.code })).toMatchObject(notRestored)
    expect(await back.call('team:join', { code: table.code, name: 'South' })).toMatchObject(notRestored)
    back.close()
  } finally {
    await second.close()
  }
})
