// What each audience sees as the session changes (a view, pushed on every event), built by selecting fields,
// never by deleting from the whole session: a field added to the state later stays private until a line here
// chooses to show it. What each party is sent once (its brief) is briefs.ts's.
import { formatDecision } from '../engine'
import type { RoleId } from '../scenario'
import { injectView, teamOf } from './briefs'
import { playedUnder } from './played-under'
import type {
  ConnectionView,
  DebriefView,
  FacilitatorView,
  LobbyView,
  MoveView,
  OutcomeView,
  PhaseView,
  TableView,
  TeamDebriefView,
  TeamView,
} from './protocol'
import { turnLeft } from './turn-left'
import type { Session, Table, TableMove, TeamId } from './types'

/** A finished table's outcome once it has been computed (it costs tens of milliseconds), else null. */
export type OutcomeLookup = (session: Session, table: Table) => OutcomeView | null

/** Each team's connection, as the server holding the session knows it (never part of the session itself). */
export type ConnectionLookup = (team: TeamId) => ConnectionView

/** One device for every seat (the pass-the-device mode), or a file of results: nobody is ever away. */
const onThisDevice: ConnectionLookup = () => ({ kind: 'connected' })

/**
 * The version of `team`'s view (TeamView's `version`): every event of the session but the other teams'
 * submissions. It grows with every event the team's view may show, as the session's own does from server to
 * server, and a submission at another table, or at its own before the reveal, leaves it as it was: the view must
 * not tell even that one came.
 */
export const teamVersion = (s: Session, team: TeamId): number => {
  let others = 0
  for (const [id, n] of Object.entries(s.submissions)) if (id !== team) others += n
  return s.version - others
}

/**
 * `debrief` is the session's, the same for every team (`teamDebrief`): a push to every team builds it once and
 * passes it to each.
 */
export function teamView(
  s: Session,
  teamId: TeamId,
  outcomes: OutcomeLookup,
  now: number,
  debrief: TeamDebriefView | null = teamDebrief(s, outcomes),
): TeamView {
  const team = teamOf(s, teamId)
  const table = s.tables.find((t) => t.index === team.table)
  const state = table?.state
  const mine = state?.kind === 'deciding' && state.pending.team === team.id ? state : undefined
  const other = state?.kind === 'deciding' && state.pending.team !== team.id ? state : undefined
  return {
    audience: 'team',
    serverNow: now,
    version: teamVersion(s, team.id),
    code: s.code,
    format: s.settings.format,
    phase: phaseView(s),
    facts: s.scenario.facts,
    injects: s.released.map((r) => injectView(s.base.injects.find((i) => i.id === r.inject)!)),
    team: { id: team.id, name: team.name, table: team.table, roles: team.roles },
    table: table ? tableView(s, table, outcomes) : null,
    turn:
      mine && s.phase.kind === 'deciding'
        ? {
            round: s.phase.round,
            role: mine.pending.role,
            stage: mine.pending.stage,
            actor: mine.pending.actor,
            options: mine.pending.options.map(formatDecision),
            submitted: mine.submission ? formatDecision(mine.submission.decision) : null,
          }
        : null,
    waitingFor:
      other && table
        ? {
            role: other.pending.role,
            stage: other.pending.stage,
            team: teamName(s, other.pending.team),
            turnLeft: turnLeft(s, table, team),
          }
        : null,
    debrief,
  }
}

export function facilitatorView(
  s: Session,
  joinUrl: string,
  outcomes: OutcomeLookup,
  now: number,
  connections: ConnectionLookup = onThisDevice,
): FacilitatorView {
  const pendingOf = (team: TeamId) =>
    s.tables.flatMap((t) =>
      t.state.kind === 'deciding' && t.state.pending.team === team ? [t.state] : [],
    )[0]
  return {
    audience: 'facilitator',
    serverNow: now,
    version: s.version,
    id: s.id,
    code: s.code,
    joinUrl,
    settings: {
      format: s.settings.format,
      autoAdvance: s.settings.autoAdvance,
      roundSeconds: s.settings.roundSeconds,
      seed: s.settings.seed,
      temperature: s.settings.temperature,
    },
    phase: phaseView(s),
    clockChanges: s.clockChanges,
    facts: s.scenario.facts,
    released: s.released.map((r) => ({ inject: r.inject, round: r.round })),
    teams: s.teams.map((t) => {
      const pending = pendingOf(t.id)
      return {
        id: t.id,
        name: t.name,
        table: t.table,
        roles: t.roles,
        submitted: pending ? pending.submission !== undefined : null,
        connection: connections(t.id),
        // When it runs out, not the code: that was shown once, to the facilitator who asked for it.
        ...(t.rejoin && t.rejoin.expiresAt > now ? { rejoinUntil: t.rejoin.expiresAt } : {}),
      }
    }),
    tables: s.tables.map((t) => ({
      ...tableView(s, t, outcomes),
      pending:
        t.state.kind === 'deciding'
          ? {
              role: t.state.pending.role,
              stage: t.state.pending.stage,
              team: teamName(s, t.state.pending.team),
              submitted: t.state.submission !== undefined,
            }
          : null,
    })),
    allSubmitted:
      s.phase.kind === 'deciding' &&
      s.tables.every((t) => t.state.kind !== 'deciding' || t.state.submission !== undefined),
    debrief: debrief(s),
  }
}

/** For the join form: which roles a new team could still ask for, under the session's format. */
export function lobbyView(s: Session): LobbyView {
  const format = s.settings.format
  const tables = format.kind === 'parallel-roles' ? format.tables : 1
  const takenAt = (role: string, table: number) =>
    s.teams.some((t) => t.table === table && t.roles.includes(role as RoleId))
  return {
    code: s.code,
    scenario: s.base.id,
    title: s.base.title,
    format,
    open: s.phase.kind === 'lobby',
    finished: s.phase.kind === 'finished',
    roles: s.base.roles.map((r) => ({
      id: r.id,
      title: r.title,
      // A table per team: every team plays every role, so no role is ever taken.
      free:
        format.kind === 'parallel-whole' ||
        Array.from({ length: tables }, (_, i) => i + 1).some((table) => !takenAt(r.id, table)),
    })),
  }
}

function phaseView(s: Session): PhaseView {
  const p = s.phase
  switch (p.kind) {
    case 'lobby':
      return { kind: 'lobby' }
    case 'deciding':
      return { kind: 'deciding', round: p.round, clock: p.clock, open: p.open }
    case 'finished':
      return { kind: 'finished', why: p.why }
  }
}

const teamName = (s: Session, id: TeamId): string => s.teams.find((t) => t.id === id)?.name ?? id

function moveView(s: Session, m: TableMove): MoveView {
  return {
    round: m.round,
    stage: m.stage,
    actor: m.actor,
    role: m.role ?? null,
    decision: formatDecision(m.decision),
    by: m.by,
    team: m.team ? teamName(s, m.team) : null,
  }
}

function tableView(s: Session, t: Table, outcomes: OutcomeLookup): TableView {
  return {
    table: t.index,
    teams: s.teams
      .filter((team) => team.table === t.index)
      .map((team) => ({ id: team.id, name: team.name, roles: team.roles })),
    moves: t.moves.map((m) => moveView(s, m)),
    status: t.state.kind,
    outcome: t.state.kind === 'finished' ? outcomes(s, t) : null,
    injects: playedUnder(s, t).map((r) => ({
      id: r.inject,
      title: s.base.injects.find((i) => i.id === r.inject)?.title ?? r.inject,
      round: r.round,
    })),
  }
}

/** Only at the end: what really happened and the questions. */
function debrief(s: Session): DebriefView | null {
  if (s.phase.kind !== 'finished') return null
  return { history: s.base.history ?? null, questions: s.base.questions }
}

/** A team's, with every table's game to compare (the facilitator's view shows them all along). */
export function teamDebrief(s: Session, outcomes: OutcomeLookup): TeamDebriefView | null {
  const d = debrief(s)
  return d && { ...d, tables: s.tables.map((t) => tableView(s, t, outcomes)) }
}
