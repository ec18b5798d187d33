// The lobby against squatters, on a real server: a browser holds one team of a session (known by a cookie the
// server gives it, or, sending none, by its socket), and the facilitator removes a team, whose token then
// admits nobody and whose screen is told.
// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { io } from 'socket.io-client'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { NAME_MAX } from '../src/live/names'
import { HANDSHAKE, LIMITS } from '../src/live/protocol'
import { BROWSER_COOKIE } from '../src/server/browser-cookie'
import { type RunningServer, startServer } from '../src/server/server'
import { type AnyReply, Client, connect } from './server-client'

const dir = mkdtempSync(join(tmpdir(), 'article-four-lobby-'))
let server: RunningServer
const clients: Client[] = []
beforeAll(async () => {
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir: dir, distDir: dir, log: () => {} })
})
afterAll(async () => {
  for (const c of clients) c.close()
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

/** A socket from a browser that sends this cookie, or from a script that sends none. */
async function client(cookie?: string): Promise<Client> {
  const c = cookie
    ? await new Promise<Client>((done, fail) => {
        const socket = io(server.url, {
          transports: ['websocket'],
          auth: HANDSHAKE,
          forceNew: true,
          reconnection: false,
          extraHeaders: { cookie },
        })
        socket.once('connect', () => done(new Client(socket)))
        socket.once('connect_error', fail)
      })
    : await connect(server.url)
  clients.push(c)
  return c
}

async function lobby() {
  const facilitator = await client()
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
  })
  const code = created.session.code as string
  return {
    facilitator,
    code,
    join: (c: Client, name: string): Promise<AnyReply> => c.call('team:join', { code, name }),
  }
}

/** The cookie the server sets on a browser's first handshake (socket.io's polling handshake shows the header). */
async function browserCookie(): Promise<string> {
  const handshake = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`)
  const set = handshake.headers.get('set-cookie') ?? ''
  expect(set).toMatch(
    new RegExp(`^${BROWSER_COOKIE}=[A-Za-z0-9_-]{22}; Path=/; Max-Age=\\d+; HttpOnly; SameSite=Lax$`),
  )
  return set.split(';')[0]!
}

it('gives a browser one team of a session, on any of its sockets, and another browser its own', async () => {
  const { join } = await lobby()
  const cookie = await browserCookie()
  expect(await join(await client(cookie), 'Steppe')).toMatchObject({ ok: true })
  expect(await join(await client(cookie), 'Squatters')).toEqual({
    ok: false,
    error: {
      code: 'conflict',
      message:
        'this browser has already joined this session as "Steppe": another team joins on another device',
      reason: 'browser-joined',
    },
  })
  expect(await join(await client(await browserCookie()), 'Silk Road')).toMatchObject({ ok: true })
})

it('gives a client that sends no cookie one team per socket', async () => {
  const { join } = await lobby()
  const script = await client()
  expect(await join(script, 'One')).toMatchObject({ ok: true })
  expect(await join(script, 'Two')).toMatchObject({ ok: false, error: { code: 'conflict' } })
  expect(await join(await client(), 'Two')).toMatchObject({ ok: true })
})

it('lets the facilitator remove a team in the lobby: its screen is told, its token admits nobody, its browser may join again', async () => {
  const { facilitator, code, join } = await lobby()
  const cookie = await browserCookie()
  const squatter = await client(cookie)
  const joined = await join(squatter, 'Squatters')
  await join(await client(), 'Steppe')
  const told = new Promise((done) => squatter.socket.once('removed', done))
  expect(
    await facilitator.call('facilitator:command', { command: { kind: 'remove', team: joined.view.team.id } }),
  ).toEqual({
    ok: true,
  })
  expect(await told).toEqual({ code })
  await facilitator.facilitatorView((v) => v.teams.map((t) => t.name).join() === 'Steppe')
  expect(await (await client()).call('team:resume', { token: joined.token })).toMatchObject({
    ok: false,
    error: { code: 'not-found' },
  })
  expect(await squatter.call('team:submit', { round: 1, decision: 'no-request' })).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  })
  expect(await join(await client(cookie), 'Squatters')).toMatchObject({ ok: true })
})

it('refuses removal to a team, and after the start', async () => {
  const { facilitator, join } = await lobby()
  const a = await client()
  const joined = await join(a, 'A')
  expect(
    await a.call('facilitator:command', { command: { kind: 'remove', team: joined.view.team.id } }),
  ).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  })
  await facilitator.call('facilitator:command', { command: { kind: 'start' } })
  expect(
    await facilitator.call('facilitator:command', { command: { kind: 'remove', team: joined.view.team.id } }),
  ).toMatchObject({
    ok: false,
    error: { code: 'conflict', message: 'teams can be removed only in the lobby' },
  })
})

it("refuses a script's empty or too long team name with the reason the app words, and seats it when it fits", async () => {
  const { join } = await lobby()
  const script = await client()
  const refused = (message: string, reason: string) => ({
    ok: false,
    error: { code: 'conflict', message, reason },
  })
  const tooLong = refused(`a team name has at most ${NAME_MAX} characters`, 'name-too-long')
  expect(await join(script, 'A'.repeat(NAME_MAX + 1))).toEqual(tooLong)
  // Counted as a reader counts them: 41 emoji of several code units each, or a name as long as a message may be.
  expect(await join(script, '👩‍💻'.repeat(NAME_MAX + 1))).toEqual(tooLong)
  expect(await join(script, 'x'.repeat(LIMITS.messageBytes - 100))).toEqual(tooLong)
  expect(await join(script, '\u200B \u3164')).toEqual(
    refused('a team needs a name with letters or digits in it', 'no-name'),
  )
  expect(await join(script, '')).toEqual(
    refused('a team needs a name with letters or digits in it', 'no-name'),
  )
  const fits = '👨‍👩‍👧‍👦'.repeat(NAME_MAX)
  expect(await join(script, fits)).toMatchObject({ ok: true, view: { team: { name: fits } } })
})
