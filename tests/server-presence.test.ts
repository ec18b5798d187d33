// Who is connected, as the facilitator's dashboard hears it from a real server: a team's devices come and go,
// and a late joiner's lobby says whether the session is still to start, under way or over.
// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { FacilitatorView } from '../src/live/protocol'
import { type RunningServer, startServer } from '../src/server/server'
import { type AnyReply, type Client, connect } from './server-client'

const dir = mkdtempSync(join(tmpdir(), 'article-four-presence-'))
let server: RunningServer
const clients: Client[] = []
/** The server's clock: each test sets the time a socket closes at. */
let clock = 1_000_000
beforeAll(async () => {
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: dir,
    distDir: dir,
    now: () => clock,
    log: () => {},
  })
})
afterAll(async () => {
  for (const c of clients) c.close()
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

async function client(): Promise<Client> {
  const c = await connect(server.url)
  clients.push(c)
  return c
}

async function session() {
  const facilitator = await client()
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
  })
  const code = created.session.code as string
  const join = async (name: string) => {
    const c = await client()
    const joined: AnyReply = await c.call('team:join', { code, name })
    expect(joined).toMatchObject({ ok: true })
    return { client: c, token: joined.token as string }
  }
  return { facilitator, code, join, token: created.token as string }
}

const connectionOf = (v: FacilitatorView, name: string) => v.teams.find((t) => t.name === name)?.connection

it('tells the facilitator a team is connected, then not since its socket closed, then connected again', async () => {
  const { facilitator, join } = await session()
  const steppe = await join('Steppe')
  await facilitator.facilitatorView((v) => connectionOf(v, 'Steppe')?.kind === 'connected')

  clock += 60_000
  const closedAt = clock
  steppe.client.close()
  const offline = await facilitator.facilitatorView((v) => connectionOf(v, 'Steppe')?.kind === 'offline')
  expect(connectionOf(offline, 'Steppe')).toEqual({ kind: 'offline', since: closedAt })

  clock += 120_000
  const back = await client()
  expect(await back.call('team:resume', { token: steppe.token })).toMatchObject({ ok: true })
  const again = await facilitator.facilitatorView(
    (v) => v.serverNow === clock && connectionOf(v, 'Steppe')?.kind === 'connected',
  )
  expect(connectionOf(again, 'Steppe')).toEqual({ kind: 'connected' })
})

it('keeps a team with two devices connected until the last one closes', async () => {
  const { facilitator, join } = await session()
  const steppe = await join('Steppe')
  const second = await client()
  expect(await second.call('team:resume', { token: steppe.token })).toMatchObject({ ok: true })
  await facilitator.facilitatorView((v) => connectionOf(v, 'Steppe')?.kind === 'connected')
  steppe.client.close()
  second.close()
  const offline = await facilitator.facilitatorView((v) => connectionOf(v, 'Steppe')?.kind === 'offline')
  // Said once, when no device was left, and not before.
  expect(
    facilitator.views.filter(
      (v) => v.audience === 'facilitator' && connectionOf(v, 'Steppe')?.kind === 'offline',
    ),
  ).toEqual([offline])
})

it("gives a facilitator who comes back each team's connection", async () => {
  const { facilitator, token, join } = await session()
  await join('Steppe')
  const gone = await join('Silk Road')
  clock += 1000
  gone.client.close()
  const told = await facilitator.facilitatorView((v) => connectionOf(v, 'Silk Road')?.kind === 'offline')
  const back = await client()
  const resumed: AnyReply = await back.call('facilitator:resume', { token })
  expect(connectionOf(resumed.view, 'Steppe')).toEqual({ kind: 'connected' })
  expect(connectionOf(resumed.view, 'Silk Road')).toEqual(connectionOf(told, 'Silk Road'))
})

it('tells a late joiner whether the session is open, under way or over', async () => {
  const { facilitator, code, join } = await session()
  await join('Steppe')
  const late = await client()
  const lobby = async () => ((await late.call('session:lobby', { code })) as AnyReply).lobby
  expect(await lobby()).toMatchObject({ open: true, finished: false })
  await facilitator.call('facilitator:command', { command: { kind: 'start' } })
  expect(await lobby()).toMatchObject({ open: false, finished: false })
  expect(await facilitator.call('facilitator:command', { command: { kind: 'finish' } })).toEqual({ ok: true })
  expect(await lobby()).toMatchObject({ open: false, finished: true })
})
