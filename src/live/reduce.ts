// The session's reducer: (state, event) → state, pure, so the event log replays to the same session.
import { EMPTY_COURSE, withFacts } from '../engine'
import type { ActorId, RoleId, Scenario } from '../scenario'
import type { CreatedEvent, SessionChange } from './events'
import {
  engineChoice,
  optionLike,
  playOn,
  pointOf,
  type Seat,
  solvedFor,
  type TableContext,
  withMove,
} from './table-play'
import type { Clock, Phase, Session, Table, Team, TeamId } from './types'

/** The session a `created` event starts, with the scenario its text loads to. */
export function createSession(event: CreatedEvent, scenario: Scenario): Session {
  return {
    id: event.id,
    code: event.code,
    createdAt: event.at,
    settings: event.settings,
    base: scenario,
    scenario,
    facilitatorHash: event.facilitatorHash,
    teams: [],
    joined: 0,
    tables: [],
    released: [],
    phase: { kind: 'lobby' },
    version: 1,
    submissions: {},
    clockChanges: 0,
    readmits: {},
  }
}

const CLOCK_CHANGES: ReadonlySet<SessionChange['kind']> = new Set(['closed', 'paused', 'resumed', 'extended'])

export function reduce(s: Session, e: SessionChange): Session {
  const next = apply(s, e)
  const clockChanges = s.clockChanges + (CLOCK_CHANGES.has(e.kind) ? 1 : 0)
  return { ...next, version: s.version + 1, clockChanges }
}

function apply(s: Session, e: SessionChange): Session {
  switch (e.kind) {
    case 'joined':
      return { ...s, teams: [...s.teams, { ...e.team, joinedAt: e.at }], joined: s.joined + 1 }
    case 'removed':
      return { ...s, teams: s.teams.filter((t) => t.id !== e.team) }
    case 'readmit-opened':
      return withTeam(
        { ...s, readmits: { ...s.readmits, [e.team]: (s.readmits[e.team] ?? 0) + 1 } },
        e.team,
        (t) => ({
          ...t,
          rejoin: { codeHash: e.codeHash, expiresAt: e.expiresAt },
        }),
      )
    case 'rejoined':
      // The old token's hash is gone with the old team object: it no longer admits anyone (single use, too).
      return withTeam(s, e.team, ({ rejoin: _, browser: __, ...t }) => ({
        ...t,
        tokenHash: e.tokenHash,
        ...(e.browser === undefined ? {} : { browser: e.browser }),
      }))
    case 'started': {
      const numbers = [...new Set(s.teams.map((t) => t.table))].sort((a, b) => a - b)
      const empty = (index: number): Table => ({
        index,
        course: EMPTY_COURSE,
        moves: [],
        state: { kind: 'finished', round: 0, injects: 0 },
      })
      const tables = numbers.map((n) => playOn(empty(n), tableContext(s, n, 0)))
      return settle({ ...s, tables }, 1, e.at)
    }
    case 'submitted':
      return mapTables(
        { ...s, submissions: { ...s.submissions, [e.team]: (s.submissions[e.team] ?? 0) + 1 } },
        (t) =>
          t.state.kind === 'deciding' && t.state.pending.team === e.team
            ? {
                ...t,
                state: {
                  ...t.state,
                  submission: {
                    team: e.team,
                    decision: optionLike(t.state.pending.options, e.decision) ?? e.decision,
                    at: e.at,
                  },
                },
              }
            : t,
      )
    case 'revealed': {
      const round = e.round
      return settle(
        mapTables(s, (t) => playOn(decideNow(s, t, round), tableContext(s, t.index, round))),
        round + 1,
        e.at,
      )
    }
    case 'closed':
      return s.phase.kind === 'deciding'
        ? { ...s, phase: { ...s.phase, open: false, clock: { kind: 'none' } } }
        : s
    case 'paused':
      return withClock(s, (c) =>
        c.kind === 'running' ? { kind: 'paused', remaining: Math.max(0, c.deadline - e.at) } : c,
      )
    case 'resumed':
      return withClock(s, (c) =>
        c.kind === 'paused' ? { kind: 'running', deadline: e.at + c.remaining } : c,
      )
    case 'extended': {
      const ms = e.seconds * 1000
      if (s.phase.kind !== 'deciding') return s
      // Time added to the time left; once that has run out (or the round was closed), counted from the press, so a
      // minute given late is still a whole minute (docs/facilitating.md, "The controls").
      const clock: Clock =
        s.phase.clock.kind === 'running'
          ? { kind: 'running', deadline: Math.max(s.phase.clock.deadline, e.at) + ms }
          : s.phase.clock.kind === 'paused'
            ? { kind: 'paused', remaining: s.phase.clock.remaining + ms }
            : { kind: 'running', deadline: e.at + ms }
      return { ...s, phase: { ...s.phase, clock, open: true } }
    }
    case 'released':
      return release(s, e.inject, e.at)
    case 'ended': {
      if (s.phase.kind === 'finished') return s
      const round = s.phase.kind === 'deciding' ? s.phase.round : 0
      // Whatever was submitted still counts; the engine stands in for everything after it.
      const ended = mapTables(s, (t) =>
        playOn(decideNow(s, t, round), { ...tableContext(s, t.index, round), standIn: true }),
      )
      return { ...ended, phase: { kind: 'finished', why: 'ended' } }
    }
  }
}

/** The table's pending decision made: the team's submission, or the engine standing in for a team that has none. */
function decideNow(s: Session, t: Table, round: number): Table {
  if (t.state.kind !== 'deciding') return t
  const { pending, submission } = t.state
  const point = { stage: pending.stage, actor: pending.actor, options: pending.options }
  const own = submission && optionLike(pending.options, submission.decision)
  const decision = own ?? engineChoice(solvedFor(s.scenario, s.settings.temperature), t, s.settings.seed)
  return withMove(t, point, decision, {
    by: own ? 'team' : 'stand-in',
    team: pending.team,
    round,
    role: pending.role,
  })
}

/** Opens the next round, or finishes the session when every table has played out. */
function settle(s: Session, round: number, at: number): Session {
  if (s.tables.every((t) => t.state.kind === 'finished'))
    return { ...s, phase: { kind: 'finished', why: 'played-out' } }
  const seconds = s.settings.roundSeconds
  const clock: Clock = seconds > 0 ? { kind: 'running', deadline: at + seconds * 1000 } : { kind: 'none' }
  return { ...s, phase: { kind: 'deciding', round, clock, open: true } }
}

/** An inject's changes hold from now on: pending options follow the new facts, and a submission they no longer allow is dropped. */
function release(s: Session, inject: string, at: number): Session {
  const released = [...s.released, { inject, at, round: s.phase.kind === 'deciding' ? s.phase.round : 0 }]
  const scenario = scenarioWith(
    s.base,
    released.map((r) => r.inject),
  )
  const solved = solvedFor(scenario, s.settings.temperature)
  return mapTables({ ...s, released, scenario }, (t) => {
    if (t.state.kind !== 'deciding') return t
    const point = pointOf(solved, t.course)
    if (!point) throw new Error(`table ${t.index} was waiting but has no decision under the new facts`)
    const pending = { ...t.state.pending, options: point.options }
    const kept = t.state.submission && optionLike(point.options, t.state.submission.decision)
    const submission = kept && t.state.submission ? { ...t.state.submission, decision: kept } : undefined
    return { ...t, state: { kind: 'deciding', pending, submission } }
  })
}

// Sessions that released the same injects in the same order share the changed scenario and its solved tree.
const withInjects = new WeakMap<Scenario, Map<string, Scenario>>()
export function scenarioWith(base: Scenario, injects: readonly string[]): Scenario {
  if (injects.length === 0) return base
  let known = withInjects.get(base)
  if (!known) {
    known = new Map()
    withInjects.set(base, known)
  }
  const key = injects.join('\n')
  let scenario = known.get(key)
  if (!scenario) {
    scenario = withFacts(
      base,
      injects.flatMap((id) => base.injects.find((i) => i.id === id)?.changes ?? []),
    )
    known.set(key, scenario)
  }
  return scenario
}

export function seatsAt(s: Session, table: number): Map<ActorId, Seat> {
  const seats = new Map<ActorId, Seat>()
  for (const team of s.teams)
    if (team.table === table)
      for (const role of team.roles) {
        const actor = s.base.roles.find((r) => r.id === role)?.actor
        if (actor && !seats.has(actor)) seats.set(actor, { role, team: team.id })
      }
  return seats
}

function tableContext(s: Session, table: number, round: number): TableContext {
  return {
    solved: solvedFor(s.scenario, s.settings.temperature),
    seats: seatsAt(s, table),
    roleOf: (actor): RoleId | undefined => s.base.roles.find((r) => r.actor === actor)?.id,
    seed: s.settings.seed,
    round,
    injects: s.released.length,
    standIn: false,
  }
}

// Finished tables keep their identity, so what is computed from them (their report) is computed once.
function mapTables(s: Session, f: (t: Table) => Table): Session {
  return { ...s, tables: s.tables.map((t) => (t.state.kind === 'finished' ? t : f(t))) }
}

function withTeam(s: Session, id: TeamId, f: (t: Team) => Team): Session {
  return { ...s, teams: s.teams.map((t) => (t.id === id ? f(t) : t)) }
}

function withClock(s: Session, f: (c: Clock) => Clock): Session {
  if (s.phase.kind !== 'deciding') return s
  const phase: Phase = { ...s.phase, clock: f(s.phase.clock) }
  return { ...s, phase }
}
