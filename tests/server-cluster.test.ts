// Three servers on one PostgreSQL, a workshop spread over them (the facilitator on the first, a team on each
// of the others), and the first server killed with SIGKILL in the middle of a round: the facilitator comes
// back on another server with the same token, everything acknowledged is there, the game goes on to its
// debrief, and that debrief is the one a single server gives for the same seed and decisions.
// @vitest-environment node
import { join } from 'node:path'
import { expect, it, onTestFailed } from 'vitest'
import type { FacilitatorView, TeamView, View } from '../src/live/protocol'
import { clusterServers } from './cluster-servers'
import { type AnyReply, type Client, lastSeen, wholeDebrief } from './server-client'
import type { ServerProcess } from './server-process'

/** How long a dead server's sessions wait for another: short, so the test does not wait long for it. */
const LEASE_SECONDS = 2
const { database, server: inProcess, serverProcess, client, dir } = clusterServers('article-four-cluster-')
const children: ServerProcess[] = []

/** `npm start`'s server without the build, on PostgreSQL. */
async function startChild(databaseUrl: string) {
  const server = serverProcess({ DATABASE_URL: databaseUrl, LEASE_SECONDS: String(LEASE_SECONDS) })
  children.push(server)
  return { child: server.child, url: await server.ready }
}

const SESSION = {
  scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
  format: { kind: 'parallel-whole' },
  roundSeconds: 600,
  seed: 4242,
}
const INJECT = 'morgue-claims'
/** A decision each round that keeps a game going: the most forward option, not the restrained first one. */
const choose = (options: readonly string[]) => options.at(-1)!
/** Long enough for a view after a takeover (a lease, then a replay) on a loaded machine. */
const VIEW_MS = 20_000

type Team = { name: string; client: Client; token: string }

/** The latest view of a team for `round` (or the end), once it has come. */
const teamAt = (t: Team, round: number) =>
  t.client.teamView(
    (v) => v.phase.kind === 'finished' || (v.phase.kind === 'deciding' && v.phase.round === round),
    VIEW_MS,
  )

/**
 * Submits each team's decision for the round (the recorded one, or a choice recorded now) and returns the
 * acknowledged ones; `between` runs after the first acknowledgement.
 */
async function submitRound(
  teams: Team[],
  round: number,
  decisions: Map<string, string>,
  between?: () => Promise<void>,
): Promise<void> {
  let first = true
  for (const t of teams) {
    const view: TeamView = await teamAt(t, round)
    if (view.phase.kind === 'finished' || view.turn?.round !== round) continue
    const key = `${round}:${t.name}`
    const decision = decisions.get(key) ?? choose(view.turn.options)
    expect(await t.client.call('team:submit', { round, decision })).toEqual({ ok: true })
    decisions.set(key, decision)
    if (first && between) await between()
    first = false
  }
}

const computed = (v: View) => !!wholeDebrief(v)?.tables.every((t) => t.outcome !== null)

/** One server: the same session, the same decisions in the same rounds, the inject in the same round. */
async function singleServerDebrief(decisions: Map<string, string>, injectRound: number) {
  const single = await inProcess(undefined, { dataDir: join(dir, 'single'), distDir: join(dir, 'dist') })
  const facilitator = await single.client()
  const created: AnyReply = await facilitator.call('session:create', SESSION)
  const teams: Team[] = []
  for (const name of ['North', 'South']) {
    const c = await single.client()
    const joined: AnyReply = await c.call('team:join', { code: created.session.code, name })
    teams.push({ name, client: c, token: joined.token })
  }
  await facilitator.call('facilitator:command', { command: { kind: 'start' } })
  for (let round = 1; ; round++) {
    if (round === injectRound)
      await facilitator.call('facilitator:command', { command: { kind: 'release', inject: INJECT } })
    await submitRound(teams, round, decisions)
    expect(await facilitator.call('facilitator:command', { command: { kind: 'advance' } })).toEqual({
      ok: true,
    })
    const next = await facilitator.facilitatorView(
      (v) => v.phase.kind === 'finished' || (v.phase.kind === 'deciding' && v.phase.round === round + 1),
      VIEW_MS,
    )
    if (next.phase.kind === 'finished') break
  }
  return wholeDebrief(await facilitator.facilitatorView(computed, VIEW_MS))
}

it('carries a workshop over the loss of a server, to the debrief a single server gives', async () => {
  // A failure shows what each server logged: leases taken and lost, forwarded commands, errors.
  onTestFailed(() => {
    for (const [i, server] of children.entries()) console.error(`server ${i + 1} logged:\n${server.output()}`)
    for (const [name, c] of seen)
      console.error(`${name} received, in order:\n${c.views.map(lastSeen).join('\n')}`)
  })
  const databaseUrl = await database()
  const servers = []
  for (let i = 0; i < 3; i++) servers.push(await startChild(databaseUrl))
  const [first, second, third] = servers as [(typeof servers)[0], (typeof servers)[0], (typeof servers)[0]]

  const facilitator = await client(first.url)
  const seen: [string, Client][] = [['the facilitator on the first server', facilitator]]
  const created: AnyReply = await facilitator.call('session:create', SESSION)
  expect(created).toMatchObject({ ok: true })
  const teams: Team[] = []
  for (const [name, server] of [
    ['North', second],
    ['South', third],
  ] as const) {
    const c = await client(server.url)
    seen.push([name, c])
    const joined: AnyReply = await c.call('team:join', { code: created.session.code, name })
    expect(joined).toMatchObject({ ok: true })
    teams.push({ name, client: c, token: joined.token })
  }
  expect(await facilitator.call('facilitator:command', { command: { kind: 'start' } })).toEqual({ ok: true })
  const injectRound = 1
  expect(
    await facilitator.call('facilitator:command', { command: { kind: 'release', inject: INJECT } }),
  ).toEqual({ ok: true })

  const decisions = new Map<string, string>()
  await submitRound(teams, 1, decisions)
  expect(await facilitator.call('facilitator:command', { command: { kind: 'advance' } })).toEqual({
    ok: true,
  })

  // Round 2: one team's decision is acknowledged, then the server holding the session dies.
  let before: FacilitatorView | undefined
  let back: Client = facilitator
  await submitRound(teams, 2, decisions, async () => {
    before = (await facilitator.call('facilitator:resume', { token: created.token })).view
    expect(before).toMatchObject({ phase: { kind: 'deciding', round: 2 } })
    const held = new Set(teams.flatMap((t) => t.client.views))
    first.child.kill('SIGKILL')
    await new Promise((done) => first.child.once('exit', done))

    // The facilitator comes back on the second server with its token, once another server holds the session.
    back = await client(second.url)
    seen.push(['the facilitator back on the second server', back])
    const resumed: AnyReply = await back.call('facilitator:resume', { token: created.token })
    expect(resumed).toMatchObject({ ok: true })
    const view: FacilitatorView = resumed.view
    expect(view.phase).toEqual(before!.phase)
    expect(view.released).toEqual([{ inject: INJECT, round: injectRound }])
    expect(view.teams.map((t) => [t.name, t.submitted])).toEqual([
      ['North', true],
      ['South', false],
    ])
    expect(view.tables).toEqual(before!.tables)
    // What the dead server was sending as it died may never have left it: the server that took the session
    // sends each team, still connected on its own server, its view again.
    for (const t of teams)
      await t.client.teamView((v) => !held.has(v) && v.phase.kind === 'deciding', VIEW_MS)
  })
  // The team whose decision was acknowledged finds it still submitted, asking its own server again.
  const north: AnyReply = await teams[0]!.client.call('team:resume', { token: teams[0]!.token })
  expect(north.view.turn).toMatchObject({ round: 2, submitted: decisions.get('2:North') })

  for (let round = 2; ; round++) {
    if (round > 2) await submitRound(teams, round, decisions)
    expect(await back.call('facilitator:command', { command: { kind: 'advance' } })).toEqual({ ok: true })
    const next = await back.facilitatorView(
      (v) => v.phase.kind === 'finished' || (v.phase.kind === 'deciding' && v.phase.round === round + 1),
      VIEW_MS,
    )
    if (next.phase.kind === 'finished') break
  }
  const debrief = wholeDebrief(await back.facilitatorView(computed, VIEW_MS))
  // Every decision a team had acknowledged is in the game, the one made just before the kill included.
  expect(decisions.size).toBeGreaterThan(2)
  expect(debrief?.tables.flatMap((t) => t.moves.filter((m) => m.by === 'team'))).toHaveLength(decisions.size)
  // Every team, on its own server, gets the same debrief.
  for (const t of teams) expect((await t.client.teamView(computed, VIEW_MS)).debrief).toEqual(debrief)
  expect(debrief).toEqual(await singleServerDebrief(decisions, injectRound))
  for (const s of [second, third]) s.child.kill('SIGTERM')
}, 120_000)
