// Who may do what, when: a command from a team or the facilitator becomes events, or a plain refusal.
// Pure (the clock is an argument), so every rule here is tested without a server.
import { type Decision, describeDecision, formatDecision } from '../engine'
import type { RoleId } from '../scenario'
import type { SessionChange } from './events'
import { nameKey } from './name-key'
import { NAME_MAX, nameLength, normaliseName } from './names'
import { type FacilitatorCommandInput, LIMITS, type RefusalReason } from './protocol'
import { optionLike, sameDecision } from './table-play'
import type { Session, TeamId } from './types'

export type Identity = { readonly kind: 'facilitator' } | { readonly kind: 'team'; readonly team: TeamId }

export type Command =
  | { readonly kind: 'submit'; readonly round: number; readonly decision: Decision }
  | FacilitatorCommandInput

export interface Rejection {
  readonly code: 'forbidden' | 'conflict' | 'invalid-decision' | 'not-found' | 'rate-limited'
  readonly message: string
  readonly reason?: RefusalReason
}

export type Decided =
  | { readonly ok: true; readonly events: SessionChange[] }
  | { readonly ok: false; readonly error: Rejection }

const no = (code: Rejection['code'], message: string, reason?: RefusalReason): Decided => ({
  ok: false,
  error: reason ? { code, message, reason } : { code, message },
})
const yes = (...events: SessionChange[]): Decided => ({ ok: true, events })

/**
 * Teams the facilitator may remove from one session's lobby, over the session: a team that joined by mistake or
 * under a wrong name, many times over. No round bounds the lobby, and each removal lets another team join, two
 * events that would otherwise come as fast as an address may join (sixty a minute) for as long as the lobby lasts.
 */
export const REMOVES_PER_SESSION = 40

export function decide(s: Session, who: Identity, command: Command, now: number): Decided {
  if (command.kind === 'submit')
    return who.kind === 'team'
      ? submit(s, who.team, command, now)
      : no('forbidden', 'only a team submits decisions')
  if (who.kind !== 'facilitator') return no('forbidden', 'only the facilitator can do that')
  const phase = s.phase
  const clockSpent = (round: number): Decided | undefined =>
    s.clockChanges >= LIMITS.clockChangesPerRound * round
      ? no(
          'rate-limited',
          `the clock may be paused, resumed, extended or closed at most ${LIMITS.clockChangesPerRound} times a round`,
          'clock-spent',
        )
      : undefined
  switch (command.kind) {
    case 'start':
      if (phase.kind !== 'lobby') return no('conflict', 'the session has already started')
      if (s.teams.length === 0) return no('conflict', 'no team has joined yet')
      return yes({ kind: 'started', at: now })
    case 'advance':
      if (phase.kind !== 'deciding') return no('conflict', 'there is no round to reveal')
      if (command.round !== undefined && command.round !== phase.round)
        return no('conflict', `round ${command.round} has already been revealed`, 'revealed')
      return yes({ kind: 'revealed', at: now, round: phase.round, why: 'facilitator' })
    case 'close':
      if (phase.kind !== 'deciding' || !phase.open) return no('conflict', 'no phase is open')
      return clockSpent(phase.round) ?? yes({ kind: 'closed', at: now })
    case 'pause':
      if (phase.kind !== 'deciding' || phase.clock.kind !== 'running')
        return no('conflict', 'no countdown is running')
      return clockSpent(phase.round) ?? yes({ kind: 'paused', at: now })
    case 'resume':
      if (phase.kind !== 'deciding' || phase.clock.kind !== 'paused')
        return no('conflict', 'the countdown is not paused')
      return clockSpent(phase.round) ?? yes({ kind: 'resumed', at: now })
    case 'extend':
      if (phase.kind !== 'deciding') return no('conflict', 'there is no round to extend')
      if (command.after !== undefined && command.after !== s.clockChanges)
        return no(
          'conflict',
          'the clock changed before this extension arrived: look at it again, and extend it again if it needs more',
          'clock-changed',
        )
      return clockSpent(phase.round) ?? yes({ kind: 'extended', at: now, seconds: command.seconds })
    case 'release': {
      if (phase.kind === 'finished') return no('conflict', 'the session is over')
      if (!s.base.injects.some((i) => i.id === command.inject))
        return no('not-found', `no inject "${command.inject}" in this scenario`)
      if (s.released.some((r) => r.inject === command.inject))
        return no('conflict', `"${command.inject}" has already been released`)
      return yes({ kind: 'released', at: now, inject: command.inject })
    }
    case 'finish':
      if (phase.kind === 'finished') return no('conflict', 'the session is already over')
      return yes({ kind: 'ended', at: now })
    case 'remove': {
      if (phase.kind !== 'lobby') return no('conflict', 'teams can be removed only in the lobby')
      const team = s.teams.find((t) => t.id === command.team)
      if (!team) return no('not-found', 'no such team in this session')
      // Teams leave a session only this way, so the teams that joined and are no longer in it were removed.
      if (s.joined - s.teams.length >= REMOVES_PER_SESSION)
        return no(
          'conflict',
          `at most ${REMOVES_PER_SESSION} teams may be removed from one session`,
          'removes-spent',
        )
      return yes({ kind: 'removed', at: now, team: team.id })
    }
  }
}

function submit(
  s: Session,
  team: TeamId,
  command: Extract<Command, { kind: 'submit' }>,
  now: number,
): Decided {
  if (!s.teams.some((t) => t.id === team))
    return no('forbidden', 'the facilitator has removed your team from this session')
  const phase = s.phase
  if (phase.kind !== 'deciding') return no('conflict', 'no round is open', 'no-round')
  if (command.round < phase.round)
    return no('conflict', `round ${command.round} is over; this is round ${phase.round}`, 'round-over')
  if (command.round > phase.round)
    return no('conflict', `round ${command.round} has not begun; this is round ${phase.round}`)
  if (!phase.open) return no('conflict', 'the facilitator has closed this round', 'round-closed')
  if (phase.clock.kind === 'running' && now > phase.clock.deadline)
    return no('conflict', 'the time for this round is up', 'time-up')
  const table = s.tables.find((t) => t.state.kind === 'deciding' && t.state.pending.team === team)
  if (table?.state.kind !== 'deciding')
    return no('conflict', 'your team owes no decision this round', 'owes-none')
  const { pending, submission } = table.state
  const option = optionLike(pending.options, command.decision)
  if (!option)
    return no(
      'invalid-decision',
      `"${formatDecision(command.decision)}" (${describeDecision(command.decision)}) is not an option now; the options are ${pending.options.map(formatDecision).join(', ')}`,
    )
  // Sent again (an answer lost, a double tap): already in, so nothing changes and nothing is logged.
  if (submission && sameDecision(submission.decision, option)) return yes()
  if ((s.submissions[team] ?? 0) >= LIMITS.submissionsPerRound * phase.round)
    return no(
      'rate-limited',
      `a team may change its decision at most ${LIMITS.submissionsPerRound} times a round: the one it sent last stands`,
      'changes-spent',
    )
  const submitted: SessionChange = {
    kind: 'submitted',
    at: now,
    round: phase.round,
    team,
    decision: command.decision,
  }
  const allIn = s.tables.every(
    (t) => t.state.kind !== 'deciding' || t === table || t.state.submission !== undefined,
  )
  return s.settings.autoAdvance && allIn
    ? yes(submitted, { kind: 'revealed', at: now, round: phase.round, why: 'all-submitted' })
    : yes(submitted)
}

export interface JoinRequest {
  readonly name: string
  readonly role?: string | undefined
  readonly table?: number | undefined
  /** SHA-256 of the browser asking, where known: a browser holds one team of a session. */
  readonly browser?: string | undefined
}

/** A new team's seat: the one asked for if it is free, else the first free one, spreading teams across tables. */
export function decideJoin(s: Session, request: JoinRequest, tokenHash: string, now: number): Decided {
  // The same join sent again, by a client whose first attempt got no answer, or an answer that the server could not
  // reach its log, though the log got it: answered with the seat it took (nothing to log), not a second seat.
  if (s.teams.some((t) => t.tokenHash === tokenHash)) return yes()
  if (s.facilitatorHash === tokenHash) return no('conflict', "a team's token cannot be the facilitator's")
  if (s.phase.kind !== 'lobby')
    return no('conflict', 'the session has started: only teams that joined can come back', 'started')
  if (s.teams.length >= LIMITS.teams)
    return no('conflict', `a session takes at most ${LIMITS.teams} teams`, 'teams-full')
  const name = normaliseName(request.name)
  if (name === '') return no('conflict', 'a team needs a name with letters or digits in it', 'no-name')
  if (nameLength(name) > NAME_MAX)
    return no('conflict', `a team name has at most ${NAME_MAX} characters`, 'name-too-long')
  const mine = request.browser === undefined ? undefined : s.teams.find((t) => t.browser === request.browser)
  if (mine)
    return no(
      'conflict',
      `this browser has already joined this session as "${mine.name}": another team joins on another device`,
      'browser-joined',
    )
  const key = nameKey(name)
  const same = s.teams.find((t) => nameKey(t.name) === key)
  if (same)
    return no(
      'conflict',
      same.name === name
        ? `a team called "${name}" has already joined: choose another name`
        : `"${name}" is too like "${same.name}", a team that has already joined: choose another name`,
      same.name === name ? 'name-taken' : 'name-similar',
    )
  const roles = s.base.roles.map((r) => r.id)
  const wanted = request.role === undefined ? roles : roles.filter((r) => r === request.role)
  if (wanted.length === 0)
    return no('not-found', `no role "${request.role}"; the roles are ${roles.join(', ')}`)
  const id = `t${s.joined + 1}` as TeamId
  const { browser } = request
  const joined = (table: number, seated: readonly RoleId[]): Decided =>
    yes({
      kind: 'joined',
      at: now,
      team: { id, name, table, roles: [...seated], tokenHash, ...(browser === undefined ? {} : { browser }) },
    })
  const format = s.settings.format
  if (format.kind === 'parallel-whole') return joined(Math.max(0, ...s.teams.map((t) => t.table)) + 1, roles)
  const count = format.kind === 'one-table' ? 1 : format.tables
  if (request.table !== undefined && request.table > count) return no('conflict', `there are ${count} tables`)
  const tables =
    request.table === undefined ? Array.from({ length: count }, (_, i) => i + 1) : [request.table]
  const taken = (table: number, role: RoleId) =>
    s.teams.some((t) => t.table === table && t.roles.includes(role))
  for (const role of wanted) for (const table of tables) if (!taken(table, role)) return joined(table, [role])
  return request.role === undefined
    ? no('conflict', 'every seat is taken', 'seats-taken')
    : no('conflict', `"${request.role}" is taken`, 'role-taken')
}
