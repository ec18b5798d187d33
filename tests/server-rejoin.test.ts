// A team that lost its device, let back in over the wire: the facilitator readmits it, the team types the code on
// a new device and gets its brief, its view and its decisions so far; the old device is sent away and its token
// no longer resumes; the code works once, expires, is replaced by the next, belongs to its session, is guessed
// no faster than a join code, and is in the log only as a hash, which a restarted server reads back.
// @vitest-environment node
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { CODE_ALPHABET, type FacilitatorView, REJOIN_MINUTES } from '../src/live/protocol'
import { hashRejoinCode } from '../src/server/tokens'
import { type RejoinServer, rejoinServers, workshop } from './rejoin-servers'
import type { AnyReply, Client } from './server-client'

const DECISION = 'request:foreign-backed:peacekeepers:14'
let now = Date.UTC(2026, 4, 1, 9)
const server = rejoinServers('article-four-rejoin-', () => now)
type Server = RejoinServer

/** A session in its first round, with a team that has submitted its decision. */
async function submitted(at: Server, names = ['North']) {
  const session = await workshop(at, names)
  expect(await session.teams[0]!.client.call('team:submit', { round: 1, decision: DECISION })).toEqual({
    ok: true,
  })
  return session
}

const readmit = (facilitator: Client, team: string): Promise<AnyReply> =>
  facilitator.call('facilitator:readmit', { team })

describe('a rejoin sent again', () => {
  it('is answered with the seat its token took, and sends none of the team’s devices away', async () => {
    const at = await server()
    const { facilitator, code, teams } = await submitted(at)
    const readmitted = await readmit(facilitator, teams[0]!.id)
    const token = 'Rejoin-token-012345678'
    const rejoin = { code, rejoin: readmitted.rejoin.code, token }
    const fresh = await at.client()
    expect(await fresh.call('team:rejoin', rejoin)).toMatchObject({ ok: true, token })
    let sentAway = false
    fresh.socket.once('replaced', () => {
      sentAway = true
    })
    // Sent again from another socket of that device (its answer lost), and once more with a code that is not right:
    // the seat its token already took, the device that holds it left in place.
    const again = await at.client()
    expect(await again.call('team:rejoin', rejoin)).toMatchObject({
      ok: true,
      token,
      view: { team: { id: teams[0]!.id } },
    })
    expect(await again.call('team:rejoin', { ...rejoin, rejoin: 'WRONGCODE' })).toMatchObject({ ok: true })
    expect(await fresh.call('team:submit', { round: 1, decision: DECISION })).toEqual({ ok: true })
    expect(sentAway).toBe(false)
  })
})

describe('a readmitted team', () => {
  it('rejoins on a new device with its brief, view and decisions, and its old device is sent away', async () => {
    const at = await server()
    const { facilitator, code, teams } = await submitted(at)
    const [north] = teams
    const replaced = new Promise((done) => north!.client.socket.once('replaced', done))

    const readmitted = await readmit(facilitator, north!.id)
    expect(readmitted).toEqual({
      ok: true,
      rejoin: { team: north!.id, code: expect.any(String), expiresAt: now + REJOIN_MINUTES * 60_000 },
    })
    const rejoinCode: string = readmitted.rejoin.code
    expect(rejoinCode).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`))
    const row = await facilitator.facilitatorView((v) => v.teams[0]?.rejoinUntil !== undefined)
    expect(row.teams[0]?.rejoinUntil).toBe(readmitted.rejoin.expiresAt)

    const fresh = await at.client()
    const typed = `${rejoinCode.slice(0, 4).toLowerCase()}-${rejoinCode.slice(4)} `
    const back: AnyReply = await fresh.call('team:rejoin', { code, rejoin: typed })
    expect(back).toMatchObject({
      ok: true,
      token: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      brief: { audience: 'team', team: { id: north!.id, name: 'North' } },
      view: { audience: 'team', team: { id: north!.id }, turn: { round: 1, submitted: DECISION } },
    })
    expect(back.token).not.toBe(north!.token)
    expect(await replaced).toEqual({ code })
    await facilitator.facilitatorView((v) => v.teams[0]?.rejoinUntil === undefined)

    // The old token resumes nothing, and the old socket no longer acts for the team.
    expect(await (await at.client()).call('team:resume', { token: north!.token })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(await north!.client.call('team:submit', { round: 1, decision: 'no-request' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    // The new device plays on, and hears the reveal; the old one hears nothing more.
    expect(await fresh.call('team:submit', { round: 1, decision: DECISION })).toEqual({ ok: true })
    const oldViews = north!.client.views.length
    await facilitator.call('facilitator:command', { command: { kind: 'advance', round: 1 } })
    await fresh.teamView((v) => v.phase.kind !== 'deciding' || v.phase.round === 2)
    expect(north!.client.views.length).toBe(oldViews)
    // The new token resumes, as any team's does.
    expect(await (await at.client()).call('team:resume', { token: back.token })).toMatchObject({ ok: true })

    // The code worked once.
    expect(await (await at.client()).call('team:rejoin', { code, rejoin: rejoinCode })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })

  it('refuses an expired code, saying so, and a code the facilitator has since replaced', async () => {
    const at = await server()
    const { facilitator, code, teams } = await submitted(at)
    const first: string = (await readmit(facilitator, teams[0]!.id)).rejoin.code
    const second: string = (await readmit(facilitator, teams[0]!.id)).rejoin.code
    expect(await (await at.client()).call('team:rejoin', { code, rejoin: first })).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'that rejoin code is not right, or it has been used: check it with the facilitator',
      },
    })
    now += REJOIN_MINUTES * 60_000
    expect(await (await at.client()).call('team:rejoin', { code, rejoin: second })).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'that rejoin code has expired: ask the facilitator for a new one',
        reason: 'rejoin-expired',
      },
    })
    const third: string = (await readmit(facilitator, teams[0]!.id)).rejoin.code
    expect(await (await at.client()).call('team:rejoin', { code, rejoin: third })).toMatchObject({ ok: true })
  })

  it('does not rejoin with a code issued in another session', async () => {
    const at = await server()
    const one = await submitted(at)
    const other = await submitted(at)
    const rejoinCode: string = (await readmit(one.facilitator, one.teams[0]!.id)).rejoin.code
    const c = await at.client()
    expect(await c.call('team:rejoin', { code: other.code, rejoin: rejoinCode })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(await c.call('team:rejoin', { code: one.code, rejoin: rejoinCode })).toMatchObject({ ok: true })
  })
})

describe('who may', () => {
  it('lets only the facilitator readmit, a known team, until the session is over', async () => {
    const at = await server()
    const { facilitator, teams } = await submitted(at, ['North', 'South'])
    expect(await readmit(teams[1]!.client, teams[0]!.id)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'only the facilitator can let a team back in' },
    })
    expect(await readmit(await at.client(), teams[0]!.id)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    expect(await readmit(facilitator, 't99')).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await facilitator.call('facilitator:readmit', { team: 'North' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    })
    await facilitator.call('facilitator:command', { command: { kind: 'finish' } })
    expect(await readmit(facilitator, teams[0]!.id)).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('counts wrong rejoin codes against the address, as wrong join codes, and stops a guesser', async () => {
    const at = await server({ joinsPerMinute: 3 })
    const { facilitator, code, teams } = await submitted(at)
    const rejoinCode: string = (await readmit(facilitator, teams[0]!.id)).rejoin.code
    const guesser = await at.client()
    for (const guess of ['AAAAAAAA', 'BBBBBBBB', 'CCCCCCCC'])
      expect(await guesser.call('team:rejoin', { code, rejoin: guess })).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      })
    // From any socket of the address, even with the right code, until the minute is over.
    expect(await (await at.client()).call('team:rejoin', { code, rejoin: rejoinCode })).toMatchObject({
      ok: false,
      error: { code: 'rate-limited' },
    })
    expect(await guesser.call('session:lobby', { code })).toMatchObject({
      ok: false,
      error: { code: 'rate-limited' },
    })
    now += 60_000
    expect(await (await at.client()).call('team:rejoin', { code, rejoin: rejoinCode })).toMatchObject({
      ok: true,
    })
  })
})

describe('the log', () => {
  it('keeps only the code’s hash, and a restarted server keeps a pending code valid and a used one used', async () => {
    const first = await server()
    const { facilitator, created, code, teams } = await submitted(first, ['North', 'South'])
    const used: string = (await readmit(facilitator, teams[0]!.id)).rejoin.code
    const pending: string = (await readmit(facilitator, teams[1]!.id)).rejoin.code
    const redeemed: AnyReply = await (await first.client()).call('team:rejoin', { code, rejoin: used })
    expect(redeemed).toMatchObject({ ok: true })

    const bodies = readLog(first.dir)
    for (const secret of [used, pending]) {
      const hashed = await hashRejoinCode(secret, created.session.id)
      expect(bodies.some((b) => b.includes(secret))).toBe(false)
      expect(bodies.some((b) => b.includes(hashed))).toBe(true)
    }
    expect(bodies.some((b) => b.includes(redeemed.token))).toBe(false)

    await first.stop()
    const second = await server({}, first.dir)
    expect(second.s.restored).toBe(1)
    expect(await (await second.client()).call('team:rejoin', { code, rejoin: used })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(await (await second.client()).call('team:resume', { token: teams[0]!.token })).toMatchObject({
      ok: false,
    })
    expect(await (await second.client()).call('team:resume', { token: redeemed.token })).toMatchObject({
      ok: true,
    })
    const back: AnyReply = await (await second.client()).call('team:rejoin', { code, rejoin: pending })
    expect(back).toMatchObject({ ok: true, view: { team: { name: 'South' } } })
    const resumed: AnyReply = await (await second.client()).call('facilitator:resume', {
      token: created.token,
    })
    expect((resumed.view as FacilitatorView).teams.map((t) => t.rejoinUntil)).toEqual([undefined, undefined])
  })
})

/** Every event's stored text, as the SQLite log holds it. */
function readLog(dir: string): string[] {
  const db = new Database(join(dir, 'sessions.db'), { readonly: true })
  try {
    return db.prepare('SELECT body FROM events').pluck().all() as string[]
  } finally {
    db.close()
  }
}
