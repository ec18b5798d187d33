// A server of a cluster that loses PostgreSQL quietly, or never reaches it. A connection that stops carrying
// bytes without closing (frozen here by a proxy: what a network fault does) is found by the adapter's check and
// replaced; a server whose LISTEN never succeeds gives up starting, with the reason, and `npm start` exits non-zero;
// a team's command forwarded to a holder that is not listening is acknowledged once and applied once.
// @vitest-environment node
import pg from 'pg'
import { expect, it } from 'vitest'
import { KEEPALIVE_AFTER_MS, openDatabasePool } from '../src/server/database-pool'
import { clusterServers, workshop } from './cluster-servers'

const { database, server, serverProcess, proxy } = clusterServers('article-four-cluster-deaf-')

/** The backend LISTENing for the servers whose connections carry `name`. */
const listenerOf = (db: pg.Pool, name: string) =>
  db.query<{ pid: number; client_port: number }>(
    `SELECT pid, client_port FROM pg_stat_activity WHERE application_name = $1 AND query LIKE 'LISTEN %'`,
    [name],
  )

it('gives its connections TCP keep-alive', async () => {
  const pool = openDatabasePool(await database(), () => {})
  try {
    const c = await pool.connect()
    // pg keeps them on the connection and sets them on its socket at connect; Node does not read them back.
    const connection = c.connection as unknown as {
      _keepAlive: boolean
      _keepAliveInitialDelayMillis: number
    }
    expect(connection._keepAlive).toBe(true)
    expect(connection._keepAliveInitialDelayMillis).toBe(KEEPALIVE_AFTER_MS)
    c.release()
  } finally {
    await pool.end()
  }
})

it('finds a LISTEN connection that went silent without closing, is not ready meanwhile, and listens again', async () => {
  const databaseUrl = await database()
  const through = await proxy(databaseUrl)
  const holder = await server(databaseUrl)
  const other = await server(`${through.url(databaseUrl)}?application_name=deaf-other`)
  const db = new pg.Pool({ connectionString: databaseUrl })
  try {
    const { facilitator, team } = await workshop(holder, other)
    await other.ready()
    const { rows } = await listenerOf(db, 'deaf-other')
    expect(rows).toHaveLength(1)
    // No byte passes any more either way, and nothing closes: PostgreSQL still sees its backend listening.
    // The new connections wait too, so that the adapter cannot listen again before the health is asked.
    const letGo = through.hold()
    through.freeze(rows[0]!.client_port)
    expect(await facilitator.call('facilitator:command', { command: { kind: 'start' } })).toEqual({
      ok: true,
    })
    await other.saying(/^not listening to the other servers \(its connection did not answer within 1 s\)/)
    expect(await other.health()).toBe(503)
    letGo()
    await other.saying(/^listening to the other servers again/)
    await other.ready()
    // The start, pushed while it did not hear, reaches the team all the same.
    await team.teamView((v) => v.phase.kind === 'deciding' && v.phase.round === 1, 10_000)
  } finally {
    await db.end()
  }
})

it('gives up starting when it cannot LISTEN, saying why, and npm start exits non-zero with it', async () => {
  const databaseUrl = await database()
  const refusing = await proxy(databaseUrl, { refuseListen: true })
  await expect(server(refusing.url(databaseUrl), { listenTimeoutMs: 2000 })).rejects.toThrow(
    /^the adapter did not LISTEN within 2 s \(.+\): without it this server cannot hear/,
  )

  const child = serverProcess({
    DATABASE_URL: refusing.url(databaseUrl),
    LEASE_SECONDS: '1',
    LISTEN_TIMEOUT_SECONDS: '1',
  })
  await expect(child.ready).rejects.toThrow()
  expect(child.child.exitCode).toBe(1)
  expect(child.output()).toMatch(/the server did not start: the adapter did not LISTEN within 1 s/)
})

it("acknowledges once and applies once a team's command forwarded while its holder does not listen", async () => {
  const databaseUrl = await database()
  const holder = await server(`${databaseUrl}?application_name=deaf-holder`)
  const other = await server(databaseUrl)
  const db = new pg.Pool({ connectionString: databaseUrl })
  try {
    const { facilitator, team, session } = await workshop(holder, other)
    expect(await facilitator.call('facilitator:command', { command: { kind: 'start' } })).toEqual({
      ok: true,
    })
    const view = await team.teamView((v) => v.phase.kind === 'deciding' && v.turn?.round === 1, 10_000)
    const decision = view.turn!.options.at(-1)!

    const { rows } = await listenerOf(db, 'deaf-holder')
    expect(rows).toHaveLength(1)
    await db.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid])
    await holder.saying(/^not listening to the other servers/)
    // Sent while the holder cannot hear it: the other server asks again once it may listen.
    expect(await team.call('team:submit', { round: 1, decision })).toEqual({ ok: true })
    await holder.saying(/^listening to the other servers again/)

    const submitted = await facilitator.facilitatorView(
      (v) => v.teams.some((t) => t.name === 'Steppe' && t.submitted === true),
      10_000,
    )
    expect(submitted.teams.filter((t) => t.submitted)).toHaveLength(1)
    const events = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM events WHERE session_id = $1 AND kind = 'submitted'`,
      [session],
    )
    expect(events.rows).toEqual([{ n: 1 }])
  } finally {
    await db.end()
  }
})

it('answers from memory, not applying it again, a command asked again because its answer was lost', async () => {
  const databaseUrl = await database()
  const holder = await server(databaseUrl)
  const other = await server(`${databaseUrl}?application_name=deaf-asker`)
  const db = new pg.Pool({ connectionString: databaseUrl })
  try {
    const { facilitator, team, session } = await workshop(holder, other)
    expect(await facilitator.call('facilitator:command', { command: { kind: 'start' } })).toEqual({
      ok: true,
    })
    const view = await team.teamView((v) => v.phase.kind === 'deciding' && v.turn?.round === 1, 10_000)
    const decision = view.turn!.options.at(-1)!

    // The server that forwards cannot hear: the holder applies the command, and its answer is lost.
    const { rows } = await listenerOf(db, 'deaf-asker')
    expect(rows).toHaveLength(1)
    await db.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid])
    await other.saying(/^not listening to the other servers/)
    expect(await team.call('team:submit', { round: 1, decision })).toEqual({ ok: true })
    await other.saying(/^listening to the other servers again/)

    const events = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM events WHERE session_id = $1 AND kind = 'submitted'`,
      [session],
    )
    expect(events.rows).toEqual([{ n: 1 }])
  } finally {
    await db.end()
  }
})
