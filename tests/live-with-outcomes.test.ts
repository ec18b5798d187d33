// Outcomes reach the clients after the reveal that finished their tables, as a notice taken from each audience's
// view: put into the view a client holds, it must give the very view the server would have sent, and tell a team
// no more than that view would.
import { describe, expect, it } from 'vitest'
import {
  facilitatorView,
  type OutcomeLookup,
  outcomeOf,
  outcomesShown,
  type Session,
  type TeamId,
  teamView,
  withOutcomes,
} from '../src/live'
import type { View } from '../src/live/protocol'
import { Driver, decision, team } from './server-fakes'

const submit = (d: Driver, id: TeamId, text: string) => {
  const round = d.session.phase.kind === 'deciding' ? d.session.phase.round : 0
  const done = d.run(team(id), { kind: 'submit', round, decision: decision(text) })
  if (!done.ok) throw new Error(done.error.message)
}
const none: OutcomeLookup = () => null
/** Every audience's view, as the server builds them, with the outcomes looked up by `outcomes`. */
const views = (s: Session, outcomes: OutcomeLookup): View[] => [
  facilitatorView(s, '', outcomes, 0),
  ...s.teams.map((t) => teamView(s, t.id, outcomes, 0)),
]
const finished = (s: Session) =>
  new Set(s.tables.filter((t) => t.state.kind === 'finished').map((t) => t.index))

/** Each audience's view before the outcomes, with the notice taken from its view after them. */
function notices(s: Session) {
  const tables = finished(s)
  const after = views(s, outcomeOf)
  return views(s, none).map((before, i) => ({
    before,
    after: after[i]!,
    notice: { code: s.code, outcomes: outcomesShown(after[i]!, tables) },
  }))
}

describe('an outcomes notice', () => {
  it('gives each audience the view the server would have sent, a table finished early and at the end', () => {
    const d = new Driver({ format: { kind: 'parallel-whole' } })
    const [a, b, c] = ['A', 'B', 'C'].map((name) => d.join(name)) as [TeamId, TeamId, TeamId]
    d.facilitator({ kind: 'start' })
    submit(d, a, 'no-request')
    submit(d, b, 'request:foreign-backed:peacekeepers:14')
    submit(d, c, 'request:internal-unrest:observers:14')
    d.facilitator({ kind: 'advance' })
    // A's table ended with its choice not to ask; B's and C's go on, and no debrief is shown yet.
    expect([...finished(d.session)]).toEqual([d.session.teams[0]!.table])
    const early = notices(d.session)
    for (const { before, after, notice } of early) expect(withOutcomes(before, notice)).toEqual(after)
    const [facilitator, ...teams] = early
    expect(facilitator!.notice.outcomes).toHaveLength(1)
    // A team learns its own table's outcome, and nothing of a table still playing or of another team's.
    expect(teams.map((t) => t.notice.outcomes.map((o) => o.table))).toEqual([
      [d.session.teams[0]!.table],
      [],
      [],
    ])

    d.facilitator({ kind: 'finish' })
    const end = notices(d.session)
    for (const { before, after, notice } of end) {
      expect(withOutcomes(before, notice)).toEqual(after)
      // At the end every audience sees every table in the debrief, so each notice has them all.
      expect(notice.outcomes.map((o) => o.table).sort()).toEqual([...finished(d.session)].sort())
    }
  })

  it('leaves a view alone when it is for another session, or shows none of its tables', () => {
    const d = new Driver({ format: { kind: 'parallel-whole' } })
    const [a] = ['A', 'B'].map((name) => d.join(name)) as [TeamId, TeamId]
    d.facilitator({ kind: 'start' })
    submit(d, a, 'no-request')
    d.facilitator({ kind: 'advance' })
    const [facilitator, first, second] = notices(d.session)
    const elsewhere = { ...facilitator!.notice, code: 'OTHER1' }
    expect(withOutcomes(facilitator!.before, elsewhere)).toBe(facilitator!.before)
    // The second team's table is still playing: the first team's outcome has no place in its view.
    expect(withOutcomes(second!.before, first!.notice)).toBe(second!.before)
  })
})
