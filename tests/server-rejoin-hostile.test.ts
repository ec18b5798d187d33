// Letting a team back in, attacked as a hostile client would: rejoin codes guessed all at once from one address,
// a facilitator pressing readmit over and over, two devices racing for one code or a rejoin racing the old
// device's submission, codes for a removed team or a finished session, odd strings, a shared browser, and what
// someone who can read the log learns of a pending code.
// @vitest-environment node
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { SessionId } from '../src/live'
import { CODE_ALPHABET } from '../src/live/protocol'
import { hashRejoinCode, hashToken } from '../src/server/tokens'
import { rejoinServers, workshop } from './rejoin-servers'
import type { AnyReply, Client } from './server-client'

const DECISION = 'request:foreign-backed:peacekeepers:14'
let now = Date.UTC(2026, 4, 1, 9)
const server = rejoinServers('article-four-rejoin-hostile-', () => now)

const readmit = async (facilitator: Client, team: string): Promise<string> => {
  const reply: AnyReply = await facilitator.call('facilitator:readmit', { team })
  expect(reply).toMatchObject({ ok: true })
  return reply.rejoin.code
}

/** A code of the alphabet that is not `right`. */
const wrongCode = (right: string, i: number) => {
  const code = `${CODE_ALPHABET[i % CODE_ALPHABET.length]}${CODE_ALPHABET[(i * 7) % CODE_ALPHABET.length]}ZZZZZZ`
  return code === right ? 'YYYYYYYY' : code
}

function readLog(dir: string): string[] {
  const db = new Database(join(dir, 'sessions.db'), { readonly: true })
  try {
    return db.prepare('SELECT body FROM events').pluck().all() as string[]
  } finally {
    db.close()
  }
}

describe('guessing rejoin codes', () => {
  it('counts guesses sent all at once, on many sockets of one address, before any is answered', async () => {
    now = Date.UTC(2026, 4, 1, 9)
    const at = await server({ joinsPerMinute: 5 })
    const { facilitator, code, teams } = await workshop(at)
    const right = await readmit(facilitator, teams[0]!.id)
    const sockets = await Promise.all(Array.from({ length: 8 }, () => at.client()))
    const replies: AnyReply[] = await Promise.all(
      sockets.flatMap((c, s) =>
        Array.from({ length: 5 }, (_, i) =>
          c.call('team:rejoin', { code, rejoin: wrongCode(right, s * 5 + i) }),
        ),
      ),
    )
    const counted = replies.filter((r) => r.error?.code === 'not-found').length
    expect(counted).toBe(5)
    expect(replies.filter((r) => r.error?.code === 'rate-limited').length).toBe(35)
  })

  it('gives a guess back when it finds something, so a class behind one address joins at once', async () => {
    now = Date.UTC(2026, 4, 1, 9)
    const at = await server({ joinsPerMinute: 6 })
    const { code } = await workshop(at, [], false)
    const names = ['A', 'B', 'C', 'D', 'E', 'F']
    const joins: AnyReply[] = await Promise.all(
      names.map(async (name) => (await at.client()).call('team:join', { code, name: `Team ${name}` })),
    )
    expect(joins.every((r) => r.ok)).toBe(true)
    // Nothing was missed: a wrong code is still told as wrong, not as too many.
    expect(await (await at.client()).call('session:lobby', { code: 'ZZZZZZ' })).toMatchObject({
      error: { code: 'not-found' },
    })
  })
})

describe('a facilitator pressing readmit over and over', () => {
  it('draws a few codes at once, then one a minute, so the log does not grow without end', async () => {
    now = Date.UTC(2026, 4, 1, 9)
    const at = await server()
    const { facilitator, teams } = await workshop(at)
    const before = readLog(at.dir).length
    let drawn = 0
    for (let i = 0; i < 30; i++) {
      now += 1_000 // slower than a seat's two changes a second, so only the readmit limit can refuse
      const reply: AnyReply = await facilitator.call('facilitator:readmit', { team: teams[0]!.id })
      if (reply.ok) drawn++
      else expect(reply).toMatchObject({ error: { code: 'rate-limited' } })
    }
    expect(drawn).toBeLessThanOrEqual(11)
    expect(readLog(at.dir).length - before).toBe(drawn)
    now += 60_000
    expect(await facilitator.call('facilitator:readmit', { team: teams[0]!.id })).toMatchObject({ ok: true })
  })
})

describe('races', () => {
  it('lets exactly one of two devices redeem one code at once', async () => {
    const at = await server()
    const { facilitator, code, teams } = await workshop(at)
    const right = await readmit(facilitator, teams[0]!.id)
    const [a, b] = await Promise.all([at.client(), at.client()])
    const replies: AnyReply[] = await Promise.all([
      a!.call('team:rejoin', { code, rejoin: right }),
      b!.call('team:rejoin', { code, rejoin: right }),
    ])
    expect(replies.filter((r) => r.ok).length).toBe(1)
    expect(replies.filter((r) => r.error?.code === 'not-found').length).toBe(1)
  })

  it('lets the old device’s submission in only before the rejoin, never after', async () => {
    const at = await server()
    const { facilitator, code, teams } = await workshop(at)
    const right = await readmit(facilitator, teams[0]!.id)
    const fresh = await at.client()
    const [submitted, back]: AnyReply[] = await Promise.all([
      teams[0]!.client.call('team:submit', { round: 1, decision: DECISION }),
      fresh.call('team:rejoin', { code, rejoin: right }),
    ])
    expect(back).toMatchObject({ ok: true })
    // Sent first, it is in, and the new device sees it; else it was refused as the old device's.
    if (submitted.ok) expect(back.view.turn.submitted).toBe(DECISION)
    else expect(submitted).toMatchObject({ error: { code: 'forbidden' } })
    expect(await teams[0]!.client.call('team:submit', { round: 1, decision: 'no-request' })).toMatchObject({
      error: { code: 'forbidden' },
    })
  })
})

describe('codes that should admit nobody', () => {
  it('admits no team removed in the lobby with its pending code', async () => {
    const at = await server()
    const { facilitator, code, teams } = await workshop(at, ['North', 'South'], false)
    const right = await readmit(facilitator, teams[1]!.id)
    expect(
      await facilitator.call('facilitator:command', { command: { kind: 'remove', team: teams[1]!.id } }),
    ).toEqual({ ok: true })
    expect(await (await at.client()).call('team:rejoin', { code, rejoin: right })).toMatchObject({
      error: { code: 'not-found' },
    })
  })

  it('admits nobody once the session is over, with a code drawn before', async () => {
    const at = await server()
    const { facilitator, code, teams } = await workshop(at)
    const right = await readmit(facilitator, teams[0]!.id)
    expect(await facilitator.call('facilitator:command', { command: { kind: 'finish' } })).toEqual({
      ok: true,
    })
    const fresh = await at.client()
    expect(await fresh.call('team:rejoin', { code, rejoin: right })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'the session is over: there is no seat to take back' },
    })
    expect(await teams[0]!.client.call('team:resume', { token: teams[0]!.token })).toMatchObject({ ok: true })
  })

  it('refuses a string too long to be a code, and reads odd ones as the code they look like, or as none', async () => {
    const at = await server()
    const { facilitator, code, teams } = await workshop(at, ['North', 'South'])
    const north = await readmit(facilitator, teams[0]!.id)
    expect(await (await at.client()).call('team:rejoin', { code, rejoin: 'A'.repeat(33) })).toMatchObject({
      error: { code: 'bad-request' },
    })
    for (const odd of ['', '   ', '😀😀😀😀😀😀😀😀', '\u0000'.repeat(8), `${north}\u0301`])
      expect(await (await at.client()).call('team:rejoin', { code, rejoin: odd })).toMatchObject({
        error: { code: 'not-found' },
      })
    // Pasted from a message: a non-breaking hyphen, a zero-width space, a soft hyphen.
    const pasted = `${north.slice(0, 4)}\u2011\u200b${north.slice(4, 6)}\u00ad${north.slice(6)}`
    expect(await (await at.client()).call('team:rejoin', { code, rejoin: pasted })).toMatchObject({
      ok: true,
      view: { team: { id: teams[0]!.id } },
    })
    // Typed on a Russian keyboard, Cyrillic where a letter looks Latin, in lower case.
    const south = await readmit(facilitator, teams[1]!.id)
    const cyrillic = south
      .toLowerCase()
      .replace(/[abcehkmptxy]/g, (c) => 'авсенкмртху'['abcehkmptxy'.indexOf(c)]!)
    expect(await (await at.client()).call('team:rejoin', { code, rejoin: cyrillic })).toMatchObject({
      ok: true,
      view: { team: { id: teams[1]!.id } },
    })
  })
})

describe('seats and browsers', () => {
  it('readmits the second team of a parallel-whole session to its own table, not the first’s', async () => {
    const at = await server()
    const { facilitator, code, teams } = await workshop(at, ['North', 'South'])
    const right = await readmit(facilitator, teams[1]!.id)
    const back: AnyReply = await (await at.client()).call('team:rejoin', { code, rejoin: right })
    expect(back).toMatchObject({ ok: true, view: { team: { id: teams[1]!.id, table: teams[1]!.table } } })
    expect(teams[1]!.table).not.toBe(teams[0]!.table)
  })

  it('lets a socket that already holds the team rejoin it, and keeps it seated', async () => {
    const at = await server()
    const { facilitator, code, teams } = await workshop(at)
    const right = await readmit(facilitator, teams[0]!.id)
    const same = teams[0]!.client
    const back: AnyReply = await same.call('team:rejoin', { code, rejoin: right })
    expect(back).toMatchObject({ ok: true })
    expect(await same.call('team:submit', { round: 1, decision: DECISION })).toEqual({ ok: true })
    expect(await (await at.client()).call('team:resume', { token: teams[0]!.token })).toMatchObject({
      ok: false,
    })
  })
})

describe('the log', () => {
  it('keeps no plain SHA-256 of a code, and the same code hashes apart in two sessions', async () => {
    const at = await server()
    const one = await workshop(at)
    const right = await readmit(one.facilitator, one.teams[0]!.id)
    const bodies = readLog(at.dir)
    expect(bodies.some((b) => b.includes(right))).toBe(false)
    expect(bodies.some((b) => b.includes(hashToken(right)))).toBe(false)
    const opened = bodies.map((b) => JSON.parse(b)).find((e) => e.kind === 'readmit-opened')
    expect(opened.codeHash).toMatch(/^scrypt:/)
    expect(opened.codeHash).toBe(await hashRejoinCode(right, one.id as SessionId))
    expect(await hashRejoinCode(right, 'another-session' as SessionId)).not.toBe(opened.codeHash)
  })
})
