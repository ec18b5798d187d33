// The "turn left" rule of a waiting team's screen, held to the engine: live sessions of every bundled scenario
// and format, played through the session model and the real engine with random decisions, and at every point
// where a team waits on another, what its view said (`waitingFor.turnLeft`) against what the game then did and could
// have done.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyDecision, type Course, nextDecision } from '../src/engine'
import { type ModelContext, modelContext } from '../src/engine/outcomes/context'
import { type Format, outcomeOf, type TeamId, teamView } from '../src/live'
import type { ActorId } from '../src/scenario'
import { bundledScenarios } from './bundled-scenarios'
import { Driver, decision, team } from './server-fakes'

const bundled = bundledScenarios()

/** A session to play: a scenario, a format, the teams' seats, the facts, and the dice for the teams' choices. */
const anySession = fc
  .constantFrom(...bundled)
  .chain((s) =>
    fc.record({
      scenario: fc.constant(s.id),
      // Mostly formats where teams wait on each other: a team of every role at a table of its own never does.
      format: fc.oneof(
        { weight: 3, arbitrary: fc.constant<Format>({ kind: 'one-table' }) },
        { weight: 2, arbitrary: fc.constant<Format>({ kind: 'parallel-roles', tables: 2 }) },
        { weight: 1, arbitrary: fc.constant<Format>({ kind: 'parallel-whole' }) },
      ),
      // One team for each of these roles, in this order (parallel-whole: a team of every role for each).
      roles: fc.shuffledSubarray(
        s.roles.map((r) => r.id),
        { minLength: Math.min(2, s.roles.length) },
      ),
      // Injects released in the lobby: the whole game is played on the facts they make.
      injects: fc.subarray(s.injects.map((i) => i.id)),
      seed: fc.nat(1000),
      choices: fc.array(fc.nat(), { minLength: 24, maxLength: 24 }),
    }),
  )
  .map((x) => Object.assign(x, { [fc.toStringMethod]: () => JSON.stringify(x) }))

/** What one waiting team's screen was told, and where its table stood then. */
interface Said {
  readonly team: TeamId
  readonly table: number
  readonly at: number
  readonly course: Course
  readonly left: boolean
}

/** Whether any course on from `c` comes to a decision of one of these actors, as the engine deals them out. */
function reachable(ctx: ModelContext, c: Course, actors: ReadonlySet<ActorId>): boolean {
  const p = nextDecision(ctx, c)
  if (!p) return false
  if (actors.has(p.actor)) return true
  return p.options.some((o) => reachable(ctx, applyDecision(c, p, o), actors))
}

/** Plays a session to its end, recording every waiting team's turnLeft at every round. */
function play(x: typeof anySession extends fc.Arbitrary<infer T> ? T : never) {
  const d = new Driver({ format: x.format, seed: x.seed }, x.scenario)
  for (const [i, role] of x.roles.entries())
    d.join(`Team ${i + 1}`, {
      role: x.format.kind === 'parallel-whole' ? undefined : role,
      table: x.format.kind === 'parallel-roles' ? 1 + (i % 2) : undefined,
    })
  for (const inject of x.injects) d.facilitator({ kind: 'release', inject })
  d.facilitator({ kind: 'start' })
  const said: Said[] = []
  let dice = 0
  for (let round = 0; d.session.phase.kind === 'deciding'; round++) {
    if (round > 20) throw new Error('the game did not end in twenty rounds')
    for (const t of d.session.teams) {
      const view = teamView(d.session, t.id, outcomeOf, d.now)
      const left = view.turn ? true : (view.waitingFor?.turnLeft ?? false)
      const table = d.session.tables.find((x) => x.index === t.table)!
      if (view.turn) {
        // The team owes a decision now: it has one left, and makes it at random.
        expect(left).toBe(true)
        const option = view.turn.options[x.choices[dice++ % x.choices.length]! % view.turn.options.length]!
        const round = d.session.phase.round
        const submitted = d.run(team(t.id), { kind: 'submit', round, decision: decision(option) })
        expect(submitted.ok).toBe(true)
      } else said.push({ team: t.id, table: t.table, at: table.moves.length, course: table.course, left })
    }
    d.facilitator({ kind: 'advance' })
  }
  expect(d.session.phase).toEqual({ kind: 'finished', why: 'played-out' })
  return { d, said }
}

describe('a waiting team’s turn left, against the engine', () => {
  it('says none is left only when none of its actors decides again, and one may come only when one can', () => {
    fc.assert(
      fc.property(anySession, (x) => {
        const { d, said } = play(x)
        const ctx = modelContext(d.session.scenario)
        for (const s of said) {
          const team = d.session.teams.find((t) => t.id === s.team)!
          const actors = new Set(team.roles.map((r) => d.session.base.roles.find((x) => x.id === r)!.actor))
          const later = d.session.tables
            .find((t) => t.index === s.table)!
            .moves.slice(s.at)
            .some((m) => actors.has(m.actor))
          // "Your part is done": none of the team's actors decides again at its table.
          if (!s.left) expect(later, `${team.name} was told its part was done at move ${s.at}`).toBe(false)
          // One of them decided later: the team was told its turn would come.
          if (later) expect(s.left, `${team.name} decided after move ${s.at}`).toBe(true)
          // "Your turn comes after the reveal": some course on from there comes to one of its actors.
          if (s.left)
            expect(
              reachable(ctx, s.course, actors),
              `${team.name} was promised a turn at move ${s.at} that no course reaches`,
            ).toBe(true)
        }
      }),
      { numRuns: 150 },
    )
  })
})
