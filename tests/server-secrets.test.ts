// The session's secrecy laws over random sessions: whatever teams and the facilitator do, in any order,
// a team's view never holds another role's briefing or an unreleased inject, and no one's view
// depends on another team's decision before the reveal (the facilitator sees only that it exists, in its view
// and in the notice of who has submitted that it alone is sent).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  createSession,
  decideJoin,
  facilitatorView,
  type OutcomeLookup,
  reduce,
  type Session,
  type SessionChange,
  submissionsNotice,
  type TeamId,
  teamBrief,
  teamView,
} from '../src/live'
import { bundled, Driver, team } from './server-fakes'

type Step =
  | { kind: 'join'; role: number | null }
  | { kind: 'submit'; team: number; option: number }
  | { kind: 'facilitator'; command: (typeof COMMANDS)[number]; n: number }
  | { kind: 'wait'; seconds: number }

const COMMANDS = ['start', 'advance', 'close', 'pause', 'resume', 'extend', 'release', 'finish'] as const

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('join'), role: fc.option(fc.nat(6)) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('submit'), team: fc.nat(8), option: fc.nat(25) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('facilitator'),
      command: fc.constantFrom(...COMMANDS),
      n: fc.nat(3),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('wait'), seconds: fc.integer({ min: 1, max: 120 }) }),
  },
)

const joins = fc.array(fc.record({ kind: fc.constant('join' as const), role: fc.option(fc.nat(6)) }), {
  minLength: 1,
  maxLength: 6,
})
const START: Step = { kind: 'facilitator', command: 'start', n: 0 }

const format = fc.constantFrom(
  { kind: 'one-table' } as const,
  { kind: 'parallel-roles', tables: 2 } as const,
  { kind: 'parallel-whole' } as const,
)

// Outcomes are the engine's reading of revealed moves, not secrets; leaving them out keeps each run fast.
const noOutcomes: OutcomeLookup = () => null

function perform(d: Driver, s: Step): void {
  const session = d.session
  switch (s.kind) {
    case 'join': {
      const role = s.role === null ? undefined : session.base.roles[s.role % session.base.roles.length]?.id
      const decided = decideJoin(session, { name: `team ${session.teams.length}`, role }, 'hash', d.tick())
      if (decided.ok) d.apply(decided.events)
      return
    }
    case 'submit': {
      const t = session.teams[s.team % Math.max(1, session.teams.length)]
      const table = session.tables.find((x) => x.state.kind === 'deciding' && x.state.pending.team === t?.id)
      if (!t || !table || table.state.kind !== 'deciding' || session.phase.kind !== 'deciding') return
      const decision = table.state.pending.options[s.option % table.state.pending.options.length]!
      d.run(team(t.id), { kind: 'submit', round: session.phase.round, decision })
      return
    }
    case 'facilitator': {
      const inject = session.base.injects[s.n % session.base.injects.length]!.id
      const command =
        s.command === 'extend'
          ? { kind: s.command, seconds: 30 }
          : s.command === 'release'
            ? { kind: s.command, inject }
            : { kind: s.command }
      d.run({ kind: 'facilitator' }, command)
      return
    }
    case 'wait':
      d.tick(s.seconds * 1000)
  }
}

/** The events with one team's unrevealed submissions left out, or given another decision. */
function without(events: readonly SessionChange[], id: TeamId, replace?: SessionChange): SessionChange[] {
  const lastReveal = events.findLastIndex((e) => e.kind === 'revealed' || e.kind === 'ended')
  return events.flatMap((e, i) =>
    i > lastReveal && e.kind === 'submitted' && e.team === id
      ? replace
        ? [{ ...replace, at: e.at }]
        : []
      : [e],
  )
}

function checkLaws(d: Driver): void {
  const s = d.session
  const fold = (events: readonly SessionChange[]): Session =>
    events.reduce(reduce, createSession(d.created, bundled()))
  const views = new Map(s.teams.map((t) => [t.id, JSON.stringify(teamView(s, t.id, noOutcomes, 0))]))
  for (const t of s.teams) {
    const text = JSON.stringify(teamBrief(s, t.id)) + views.get(t.id)!
    for (const role of s.base.roles)
      expect(text.includes(JSON.stringify(role.briefing))).toBe(t.roles.includes(role.id))
    for (const inject of s.base.injects)
      if (!s.released.some((r) => r.inject === inject.id))
        expect(text).not.toContain(JSON.stringify(inject.text))
  }
  for (const table of s.tables) {
    if (table.state.kind !== 'deciding' || !table.state.submission) continue
    const { team: owner, decision } = table.state.submission
    const unsaid = fold(without(d.events, owner))
    for (const t of s.teams)
      if (t.id !== owner) expect(JSON.stringify(teamView(unsaid, t.id, noOutcomes, 0))).toBe(views.get(t.id))
    const other = table.state.pending.options.find((o) => o !== decision)
    if (!other || s.phase.kind !== 'deciding') continue
    const changed = fold(
      without(d.events, owner, {
        kind: 'submitted',
        at: 0,
        round: s.phase.round,
        team: owner,
        decision: other,
      }),
    )
    expect(facilitatorView(changed, '', noOutcomes, 0)).toEqual(facilitatorView(s, '', noOutcomes, 0))
    expect(submissionsNotice(changed, 0)).toEqual(submissionsNotice(s, 0))
  }
}

describe('secrets in a live session', () => {
  it('never leak, whatever teams and the facilitator do in whatever order', () => {
    fc.assert(
      fc.property(
        format,
        fc.boolean(),
        joins,
        fc.array(step, { maxLength: 30 }),
        (f, autoAdvance, first, then) => {
          const d = new Driver({ format: f, autoAdvance, roundSeconds: 60 })
          // Most sessions fill the lobby and start; the random steps may still do anything after.
          for (const s of [...first, START, ...then]) {
            perform(d, s)
            checkLaws(d)
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})
