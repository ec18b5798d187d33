// A hostile client against the live server, at the level below the protocol's messages and around it: a packet
// nested deep enough to hold the event loop closes its connection before it is parsed, binary data is refused
// in plain words, one address guessing join codes is slowed down while a class typing the right one is not, and
// a method the HTTP side does not take is answered with the ones it does.
// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { nestsDeeper, PACKET_DEPTH } from '../src/server/packet-depth'
import { connect } from './server-client'
import { serversPerTest } from './servers-per-test'

const MINUTE = 60 * 1000
let now = Date.UTC(2026, 4, 1, 9)
const start = serversPerTest('article-four-hostile-')

async function server(joinsPerMinute = 60, connectionsPerAddress = 500) {
  const logged: string[] = []
  const { server: s, keep } = await start({
    limits: { joinsPerMinute, connectionsPerAddress },
    now: () => now,
    log: (m) => logged.push(m),
  })
  /** A fresh socket each time, as a client dodging a per-socket limit would open. */
  const client = async () => keep(await connect(s.url))
  return { url: s.url, client, logged }
}

describe('packets nested deep', () => {
  it('counts the nesting of brackets, not of brackets inside strings', () => {
    expect(nestsDeeper('[["a",{"b":[1]}]]', 4)).toBe(false)
    expect(nestsDeeper('[["a",{"b":[[1]]}]]', 4)).toBe(true)
    expect(nestsDeeper(`["${'['.repeat(100)}"]`, 2)).toBe(false)
    expect(nestsDeeper(`["\\"${'['.repeat(100)}"]`, 2)).toBe(false)
    expect(nestsDeeper(`${'['.repeat(PACKET_DEPTH)}${']'.repeat(PACKET_DEPTH)}`, PACKET_DEPTH)).toBe(false)
  })

  it('closes the connection of a packet nested too deep, unanswered, and serves the others', async () => {
    const { client, logged } = await server()
    const other = await client()
    const hostile = await client()
    let answered = false
    const closed = new Promise<string>((done) => hostile.socket.once('disconnect', done))
    const deep = JSON.parse(`${'['.repeat(1000)}${']'.repeat(1000)}`)
    hostile.socket.emit('session:lobby', deep, () => {
      answered = true
    })
    expect(await closed).toBe('transport close')
    expect(answered).toBe(false)
    expect(logged).toEqual([
      `a client's packet nested deeper than ${PACKET_DEPTH} levels; its connection was closed`,
    ])
    expect(await other.call('scenarios:list', {})).toMatchObject({ ok: true })
  })

  it('still reads every message of the protocol as it was', async () => {
    const { client } = await server()
    const c = await client()
    const created = await c.call('session:create', {
      scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
      format: { kind: 'parallel-roles', tables: 2 },
    })
    expect(created).toMatchObject({ ok: true })
    const team = await client()
    expect(await team.call('team:join', { code: created.session.code, name: 'Tashkent' })).toMatchObject({
      ok: true,
    })
    expect(await c.call('facilitator:command', { command: { kind: 'start' } })).toEqual({ ok: true })
    expect(await c.call('facilitator:command', { command: { kind: 'extend', seconds: 30 } })).toEqual({
      ok: true,
    })
  })
})

describe('binary data', () => {
  it('is refused in plain words, as the payload or inside it', async () => {
    const { client } = await server()
    const c = await client()
    const refusal = {
      ok: false,
      error: { code: 'bad-request', message: 'send the payload as JSON text: binary data is not accepted' },
    }
    expect(await c.call('team:submit', Buffer.from('refuse'))).toEqual(refusal)
    expect(await c.call('team:submit', { round: 1, decision: Buffer.from('refuse') })).toEqual(refusal)
    expect(await c.call('scenarios:list', {})).toMatchObject({ ok: true })
  })
})

describe('join codes guessed from one address', () => {
  const wrong = (i: number) => `ZZZZZ${'23456789'[i % 8]}`

  it('are refused past the limit a minute, however many sockets, until the minute refills', async () => {
    now = Date.UTC(2026, 4, 1, 9)
    const { client } = await server(3)
    const f = await client()
    const { session } = await f.call('session:create', {
      scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
      format: { kind: 'parallel-whole' },
    })
    for (let i = 0; i < 2; i++)
      expect(await (await client()).call('session:lobby', { code: wrong(i) })).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      })
    expect(await (await client()).call('team:join', { code: wrong(2), name: 'Guess' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    const refused = {
      ok: false,
      error: {
        code: 'rate-limited',
        reason: 'guesses-missed',
        // A third of the minute: the time one guess of three takes to come back.
        retryAfterMs: 20_000,
        message:
          "at most 3 codes that find nothing may be tried from one address in a minute: check the code on the facilitator's screen and try again in a minute",
      },
    }
    expect(await (await client()).call('session:lobby', { code: wrong(3) })).toEqual(refused)
    expect(await (await client()).call('session:lobby', { code: session.code })).toEqual(refused)
    expect(await (await client()).call('team:join', { code: session.code, name: 'Late' })).toEqual(refused)
    now += MINUTE
    expect(await (await client()).call('session:lobby', { code: session.code })).toMatchObject({ ok: true })
  })

  it('does not count a code that finds its session: a class behind one address peeks as often as it needs', async () => {
    now = Date.UTC(2026, 4, 1, 9)
    const { client } = await server(3)
    const f = await client()
    const { session } = await f.call('session:create', {
      scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
      format: { kind: 'parallel-whole' },
    })
    for (let i = 0; i < 10; i++)
      expect(await (await client()).call('session:lobby', { code: session.code })).toMatchObject({ ok: true })
  })
})

describe('connections from one address', () => {
  const refusedConnection = (url: string) =>
    connect(url).then(
      (c) => {
        c.close()
        return false
      },
      () => true,
    )

  it('are refused past the limit held at once, logged once, and taken again once one closes', async () => {
    const { url, client, logged } = await server(60, 3)
    const held = [await client(), await client(), await client()]
    expect(await refusedConnection(url)).toBe(true)
    expect(await refusedConnection(url)).toBe(true)
    expect(logged).toEqual(['127.0.0.1 holds 3 connections, as many as one address may: more are refused'])
    expect(await held[0]!.call('scenarios:list', {})).toMatchObject({ ok: true })
    held[0]!.close()
    // The server hears of the close on its own connection: a few tries may come before it has.
    let refusals = 0
    while (await refusedConnection(url)) expect(++refusals).toBeLessThan(50)
  })
})

describe('the HTTP side', () => {
  it('answers a method it does not take with the ones it does', async () => {
    const { url } = await server()
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const reply = await fetch(`${url}/`, { method })
      expect(reply.status).toBe(405)
      expect(reply.headers.get('allow')).toBe('GET, HEAD')
      expect(await reply.text()).toBe('method not allowed: this server only answers GET and HEAD')
    }
  })
})
