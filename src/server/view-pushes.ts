// How a session's changes reach its sockets, for the handlers (session-handlers.ts): each audience's view pushed
// to its room, the facilitator told who has submitted after a submission that does not reveal, the outcomes sent
// once computed, a removed or replaced team's sockets sent away, and who is connected
// counted for the facilitator's dashboard. It keeps, per session, the address its join links use.
import { performance } from 'node:perf_hooks'
import type { Server } from 'socket.io'
import {
  facilitatorView,
  knownOutcome,
  missingOutcomes,
  outcomesShown,
  type Session,
  type SessionId,
  submissionsNotice,
  type TeamId,
} from '../live'
import type { FacilitatorView } from '../live/protocol'
import type { Context } from './handler-contract'
import type { LiveSessions } from './live-sessions'
import type { OutcomePool } from './outcome-pool'
import { Presence } from './presence'
import { roomOf, teamViewsByRoom, viewsByRoom } from './rooms'
import { sendingAway } from './send-away'
import type { Seat } from './session-registry'

/**
 * How often, at most, a session's facilitator is pushed its view for who is connected alone. A device that connects
 * and disconnects in a loop, each time on a new connection, sent it a whole view each time: 150 a second, 5 MB a
 * second at a game's end. A change in the log still pushes at once.
 */
export const PRESENCE_PUSH_MS = 1_000

export interface ViewPushes {
  /** The address teams open to join `s`. */
  joinUrl(s: Session): string
  /**
   * Fixes the address `s`'s join links use, the first time its facilitator creates or resumes it here: the
   * server's public address if it has one, else the one that facilitator opened.
   */
  originFor(s: Session, context: Context): void
  /** The facilitator's view of `s` now. */
  dashboard(s: Session): FacilitatorView
  /**
   * A socket took `team`'s seat (a join or a resume): connected now. Whether that is news the facilitator is
   * to be told of. Who is connected is the transport's to know (presence.ts), and only the facilitator's
   * view shows it.
   */
  seated(id: SessionId, team: TeamId): boolean
  /** Pushes the facilitator's view of `s`, if it is still held. */
  tellFacilitator(s: Session | undefined): void
  /**
   * Tells the facilitator of `id` that a team came or went: at once, or, within PRESENCE_PUSH_MS of the last such
   * push, once that time is up, with who is connected then.
   */
  presenceNews(id: SessionId): void
  /** Counts `teams` again, and tells the facilitator (as presenceNews) if any of them came or went. */
  recount(id: SessionId, teams: readonly TeamId[]): Promise<void>
  /**
   * This server has just taken `s` over: whatever the dead holder was sending when it died may never have left
   * it, so every team is sent its view again at once, and the facilitator once the teams are counted (before,
   * its dashboard would read them all offline).
   */
  tookOver(s: Session): void
  /**
   * Pushes the new views to the facilitator and to `teams`: every team, or one (a submission changes only
   * its team's view, and a join in the lobby only the new team's). Every view is built before the first is
   * sent, so that a reveal's sends follow one another closely.
   */
  broadcast(s: Session, teams?: TeamId | 'all'): void
  /**
   * After `team`'s submission that did not reveal the round: the team its new view, and the facilitator a notice
   * of who has submitted (with-submissions.ts), the one thing of its view a submission changes, rather than its
   * whole view again (half of a round's views, each a build and an encoding of every table). Teams are told
   * nothing of another's submission.
   */
  submitted(s: Session, team: TeamId): void
  /** A removed team's sockets are told, and leave its room: nothing of the session reaches them any more. */
  unseat(s: Session, team: TeamId): void
  /**
   * A team rejoined on another device: its other sockets (all but `except`, the one it rejoined on, wherever
   * they are) are told, and leave its room, as a removed team's do.
   */
  replace(s: Session, team: TeamId, except: string | undefined): void
  /**
   * Of `seats`, those of `s`'s teams whose token no longer admits (the team removed, or rejoined on another device):
   * their sockets, wherever they are, are sent away as unseat and replace do. For a server that did not hear those.
   */
  sendAwayStale(s: Session, seats: readonly Seat[]): void
  /** Asks for the outcomes `s` is missing, and sends each audience those its view shows once they come. */
  computeOutcomes(s: Session): void
  /** A session was pruned or moved away: its join address and its connections go too. */
  forget(session: SessionId): void
}

export interface PushOptions {
  readonly publicUrl?: string | undefined
  readonly log: (message: string) => void
  /** One of several servers on one database: sockets are sent away on every server (send-away.ts). */
  readonly clustered?: boolean
}

export function viewPushes(
  io: Server,
  live: LiveSessions,
  pool: OutcomePool,
  options: PushOptions,
): ViewPushes {
  const { log } = options
  const sendAway = sendingAway(io, options.clustered ?? false)
  const origins = new Map<SessionId, string>()
  const joinUrl = (s: Session) => `${origins.get(s.id) ?? options.publicUrl ?? ''}/#/join/${s.code}`

  const presence = new Presence(
    io,
    live.now,
    (id, team) => live.get(id)?.teams.find((t) => t.id === team)?.tokenHash,
  )
  const viewsOf = (s: Session, teams: TeamId | 'all') =>
    viewsByRoom(s, teams, joinUrl(s), live.now(), presence.of(s))
  const dashboard = (s: Session) => facilitatorView(s, joinUrl(s), knownOutcome, live.now(), presence.of(s))
  const tellFacilitator = (s: Session | undefined) => {
    if (s) io.to(roomOf(s.id, { kind: 'facilitator' })).emit('view', dashboard(s))
  }
  // Paced on the machine's clock, not the sessions' (a test's may stand still): it spares the facilitator's link.
  const presencePushed = new Map<SessionId, number>()
  const presenceWaiting = new Map<SessionId, NodeJS.Timeout>()
  const presenceNews = (id: SessionId) => {
    if (presenceWaiting.has(id)) return
    const push = () => {
      presenceWaiting.delete(id)
      presencePushed.set(id, performance.now())
      tellFacilitator(live.get(id))
    }
    const wait = (presencePushed.get(id) ?? Number.NEGATIVE_INFINITY) + PRESENCE_PUSH_MS - performance.now()
    if (wait <= 0) return push()
    presenceWaiting.set(id, setTimeout(push, wait).unref())
  }

  // An outcome costs tens of milliseconds: the outcome worker computes it while the reveal goes out, then
  // each audience gets the new outcomes its view shows, taken from that view (so no team learns more than its
  // view would tell), as a notice the client puts into the view it holds: a few hundred bytes where every view
  // again whole was ten times 23 KB at a game's end. Outcomes are not logged (they are a function of the
  // events): a session restored finished has none, and gets them when a seat comes back.
  const requested = new WeakSet<object>()
  const computeOutcomes = (s: Session) => {
    const missing = missingOutcomes(s).filter((t) => !requested.has(t))
    if (missing.length === 0) return
    for (const t of missing) requested.add(t)
    Promise.all(missing.map((t) => pool.outcome(s, t)))
      .then(() => {
        const latest = live.get(s.id)
        if (!latest) return
        // The tables as they finished: one changed since (a new game) has its own outcome to come.
        const tables = new Set(latest.tables.filter((t) => missing.includes(t)).map((t) => t.index))
        for (const [room, view] of viewsOf(latest, 'all')) {
          const outcomes = outcomesShown(view, tables)
          if (outcomes.length > 0) io.to(room).emit('outcomes', { code: latest.code, outcomes })
        }
      })
      .catch((e: Error) => log(`outcomes of session ${s.id} failed: ${e.stack}`))
  }

  return {
    joinUrl,
    originFor: (s, context) => {
      if (!origins.has(s.id)) origins.set(s.id, options.publicUrl ?? context.origin)
    },
    dashboard,
    seated: (id, team) => presence.seated(id, team),
    tellFacilitator,
    presenceNews,
    recount: (id, teams) =>
      presence.recount(id, teams).then(
        (news) => {
          if (news) presenceNews(id)
        },
        (e: Error) => log(`counting the devices of session ${id} failed: ${e.message}`),
      ),
    tookOver: (s) => {
      const facilitator = roomOf(s.id, { kind: 'facilitator' })
      for (const [room, view] of viewsOf(s, 'all')) if (room !== facilitator) io.to(room).emit('view', view)
      computeOutcomes(s)
      presence
        .recount(
          s.id,
          s.teams.map((t) => t.id),
        )
        .then(
          () => tellFacilitator(live.get(s.id)),
          (e: Error) => log(`counting the devices of session ${s.id} failed: ${e.message}`),
        )
    },
    broadcast: (s, teams = 'all') => {
      for (const [room, view] of viewsOf(s, teams)) io.to(room).emit('view', view)
      computeOutcomes(s)
    },
    submitted: (s, team) => {
      const now = live.now()
      const notice = submissionsNotice(s, now)
      if (notice) io.to(roomOf(s.id, { kind: 'facilitator' })).emit('submitted', notice)
      for (const [room, view] of teamViewsByRoom(s, team, now)) io.to(room).emit('view', view)
    },
    unseat: (s, team) =>
      sendAway({ room: roomOf(s.id, { kind: 'team', team }), notice: ['removed', { code: s.code }] }),
    // A socket's own room is its id: leaving it out spares the new device whatever the order of arrival.
    replace: (s, team, except) =>
      sendAway({
        room: roomOf(s.id, { kind: 'team', team }),
        notice: ['replaced', { code: s.code }],
        except,
      }),
    sendAwayStale: (s, seats) => {
      for (const { session, identity, tokenHash } of seats) {
        if (session !== s.id || identity.kind !== 'team' || tokenHash === undefined) continue
        const now = s.teams.find((t) => t.id === identity.team)
        if (now?.tokenHash === tokenHash) continue
        const notice = [now ? 'replaced' : 'removed', { code: s.code }] as const
        sendAway({ room: roomOf(s.id, identity), notice, seated: tokenHash })
      }
    },
    computeOutcomes,
    forget: (session) => {
      clearTimeout(presenceWaiting.get(session))
      presenceWaiting.delete(session)
      presencePushed.delete(session)
      origins.delete(session)
      presence.forget(session)
    },
  }
}
