// Nothing is lost when the server dies: a child server is killed with SIGKILL mid-round, or after the end,
// a new one starts on the same data folder, and every session, team, decision and inject is back, and a
// finished session's outcomes with them.
// @vitest-environment node
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import type { View } from '../src/live/protocol'
import { type AnyReply, type Client, connect, wholeDebrief } from './server-client'
import { startServerProcess } from './server-process'

const dataDir = mkdtempSync(join(tmpdir(), 'article-four-restart-'))
const children: ChildProcess[] = []
const clients: Client[] = []

afterAll(() => {
  for (const c of clients) c.close()
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
  rmSync(dataDir, { recursive: true, force: true })
})

/** `npm start`'s server without the build: node with tsx, on an ephemeral port, the data folder given. */
function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const { child, ready } = startServerProcess({ DATA_DIR: dataDir })
  children.push(child)
  return ready.then((url) => ({ child, url }))
}

async function client(url: string): Promise<Client> {
  const c = await connect(url)
  clients.push(c)
  return c
}

it('resumes every session with every submitted decision after the server is killed mid-round', async () => {
  const first = await startChild()
  const facilitator = await client(first.url)
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
    roundSeconds: 600,
  })
  // One after the other: the facilitator's list is in the order teams joined, and two joins sent at once may
  // arrive either way round.
  const teams: { name: string; token: string }[] = []
  for (const name of ['North', 'South']) {
    const c = await client(first.url)
    const joined: AnyReply = await c.call('team:join', { code: created.session.code, name })
    teams.push({ name, token: joined.token as string })
  }
  await facilitator.call('facilitator:command', { command: { kind: 'start' } })
  await facilitator.call('facilitator:command', { command: { kind: 'release', inject: 'morgue-claims' } })
  const north = await client(first.url)
  await north.call('team:resume', { token: teams[0]!.token })
  expect(
    await north.call('team:submit', { round: 1, decision: 'request:foreign-backed:peacekeepers:14' }),
  ).toEqual({
    ok: true,
  })
  const before = (await facilitator.call('facilitator:resume', { token: created.token })).view

  first.child.kill('SIGKILL')
  await new Promise((done) => first.child.once('exit', done))

  const second = await startChild()
  const back = await client(second.url)
  const resumed: AnyReply = await back.call('facilitator:resume', { token: created.token })
  expect(resumed).toMatchObject({
    ok: true,
    view: {
      code: created.session.code,
      phase: { kind: 'deciding', round: 1, clock: before.phase.clock },
      teams: [
        { name: 'North', submitted: true },
        { name: 'South', submitted: false },
      ],
    },
  })
  expect(resumed.view.released).toEqual([{ inject: 'morgue-claims', round: 1 }])

  const northAgain = await client(second.url)
  expect(await northAgain.call('team:resume', { token: teams[0]!.token })).toMatchObject({
    ok: true,
    view: {
      team: { name: 'North' },
      turn: { round: 1, submitted: 'request:foreign-backed:peacekeepers:14' },
    },
  })
  const south = await client(second.url)
  await south.call('team:resume', { token: teams[1]!.token })
  expect(await south.call('team:submit', { round: 1, decision: 'no-request' })).toEqual({ ok: true })
  await back.call('facilitator:command', { command: { kind: 'advance' } })
  const revealed = await northAgain.teamView((v) => v.phase.kind === 'deciding' && v.phase.round === 2)
  expect(revealed.table?.moves[0]).toMatchObject({
    decision: 'request:foreign-backed:peacekeepers:14',
    by: 'team',
  })
  second.child.kill('SIGTERM')
}, 30_000)

it("brings back a finished session's outcomes for its debrief after the server is killed", async () => {
  const first = await startChild()
  const facilitator = await client(first.url)
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kyrgyzstan-2010' },
    format: { kind: 'parallel-whole' },
    roundSeconds: 0,
  })
  const team = await client(first.url)
  const joined: AnyReply = await team.call('team:join', { code: created.session.code, name: 'Osh' })
  await facilitator.call('facilitator:command', { command: { kind: 'start' } })
  await facilitator.call('facilitator:command', { command: { kind: 'finish' } })
  const computed = (v: View) => !!wholeDebrief(v)?.tables.every((t) => t.outcome !== null)
  // The outcome worker starts with the server: under load it may take seconds before its first outcome.
  const seen = await facilitator.facilitatorView(computed, 20_000)
  first.child.kill('SIGKILL')
  await new Promise((done) => first.child.once('exit', done))

  // Each seat that comes back has the outcomes in its resume's view, or in a view pushed after it.
  const resumed = async (c: Client, event: string, token: string): Promise<View> => {
    const reply: AnyReply = await c.call(event, { token })
    return computed(reply.view) ? reply.view : c.view(computed, 20_000)
  }
  const second = await startChild()
  const back = await resumed(await client(second.url), 'facilitator:resume', created.token)
  expect(wholeDebrief(back)).toEqual(wholeDebrief(seen))
  const again = await resumed(await client(second.url), 'team:resume', joined.token)
  expect(again.debrief).toEqual(wholeDebrief(seen))
  second.child.kill('SIGTERM')
}, 60_000)
