// The live server on 127.0.0.1, driven by real socket.io clients: joining, secret submissions revealed
// together, injects and the clock, exports, and what a careless or hostile client cannot do.
// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { io } from 'socket.io-client'
import { describe, expect, it } from 'vitest'
import { LIMITS, PROTOCOL_VERSION, type View } from '../src/live/protocol'
import { numberedSources } from '../src/scenario/numbered-sources'
import { fileServer } from './file-server'
import { type AnyReply, type Client, connect, wholeDebrief } from './server-client'
import { bundled } from './server-fakes'

const server = fileServer('article-four-live-')
const clients: Client[] = []

server.beforeClose(() => {
  for (const c of clients) c.close()
})

async function client(): Promise<Client> {
  const c = await connect(server.url)
  clients.push(c)
  return c
}

/** A facilitator with a fresh session of Kazakhstan 2022, and teams joined to it. */
async function session(format: object = { kind: 'one-table' }, extra: object = {}) {
  const facilitator = await client()
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format,
    roundSeconds: 0,
    ...extra,
  })
  expect(created.ok).toBe(true)
  const join = async (name: string, role?: string) => {
    const c = await client()
    const joined: AnyReply = await c.call('team:join', {
      code: created.session.code,
      name,
      ...(role ? { role } : {}),
    })
    expect(joined).toMatchObject({ ok: true })
    return {
      client: c,
      token: joined.token as string,
      id: joined.view.team.id as string,
      brief: joined.brief,
    }
  }
  return { facilitator, created, code: created.session.code as string, token: created.token as string, join }
}

describe('a live session', () => {
  it('is created from a bundled scenario with a join code, a join URL and a facilitator token', async () => {
    const { created } = await session()
    expect(created.session.code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/)
    expect(created.session.joinUrl).toBe(
      `${server.url.replace('localhost', '127.0.0.1')}/#/join/${created.session.code}`,
    )
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(created.view).toMatchObject({ audience: 'facilitator', phase: { kind: 'lobby' } })
  })

  it('is created from an imported scenario text, and a broken one gets the loader problems with their lines', async () => {
    const c = await client()
    const text = readFileSync(join(import.meta.dirname, '..', 'scenarios', 'kyrgyzstan-2010.yaml'), 'utf8')
    const ok: AnyReply = await c.call('session:create', {
      scenario: { kind: 'yaml', text, name: 'mine.yaml' },
      format: { kind: 'parallel-whole' },
    })
    expect(ok).toMatchObject({ ok: true, brief: { scenario: { id: 'kyrgyzstan-2010' } } })
    const broken: AnyReply = await c.call('session:create', {
      scenario: { kind: 'yaml', text: text.replace('requester: kyrgyzstan', 'requestor: kyrgyzstan') },
      format: { kind: 'one-table' },
    })
    expect(broken).toMatchObject({ ok: false, error: { code: 'invalid-scenario' } })
    expect(broken.error.problems[0]).toMatchObject({
      line: expect.any(Number),
      message: expect.stringMatching(/requester/),
    })
  })

  it('lets teams join with the code, each with its own briefing only', async () => {
    const { join } = await session()
    const a = await join('Almaty', 'tokayev')
    const b = await join('Moscow', 'kremlin')
    expect(a.brief.team.roles.map((r: AnyReply) => r.id)).toEqual(['tokayev'])
    expect(b.brief.team.roles.map((r: AnyReply) => r.id)).toEqual(['kremlin'])
    const everythingB = JSON.stringify([b.brief, b.client.views])
    expect(everythingB).not.toContain(JSON.stringify(a.brief.team.roles[0].briefing))
    expect((await a.client.teamView((v) => v.table === null)).team.roles).toEqual(['tokayev'])
  })

  it("sends every seat the scenario's sources in the one numbering the single-player pages use", async () => {
    const { created, join } = await session()
    const team = await join('Almaty', 'tokayev')
    // The scenario's own list, then what only its actors' summaries cite (Asia-Plus, 2019), then what only their
    // records do, each entry as the file gives it: a marker [tass-2022] is the same number on a workshop screen as
    // in the single-player debrief.
    const scenario = bundled('kazakhstan-2022')
    const numbered = numberedSources(scenario)
    expect(numbered.slice(0, scenario.sources.length)).toEqual(scenario.sources)
    const [summaries, ...records] = numbered.map((s) => s.id).slice(scenario.sources.length)
    expect(summaries).toBe('asiaplus-2019')
    const recordTexts = Object.values(scenario.actors).flatMap((a) => a.record.map((e) => e.text))
    for (const id of records) expect(recordTexts.some((text) => text.includes(id))).toBe(true)
    expect(created.brief.scenario.sources).toEqual(JSON.parse(JSON.stringify(numbered)))
    expect(team.brief.scenario.sources).toEqual(created.brief.scenario.sources)
  })

  it('speaks protocol version 12, the first that answers unrestorable for a logged session it cannot rebuild', () => {
    expect(PROTOCOL_VERSION).toBe(12)
  })

  it('keeps decisions secret until the facilitator advances, then shows them to every team at once', async () => {
    const { facilitator, join } = await session({ kind: 'parallel-whole' })
    const a = await join('A')
    const b = await join('B')
    expect(await facilitator.call('facilitator:command', { command: { kind: 'start' } })).toEqual({
      ok: true,
    })
    await b.client.teamView((v) => v.turn?.round === 1)
    expect(
      await a.client.call('team:submit', { round: 1, decision: 'request:external-attack:rapid-reaction:90' }),
    ).toEqual({
      ok: true,
    })
    const flagged = await facilitator.facilitatorView((v) => v.teams.some((t) => t.submitted === true))
    expect(JSON.stringify(flagged)).not.toContain('external-attack:rapid-reaction:90')
    // B's own options name the same decision: what must not appear is anyone's move or submission.
    for (const v of b.client.views)
      expect(v.audience === 'team' && v.turn?.submitted == null && !v.table?.moves.length).toBe(true)
    await facilitator.call('facilitator:command', { command: { kind: 'advance' } })
    const revealed = await a.client.teamView((v) => v.phase.kind === 'deciding' && v.phase.round === 2)
    expect(revealed.table?.moves[0]).toMatchObject({
      decision: 'request:external-attack:rapid-reaction:90',
      by: 'team',
      team: 'A',
    })
    const other = await b.client.teamView((v) => v.phase.kind === 'deciding' && v.phase.round === 2)
    expect(other.table?.moves[0]).toMatchObject({ by: 'stand-in', team: 'B' })
  })

  it('reveals one round when two presses of the same reveal arrive at once, from two tabs', async () => {
    const { facilitator, join } = await session({ kind: 'parallel-whole' })
    const a = await join('A')
    await facilitator.call('facilitator:command', { command: { kind: 'start' } })
    await a.client.teamView((v) => v.turn?.round === 1)
    const press = () => facilitator.call('facilitator:command', { command: { kind: 'advance', round: 1 } })
    const replies = await Promise.all([press(), press()])
    expect(replies).toContainEqual({ ok: true })
    expect(replies).toContainEqual({
      ok: false,
      error: { code: 'conflict', message: 'round 1 has already been revealed', reason: 'revealed' },
    })
    const next = await facilitator.facilitatorView((v) => v.phase.kind === 'deciding' && v.phase.round === 2)
    expect(next.phase).toMatchObject({ round: 2 })
  })

  it('gives the facilitator the clock, injects and the end of a phase, pushed to every team', async () => {
    const { facilitator, join } = await session({ kind: 'one-table' }, { roundSeconds: 120 })
    const a = await join('A', 'tokayev')
    const command = (c: object) => facilitator.call('facilitator:command', { command: c })
    await command({ kind: 'start' })
    const running = await a.client.teamView((v) => v.phase.kind === 'deciding')
    expect(running.phase).toMatchObject({ clock: { kind: 'running', deadline: expect.any(Number) } })
    expect(await command({ kind: 'pause' })).toEqual({ ok: true })
    await a.client.teamView((v) => v.phase.kind === 'deciding' && v.phase.clock.kind === 'paused')
    expect(await command({ kind: 'extend', seconds: 60 })).toEqual({ ok: true })
    await a.client.teamView(
      (v) =>
        v.phase.kind === 'deciding' && v.phase.clock.kind === 'paused' && v.phase.clock.remaining > 120_000,
    )
    expect(await command({ kind: 'resume' })).toEqual({ ok: true })
    const inject = 'morgue-claims'
    expect(await command({ kind: 'release', inject })).toEqual({ ok: true })
    await a.client.teamView((v) => v.injects.some((i) => i.id === inject))
    expect(await command({ kind: 'close' })).toEqual({ ok: true })
    expect(await a.client.call('team:submit', { round: 1, decision: 'no-request' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    })
    expect(await command({ kind: 'finish' })).toEqual({ ok: true })
    // The outcomes are the pool's thousand runs: given the time the other tests here give them.
    const done = await a.client.teamView(
      (v) => v.phase.kind === 'finished' && v.debrief?.tables[0]?.outcome != null,
      20_000,
    )
    expect(done.debrief?.history).toMatchObject({ requested: true })
  })

  it("sends a finished game's outcomes as a notice that makes each seat's view the one it would get afresh", async () => {
    const { facilitator, join, token } = await session({ kind: 'one-table' })
    const a = await join('A', 'tokayev')
    // What the server pushed, before the test client puts notices into views.
    const pushed: { view: View[]; outcomes: object[] } = { view: [], outcomes: [] }
    for (const c of [facilitator, a.client]) {
      c.socket.on('view', (v: View) => pushed.view.push(v))
      c.socket.on('outcomes', (n: object) => pushed.outcomes.push(n))
    }
    await facilitator.call('facilitator:command', { command: { kind: 'start' } })
    await facilitator.call('facilitator:command', { command: { kind: 'finish' } })
    const withOutcome = (v: View) => !!wholeDebrief(v)?.tables.every((t) => t.outcome !== null)
    const seen = await facilitator.facilitatorView(withOutcome, 20_000)
    const mine = await a.client.teamView(withOutcome, 20_000)
    // The views went out once, without the outcomes; the outcomes came after, one notice to each seat.
    expect(pushed.view.filter(withOutcome)).toEqual([])
    expect(pushed.outcomes).toHaveLength(2)
    // A seat that comes back now gets the same views whole.
    const now = { serverNow: 0 }
    const back: AnyReply = await (await client()).call('facilitator:resume', { token })
    expect({ ...seen, ...now }).toEqual({ ...back.view, ...now })
    const again: AnyReply = await (await client()).call('team:resume', { token: a.token })
    expect({ ...mine, ...now }).toEqual({ ...again.view, ...now })
  })

  it('exports results as JSON and CSV to the facilitator, over HTTP and by ack, and to nobody else', async () => {
    const { facilitator, join, code, token } = await session({ kind: 'parallel-whole' })
    const a = await join('A')
    await facilitator.call('facilitator:command', { command: { kind: 'start' } })
    await facilitator.call('facilitator:command', { command: { kind: 'finish' } })
    const url = `${server.url}/api/sessions/${code}/results`
    const json = await fetch(`${url}.json`, { headers: { authorization: `Bearer ${token}` } })
    expect(json.status).toBe(200)
    expect(await json.json()).toMatchObject({ session: { code }, tables: [{ table: 1, status: 'finished' }] })
    const csv = await fetch(`${url}.csv`, { headers: { authorization: `Bearer ${token}` } })
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/)
    expect((await csv.text()).split('\r\n')).toHaveLength(3)
    expect((await fetch(`${url}.json`)).status).toBe(401)
    expect((await fetch(`${url}.json`, { headers: { authorization: `Bearer ${a.token}` } })).status).toBe(403)
    expect(await facilitator.call('facilitator:export', { format: 'csv' })).toMatchObject({
      ok: true,
      filename: `kazakhstan-2022-${code}-results.csv`,
    })
    expect(await a.client.call('facilitator:export', { format: 'json' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
  })

  it('refuses every facilitator action to a team, and a team cannot resume as the facilitator', async () => {
    const { join } = await session()
    const a = await join('A', 'tokayev')
    for (const kind of ['start', 'advance', 'close', 'pause', 'resume', 'finish'])
      expect(await a.client.call('facilitator:command', { command: { kind } })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      })
    expect(await a.client.call('facilitator:resume', { token: a.token })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })

  it('rejoins the same team at the same phase after a reload, with its decision kept', async () => {
    const { facilitator, join } = await session()
    const a = await join('A', 'tokayev')
    await facilitator.call('facilitator:command', { command: { kind: 'start' } })
    await a.client.call('team:submit', { round: 1, decision: 'no-request' })
    a.client.close()
    const again = await client()
    const resumed: AnyReply = await again.call('team:resume', { token: a.token })
    expect(resumed).toMatchObject({
      ok: true,
      view: { team: { id: a.id, name: 'A' }, phase: { round: 1 }, turn: { submitted: 'no-request' } },
    })
    await facilitator.call('facilitator:command', { command: { kind: 'advance' } })
    await again.teamView((v) => v.table?.moves[0]?.decision === 'no-request')
  })

  it('serves the built app', async () => {
    const page = await fetch(`${server.url}/`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Article Four')
    expect((await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`)).status).toBe(404)
  })
})

describe('a careless or hostile client', () => {
  it('is refused at the door, with the version the server speaks, when it speaks another protocol or none', async () => {
    const refusal = (auth?: object) =>
      new Promise<unknown>((done, fail) => {
        const socket = io(server.url, {
          transports: ['websocket'],
          forceNew: true,
          reconnection: false,
          auth,
        })
        socket.once('connect', () => {
          socket.disconnect()
          fail(new Error(`connected with ${JSON.stringify(auth)}`))
        })
        socket.once('connect_error', (e: Error & { data?: unknown }) => {
          socket.disconnect()
          done(e.data)
        })
      })
    // A page from before versions were sent, an older and a newer version, and versions that are no numbers.
    for (const auth of [
      undefined,
      {},
      { protocol: PROTOCOL_VERSION - 1 },
      { protocol: PROTOCOL_VERSION + 1 },
      { protocol: String(PROTOCOL_VERSION) },
      { protocol: [PROTOCOL_VERSION] },
      { protocol: null },
    ])
      expect(await refusal(auth)).toEqual({ code: 'protocol-version', server: PROTOCOL_VERSION })
    expect(await (await client()).call('scenarios:list', {})).toMatchObject({ ok: true })
  })

  it('gets an error ack for a malformed, misaddressed or oversized message, and the server serves on', async () => {
    const c = await client()
    const replies = await Promise.all([
      c.call('team:join', { code: 'nope', name: 'x' }),
      c.call('team:join', { code: 'ABCDEF', name: 'x', extra: 1 }),
      c.call('team:join', 'not an object'),
      c.call('team:join'),
      c.call('team:join', {}, {}),
      c.call('team:submit', { round: 1, decision: 'launch:everything' }),
      c.call('no:such:event', {}),
      c.call('team:join', { code: 'ABCDEF', name: 'x'.repeat(LIMITS.messageBytes + 1) }),
      c.call('team:join', { code: 'ABCDEF', name: 'x' }),
      c.call('team:submit', { round: 1, decision: 'no-request' }),
    ])
    expect(replies.map((r) => r.error?.code)).toEqual([
      'bad-request',
      'bad-request',
      'bad-request',
      'bad-request',
      'bad-request',
      'bad-request',
      'unknown-event',
      'too-large',
      'not-found',
      'forbidden',
    ])
    c.socket.emit('team:join', { code: 'ABCDEF', name: 'no ack' })
    expect(await c.call('scenarios:list', {})).toMatchObject({ ok: true })
  })

  it('loses only its own connection when a frame exceeds the transport ceiling', async () => {
    const c = await client()
    const closed = new Promise((done) => c.socket.once('disconnect', done))
    c.socket.emit('session:create', { junk: 'x'.repeat(LIMITS.transportBytes + 10) }, () => {})
    await closed
    expect(await (await client()).call('scenarios:list', {})).toMatchObject({ ok: true })
  })

  it('is throttled when it floods, then disconnected if it keeps on', async () => {
    const c = await client()
    const disconnected = new Promise((done) => c.socket.once('disconnect', done))
    const replies: AnyReply[] = []
    for (let i = 0; i < LIMITS.burst + LIMITS.floodDisconnect + 20; i++)
      c.socket.emit('scenarios:list', {}, (r: AnyReply) => replies.push(r))
    await disconnected
    // The bucket refills while the burst is sent: a token or two more may pass.
    expect(replies.filter((r) => r.ok).length).toBeGreaterThanOrEqual(LIMITS.burst)
    expect(replies.filter((r) => r.ok).length).toBeLessThan(LIMITS.burst + 5)
    expect(replies.some((r) => r.error?.code === 'rate-limited')).toBe(true)
    expect(await (await client()).call('scenarios:list', {})).toMatchObject({ ok: true })
  })
})
