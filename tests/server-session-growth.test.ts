// A facilitator cannot grow its session's event log without end through the commands no round bounds: teams let in
// and removed from the lobby, and codes drawn to let a team back in. Each is an event, kept until the session is
// pruned and replayed at every start. Before, a facilitator of a session it had made itself, with teams joining from
// one address at its sixty a minute, removed each again and wrote 7,200 events an hour (1.2 MB), and drew a rejoin
// code a minute for as long as it liked; every event kept the session from being pruned for another day.
// @vitest-environment node
import { expect, it } from 'vitest'
import { REMOVES_PER_SESSION } from '../src/live/decide'
import { READMITS_PER_TEAM } from '../src/live/rejoin'
import { loggedEvents } from './logged-events'
import { type AnyReply, connect } from './server-client'
import { serversPerTest } from './servers-per-test'

let now = Date.UTC(2026, 4, 1, 9)
const start = serversPerTest('article-four-growth-')

async function lobby() {
  const { server, dir, keep } = await start({ now: () => now })
  const facilitator = keep(await connect(server.url))
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
    roundSeconds: 0,
  })
  /** A team joined on a socket of its own (a script's socket holds one team), a second after the last. */
  const joinTeam = async (name: string): Promise<AnyReply> => {
    now += 1_000
    return keep(await connect(server.url)).call('team:join', { code: created.session.code, name })
  }
  /** A facilitator's command a second after the last: slower than the seat's two a second. */
  const paced = (event: string, payload: object): Promise<AnyReply> => {
    now += 1_000
    return facilitator.call(event, payload)
  }
  const events = (kind: string): number => loggedEvents(dir, kind)
  return { joinTeam, paced, events }
}

it('refuses to remove teams from the lobby past the share of one session, so joins stop at its seats', async () => {
  const { joinTeam, paced, events } = await lobby()
  const remove = (team: string) => paced('facilitator:command', { command: { kind: 'remove', team } })
  for (let i = 0; i < REMOVES_PER_SESSION; i++) {
    const joined = await joinTeam(`Team ${i}`)
    expect(joined.ok).toBe(true)
    expect(await remove(joined.view.team.id)).toEqual({ ok: true })
  }
  const last = await joinTeam('Last')
  expect(await remove(last.view.team.id)).toEqual({
    ok: false,
    error: {
      code: 'conflict',
      message: `at most ${REMOVES_PER_SESSION} teams may be removed from one session`,
      reason: 'removes-spent',
    },
  })
  expect(events('removed')).toBe(REMOVES_PER_SESSION)
  // The team refused removal keeps its seat, and a removed team's name is free again.
  expect((await joinTeam('Team 0')).ok).toBe(true)
  expect(events('joined')).toBe(REMOVES_PER_SESSION + 2)
})

it('refuses a code to let a team back in past the share of one team, however slowly they are drawn', async () => {
  const { joinTeam, paced, events } = await lobby()
  const team = (await joinTeam('Steppe')).view.team.id
  const other = (await joinTeam('Tundra')).view.team.id
  // A minute apart, each within the session's rate of rejoin codes.
  const readmit = (id: string) => {
    now += 60_000
    return paced('facilitator:readmit', { team: id })
  }
  for (let i = 0; i < READMITS_PER_TEAM; i++) expect((await readmit(team)).ok).toBe(true)
  expect(await readmit(team)).toEqual({
    ok: false,
    error: {
      code: 'conflict',
      message: `at most ${READMITS_PER_TEAM} codes may be drawn to let one team back in`,
      reason: 'team-readmits-spent',
    },
  })
  expect(events('readmit-opened')).toBe(READMITS_PER_TEAM)
  // Another team's share is its own.
  expect((await readmit(other)).ok).toBe(true)
})
