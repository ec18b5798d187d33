// What one client address, and all of them together, may ask of a server: sessions created and teams joined
// per address however many sockets it opens, changes made and sockets held per seat however many sockets share
// it, sessions held and scenario text kept in all, each refused with a message that says which limit and what
// to do; and the address a client is counted by.
// @vitest-environment node

import { readFileSync } from 'node:fs'
import type { IncomingMessage } from 'node:http'
import { join } from 'node:path'
import { io } from 'socket.io-client'
import { describe, expect, it } from 'vitest'
import { HANDSHAKE, LIMITS } from '../src/live/protocol'
import { clientAddress } from '../src/server/address-limits'
import type { ServerLimits } from '../src/server/limits'
import { type AnyReply, Client, connect } from './server-client'
import { serversPerTest } from './servers-per-test'

const MINUTE = 60 * 1000
const TEXT = readFileSync(join(import.meta.dirname, '..', 'scenarios', 'kazakhstan-2022.yaml'), 'utf8')
let now = Date.UTC(2026, 4, 1, 9)
const start = serversPerTest('article-four-limits-')

async function server(limits: Partial<ServerLimits>, trustProxy = false) {
  const { server: s, keep } = await start({ limits, trustProxy, now: () => now })
  /** A fresh socket each time, as a client dodging a per-socket limit would open. */
  const client = async (forwardedFor?: string) => {
    const c = forwardedFor
      ? await new Promise<Client>((done, fail) => {
          const socket = io(s.url, {
            transports: ['websocket'],
            auth: HANDSHAKE,
            forceNew: true,
            reconnection: false,
            extraHeaders: { 'x-forwarded-for': forwardedFor },
          })
          socket.once('connect', () => done(new Client(socket)))
          socket.once('connect_error', fail)
        })
      : await connect(s.url)
    return keep(c)
  }
  const create = async (
    forwardedFor?: string,
    scenario: object = { kind: 'bundled', id: 'kazakhstan-2022' },
  ) => (await client(forwardedFor)).call('session:create', { scenario, format: { kind: 'parallel-whole' } })
  return { client, create }
}

describe('per client address', () => {
  it('creates sessions up to its hourly limit from any number of sockets, and more as the hour refills', async () => {
    const { create } = await server({ createsPerHour: 3 })
    for (let i = 0; i < 3; i++) expect(await create()).toMatchObject({ ok: true })
    expect(await create()).toEqual({
      ok: false,
      error: {
        code: 'rate-limited',
        message: 'at most 3 sessions an hour may be created from one address: try again later',
      },
    })
    now += 20 * MINUTE
    expect(await create()).toMatchObject({ ok: true })
    expect(await create()).toMatchObject({ ok: false, error: { code: 'rate-limited' } })
  })

  it('joins teams up to its limit a minute from any number of sockets, and more as the minute refills', async () => {
    const { client, create } = await server({ joinsPerMinute: 2 })
    const created: AnyReply = await create()
    const join = async (name: string) =>
      (await client()).call('team:join', { code: created.session.code, name })
    expect(await join('A')).toMatchObject({ ok: true })
    expect(await join('B')).toMatchObject({ ok: true })
    expect(await join('C')).toEqual({
      ok: false,
      error: {
        code: 'rate-limited',
        message: 'at most 2 teams a minute may join from one address: try again in a moment',
      },
    })
    now += 30 * 1000
    expect(await join('C')).toMatchObject({ ok: true })
  })

  it('is the address a trusted proxy adds, and only when the proxy is trusted', async () => {
    const trusted = await server({ createsPerHour: 1 }, true)
    expect(await trusted.create('203.0.113.7')).toMatchObject({ ok: true })
    expect(await trusted.create('198.51.100.1, 203.0.113.8')).toMatchObject({ ok: true })
    expect(await trusted.create('198.51.100.1, 203.0.113.7')).toMatchObject({
      error: { code: 'rate-limited' },
    })
    const direct = await server({ createsPerHour: 1 })
    expect(await direct.create('203.0.113.7')).toMatchObject({ ok: true })
    expect(await direct.create('203.0.113.8')).toMatchObject({ error: { code: 'rate-limited' } })
  })
})

describe('the address a client is counted by', () => {
  const request = (remoteAddress: string, forwarded?: string) =>
    ({
      headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
      socket: { remoteAddress },
    }) as IncomingMessage

  it('is its IPv4 address, written plainly when it came over IPv6', () => {
    expect(clientAddress(request('192.0.2.4'), false)).toBe('192.0.2.4')
    expect(clientAddress(request('::ffff:192.0.2.4'), false)).toBe('192.0.2.4')
  })

  it('is the /64 of an IPv6 address, the block one machine is usually given', () => {
    expect(clientAddress(request('2001:db8:1:2:aaaa::1'), false)).toBe('2001:db8:1:2::/64')
    expect(clientAddress(request('2001:DB8:1:2:bbbb:cccc:dddd:eeee'), false)).toBe('2001:db8:1:2::/64')
    expect(clientAddress(request('2001:db8::1'), false)).toBe('2001:db8:0:0::/64')
  })

  it('is the last address in X-Forwarded-For behind a trusted proxy, and the peer otherwise', () => {
    expect(clientAddress(request('127.0.0.1', '10.0.0.1, 192.0.2.9'), true)).toBe('192.0.2.9')
    expect(clientAddress(request('127.0.0.1', '10.0.0.1, 192.0.2.9'), false)).toBe('127.0.0.1')
    expect(clientAddress(request('127.0.0.1'), true)).toBe('127.0.0.1')
  })
})

describe('per seat', () => {
  /** A running round (a clock to extend) and the facilitator's token. */
  async function running() {
    const { client } = await server({})
    const facilitator = await client()
    const created: AnyReply = await facilitator.call('session:create', {
      scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
      format: { kind: 'parallel-whole' },
      roundSeconds: 300,
    })
    await (await client()).call('team:join', { code: created.session.code, name: 'North' })
    expect(await facilitator.call('facilitator:command', { command: { kind: 'start' } })).toMatchObject({
      ok: true,
    })
    /** Another socket in the facilitator's seat, as a second tab (or a client dodging the limit per socket). */
    const tab = async () => {
      const c = await client()
      return { c, reply: await c.call('facilitator:resume', { token: created.token }) }
    }
    return { facilitator, tab, token: created.token as string }
  }

  it('makes no more changes from all its sockets together than from one', async () => {
    const { tab } = await running()
    const tabs = await Promise.all(Array.from({ length: 4 }, tab))
    // Each tab sends well within its own socket's burst; the seat's bucket has taken one already (start).
    const replies = await Promise.all(
      tabs.flatMap(({ c }) =>
        Array.from({ length: 4 }, () =>
          c.call('facilitator:command', { command: { kind: 'extend', seconds: 60 } }),
        ),
      ),
    )
    const refused = replies.filter((r) => !r.ok)
    expect(replies.length - refused.length).toBe(LIMITS.seatBurst - 1)
    expect(refused[0]).toEqual({
      ok: false,
      error: { code: 'rate-limited', message: 'slow down: one seat may make at most 2 changes a second' },
    })
    now += 1000
    expect(
      await tabs[0]!.c.call('facilitator:command', { command: { kind: 'extend', seconds: 60 } }),
    ).toMatchObject({
      ok: true,
    })
  })

  it('is held on so many sockets at most, a socket already in it resuming again', async () => {
    const { tab, token } = await running()
    // The facilitator's own socket is the first.
    const tabs = []
    for (let i = 1; i < LIMITS.socketsPerSeat; i++) tabs.push(await tab())
    for (const t of tabs) expect(t.reply).toMatchObject({ ok: true })
    expect((await tab()).reply).toEqual({
      ok: false,
      error: {
        code: 'rate-limited',
        message: `this seat is open on ${LIMITS.socketsPerSeat} connections already: close it on another device or tab, then try again`,
      },
    })
    expect(await tabs[0]!.c.call('facilitator:resume', { token })).toMatchObject({ ok: true })
  })
})

describe('the whole server', () => {
  it('holds no more sessions than its limit, and says which limit to raise', async () => {
    const { create } = await server({ sessions: 2 })
    expect(await create()).toMatchObject({ ok: true })
    expect(await create()).toMatchObject({ ok: true })
    expect(await create()).toEqual({
      ok: false,
      error: {
        code: 'full',
        message:
          'this server holds as many sessions as it is allowed (2): try again once older ones are pruned, or ask whoever runs it to raise MAX_SESSIONS',
      },
    })
  })

  it('holds to its limit when creates come in a burst, each checked before the last is held', async () => {
    const { client } = await server({ sessions: 2 })
    const c = await client()
    const replies = await Promise.all(
      Array.from({ length: 8 }, () =>
        c.call('session:create', {
          scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
          format: { kind: 'parallel-whole' },
        }),
      ),
    )
    expect(replies.map((r) => (r.ok ? 'ok' : r.error.code)).sort()).toEqual([
      'full',
      'full',
      'full',
      'full',
      'full',
      'full',
      'ok',
      'ok',
    ])
  })

  it('keeps no more scenario text than its limit, imported or bundled', async () => {
    const bytes = Buffer.byteLength(TEXT)
    const { create } = await server({ scenarioBytes: 2.5 * bytes })
    expect(await create(undefined, { kind: 'yaml', text: TEXT })).toMatchObject({ ok: true })
    expect(await create()).toMatchObject({ ok: true })
    expect(await create(undefined, { kind: 'yaml', text: TEXT })).toEqual({
      ok: false,
      error: {
        code: 'full',
        message: `this server holds as much scenario text as it is allowed (${(2.5 * bytes) / 1_000_000} MB): try again once older sessions are pruned, or ask whoever runs it to raise MAX_SCENARIO_MB`,
      },
    })
  })
})
