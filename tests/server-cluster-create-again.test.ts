// A create sent again across a cluster (protocol 11): the page sends the token it made with every attempt, and an
// attempt may reach one server while the next reaches another. Whether the first's answer was lost on the way
// back, or the first server gave up on a write the database carried out all the same, the second server finds the
// session by its token in the log and answers with it, the same code and token; the log holds one session.
// @vitest-environment node
import pg from 'pg'
import { afterAll, expect, it } from 'vitest'
import { newToken } from '../src/server/tokens'
import { clusterServers } from './cluster-servers'
import type { AnyReply } from './server-client'

const { database, server, proxy } = clusterServers('article-four-cluster-create-again-')
const admins: pg.Pool[] = []
afterAll(async () => {
  for (const admin of admins) await admin.end()
})

const CREATE = { scenario: { kind: 'bundled', id: 'kazakhstan-2022' }, format: { kind: 'one-table' } }

/** The join codes of the sessions in the database at `url`, and how many events it holds. */
function logAt(url: string) {
  const admin = new pg.Pool({ connectionString: url })
  admins.push(admin)
  return {
    codes: async () =>
      (await admin.query<{ code: string }>('SELECT code FROM sessions')).rows.map((r) => r.code),
    events: async () => Number((await admin.query('SELECT count(*) AS n FROM events')).rows[0].n),
  }
}

it('answers a create sent again on another server with the session the first made, and logs nothing', async () => {
  const databaseUrl = await database()
  const first = await server(databaseUrl)
  const second = await server(databaseUrl)
  const log = logAt(databaseUrl)
  const token = newToken()
  const made: AnyReply = await (await first.client()).call('session:create', { ...CREATE, token })
  expect(made).toMatchObject({ ok: true, token })
  const { code } = made.session

  // Its answer lost on the way, the page sends it again, and this time reaches the other server.
  const facilitator = await second.client()
  const again: AnyReply = await facilitator.call('session:create', { ...CREATE, token })
  expect(again).toMatchObject({ ok: true, token, session: made.session, brief: made.brief })
  expect(again.view).toMatchObject({ code, phase: { kind: 'lobby' } })
  expect(await log.codes()).toEqual([code])
  expect(await log.events()).toBe(1)

  // Its socket holds the facilitator's seat: it sees a team join, and starts the session, through the holder.
  const team = await second.client()
  expect(await team.call('team:join', { code, name: 'Steppe' })).toMatchObject({ ok: true })
  await facilitator.facilitatorView((v) => v.teams.length === 1)
  expect(await facilitator.call('facilitator:command', { command: { kind: 'start' } })).toEqual({ ok: true })
  // Sent once more, to the server that made it: the same session, as it is now.
  const third: AnyReply = await (await first.client()).call('session:create', { ...CREATE, token })
  expect(third).toMatchObject({ ok: true, token, session: { code }, view: { phase: { kind: 'deciding' } } })
  expect(await log.codes()).toEqual([code])
})

it('answers a create sent again on another server after the first gave up on a write the database carried out', async () => {
  const databaseUrl = await database()
  const through = await proxy(databaseUrl)
  const first = await server(through.url(databaseUrl))
  const second = await server(databaseUrl)
  const log = logAt(databaseUrl)
  const token = newToken()
  const lost = through.loseAnswer('INSERT INTO sessions')
  const attempt = (await first.client()).call('session:create', { ...CREATE, token })
  await lost
  expect(await attempt).toMatchObject({ ok: false, error: { code: 'store-unavailable' } })
  const [code, ...more] = await log.codes()
  expect(more).toEqual([])
  // The first server took the new session's lease before its write, and lets it go at its next renewal, since it
  // holds no session under it; then one of the servers takes it, and reads the session from the log.
  await first.saying(/let go of the lease of .*, whose create was given up on/)
  const takenOver = new RegExp(`\\(code ${code}\\) is now this server's`)
  await Promise.race([first.saying(takenOver), second.saying(takenOver)])

  // Sent again to the other server, it is answered with that session, wherever it is held.
  const again: AnyReply = await (await second.client()).call('session:create', { ...CREATE, token })
  expect(again).toMatchObject({
    ok: true,
    token,
    session: { code },
    view: { code, phase: { kind: 'lobby' } },
  })
  expect(await log.codes()).toEqual([code])
  expect(await log.events()).toBe(1)
})
