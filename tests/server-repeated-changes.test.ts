// A seat that repeats its changes, each within the seat's two a second, cannot grow its session's event log without
// end: a team's resubmission of the decision it already has in is acknowledged and logs nothing, a team changes its
// decision at most SUBMISSIONS_PER_ROUND times for each round begun, and the facilitator pauses, resumes, extends
// and closes at most CLOCK_CHANGES_PER_ROUND times for each. Before, one team sending the same decision twice a
// second wrote 7,200 events an hour, all replayed at the server's next start, and kept its session from pruning.
// @vitest-environment node
import { expect, it } from 'vitest'
import { LIMITS } from '../src/live/protocol'
import { loggedEvents } from './logged-events'
import { type AnyReply, type Client, connect } from './server-client'
import { serversPerTest } from './servers-per-test'

let now = Date.UTC(2026, 4, 1, 9)
const start = serversPerTest('article-four-repeated-')

/** A started session of one team, its round open with no clock (or a running one), and a count of its events. */
async function started(roundSeconds: number) {
  const { server, dir, keep } = await start({ now: () => now })
  const facilitator = keep(await connect(server.url))
  const team = keep(await connect(server.url))
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
    roundSeconds,
  })
  expect(await team.call('team:join', { code: created.session.code, name: 'Steppe' })).toMatchObject({
    ok: true,
  })
  expect(await facilitator.call('facilitator:command', { command: { kind: 'start' } })).toEqual({ ok: true })
  const view = await team.teamView((v) => v.turn !== null)
  const events = (kind: string): number => loggedEvents(dir, kind)
  /** Each call a second after the last: slower than a seat's two changes a second, so only these limits refuse. */
  const paced = async (c: Client, event: string, payload: object): Promise<AnyReply> => {
    now += 1_000
    return c.call(event, payload)
  }
  return { facilitator, team, options: view.turn!.options, events, paced }
}

it('logs a resubmission of the decision already in once, however often it is sent', async () => {
  const { team, options, events, paced } = await started(0)
  for (let i = 0; i < 30; i++)
    expect(await paced(team, 'team:submit', { round: 1, decision: options[0] })).toEqual({ ok: true })
  expect(events('submitted')).toBe(1)
  // Another decision is a change, and is logged.
  expect(await paced(team, 'team:submit', { round: 1, decision: options[1] })).toEqual({ ok: true })
  expect(events('submitted')).toBe(2)
})

it("refuses a team's changes of decision past its share for the rounds begun, and keeps the last one in", async () => {
  const { team, options, events, paced } = await started(0)
  const share = LIMITS.submissionsPerRound
  for (let i = 0; i < share; i++)
    expect(await paced(team, 'team:submit', { round: 1, decision: options[i % 2] })).toEqual({ ok: true })
  expect(await paced(team, 'team:submit', { round: 1, decision: options[share % 2] })).toEqual({
    ok: false,
    error: {
      code: 'rate-limited',
      message: `a team may change its decision at most ${share} times a round: the one it sent last stands`,
      reason: 'changes-spent',
    },
  })
  expect(events('submitted')).toBe(share)
  // The decision in is the last one accepted, and sending it again is still answered.
  expect(await paced(team, 'team:submit', { round: 1, decision: options[(share - 1) % 2] })).toEqual({
    ok: true,
  })
  expect(events('submitted')).toBe(share)
})

it("refuses the facilitator's changes of the clock past its share for the rounds begun", async () => {
  const { facilitator, events, paced } = await started(300)
  const command = (c: object) => paced(facilitator, 'facilitator:command', { command: c })
  const share = LIMITS.clockChangesPerRound
  const changes = [{ kind: 'pause' }, { kind: 'resume' }, { kind: 'extend', seconds: 30 }]
  for (let i = 0; i < share; i++) expect(await command(changes[i % 3]!)).toEqual({ ok: true })
  expect(await command({ kind: 'extend', seconds: 30 })).toEqual({
    ok: false,
    error: {
      code: 'rate-limited',
      message: `the clock may be paused, resumed, extended or closed at most ${share} times a round`,
      reason: 'clock-spent',
    },
  })
  expect(events('paused') + events('resumed') + events('extended')).toBe(share)
  // Revealing the round is not the clock's, and begins the next round's share.
  expect(await command({ kind: 'advance', round: 1 })).toEqual({ ok: true })
  expect(await command({ kind: 'extend', seconds: 30 })).toEqual({ ok: true })
})
