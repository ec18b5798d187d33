// What each client message does to the sessions, apart from the socket it came on: the handler gets the
// seat the socket holds (and the browser and origin it came from) and answers with the ack's reply, the seat
// the socket takes from now on, and what to do once the ack is sent. The server holding a session runs
// them, for its own sockets and for those another server forwards (cluster.ts).
import type { Server } from 'socket.io'
import { facilitatorBrief, knownOutcome, lobbyView, teamBrief, teamView } from '../live'
import type { ClientEvent, ClientMessage } from '../live/protocol'
import { createHandler, type Forward } from './create-handler'
import { exportFile } from './export-file'
import { fail } from './failure'
import type { Context, Handled, SessionHandlers } from './handler-contract'
import type { LiveSessions } from './live-sessions'
import type { OutcomePool } from './outcome-pool'
import { readmit, rejoin } from './rejoins'
import { hashToken } from './tokens'
import { type PushOptions, viewPushes } from './view-pushes'

export type { Context, Handled, SessionHandlers } from './handler-contract'

export function sessionHandlers(
  io: Server,
  live: LiveSessions,
  pool: OutcomePool,
  options: PushOptions & {
    /** The answer of the server holding a session, asked of the others (cluster.ts); none for one server. */
    readonly forward?: Forward
  },
): SessionHandlers {
  const { log } = options
  // How the changes reach the sockets, and who is connected (view-pushes.ts).
  const pushes = viewPushes(io, live, pool, options)
  const {
    originFor,
    dashboard,
    seated,
    tellFacilitator,
    presenceNews,
    recount,
    broadcast,
    submitted,
    unseat,
    replace,
    computeOutcomes,
  } = pushes

  /**
   * After a change that is in the log: the views first, so a reveal reaches every client one socket write
   * sooner, then the ack, which only says the change is logged.
   */
  const pushed = (push: () => void): Handled => {
    try {
      push()
    } catch (e) {
      log(`a view failed to build: ${(e as Error).stack}`)
    }
    return { reply: { ok: true } }
  }

  const handlers: {
    [E in ClientEvent]: (message: ClientMessage<E>, context: Context) => Handled | Promise<Handled>
  } = {
    'scenarios:list': () => ({ reply: { ok: true, scenarios: live.scenarios() } }),
    'session:create': createHandler(live, pushes, options.forward ?? (async () => undefined)),
    'facilitator:resume': (m, context) => {
      const found = live.seatOf(m.token)
      const s = found && live.get(found.session)
      if (!found || !s || found.identity.kind !== 'facilitator')
        return {
          reply: live.unrestorable.notFound(
            { tokenHash: hashToken(m.token) },
            'no session has this facilitator token',
          ),
        }
      originFor(s, context)
      return {
        seat: found,
        reply: {
          ok: true,
          brief: facilitatorBrief(s),
          view: dashboard(s),
        },
        after: () => {
          computeOutcomes(s)
          void recount(
            s.id,
            s.teams.map((t) => t.id),
          )
        },
      }
    },
    'facilitator:command': async (m, { seat }) => {
      if (seat?.identity.kind !== 'facilitator')
        return { reply: fail('forbidden', 'only the facilitator can do that') }
      const done = await live.act(seat.session, seat.identity, m.command)
      // Refused because the view it was sent from is behind (the clock changed, the round was revealed, perhaps
      // by this very command sent again): the refusal says to look again, so the facilitator is sent what to see.
      if (!done.ok && (done.error.reason === 'clock-changed' || done.error.reason === 'revealed'))
        return { reply: done, after: () => tellFacilitator(live.get(seat.session)) }
      if (!done.ok) return { reply: done }
      for (const e of done.events) if (e.kind === 'removed') unseat(done.session, e.team)
      return pushed(() => broadcast(done.session))
    },
    'facilitator:readmit': async (m, { seat }) => {
      if (seat?.identity.kind !== 'facilitator')
        return { reply: fail('forbidden', 'only the facilitator can let a team back in') }
      const done = await readmit(live, seat.session, m.team)
      if (!done.ok) return { reply: done }
      // Its team row now says until when the code admits (never the code: only this ack carries it).
      return { reply: { ok: true, rejoin: done.rejoin }, after: () => tellFacilitator(done.session) }
    },
    'facilitator:export': async (m, { seat }) => {
      if (seat?.identity.kind !== 'facilitator')
        return { reply: fail('forbidden', 'only the facilitator can export') }
      const s = live.get(seat.session)
      if (!s)
        return { reply: live.unrestorable.notFound({ id: seat.session }, 'this session no longer exists') }
      try {
        return { reply: { ok: true, ...(await exportFile(s, m.format, pool, live.now())) } }
      } catch (e) {
        log(`export of session ${s.id} failed: ${(e as Error).stack}`)
        return { reply: fail('internal', 'the results could not be computed') }
      }
    },
    'session:lobby': (m) => {
      const s = live.withCode(m.code)
      if (!s)
        return { reply: live.unrestorable.notFound({ code: m.code }, `no session with the code ${m.code}`) }
      return { reply: { ok: true, lobby: lobbyView(s) } }
    },
    'team:join': async (m, context) => {
      const joined = await live.join(m, context.browser)
      if (!joined.ok) return { reply: joined }
      const s = joined.session
      seated(s.id, joined.team) // here, so that the views this join pushes say so
      return {
        seat: {
          session: s.id,
          identity: { kind: 'team', team: joined.team },
          tokenHash: hashToken(joined.token),
        },
        reply: {
          ok: true,
          token: joined.token,
          brief: teamBrief(s, joined.team),
          view: teamView(s, joined.team, knownOutcome, live.now()),
        },
        after: () => broadcast(s, joined.team),
      }
    },
    'team:rejoin': async (m, context) => {
      const done = await rejoin(live, m, context.browser)
      if (!done.ok) return { reply: done }
      const { session: s, team } = done
      // Before the ack, so that the old devices are gone from the room before the new one joins it. Not for the same
      // rejoin sent again: its token alone, with any code, would otherwise send the team's devices away.
      if (done.took) replace(s, team, context.socket)
      seated(s.id, team)
      return {
        seat: { session: s.id, identity: { kind: 'team', team }, tokenHash: done.tokenHash },
        reply: {
          ok: true,
          token: done.token,
          brief: teamBrief(s, team),
          view: teamView(s, team, knownOutcome, live.now()),
        },
        // The facilitator's row loses its pending code, and reads connected.
        after: () => tellFacilitator(s),
      }
    },
    'team:resume': (m) => {
      const found = live.seatOf(m.token)
      const s = found && live.get(found.session)
      if (!found || !s || found.identity.kind !== 'team')
        return {
          reply: live.unrestorable.notFound({ tokenHash: hashToken(m.token) }, 'no team has this token'),
        }
      const team = found.identity.team
      const back = seated(s.id, team)
      return {
        seat: found,
        reply: { ok: true, brief: teamBrief(s, team), view: teamView(s, team, knownOutcome, live.now()) },
        after: () => {
          if (back) presenceNews(s.id)
          computeOutcomes(s)
        },
      }
    },
    'team:submit': async (m, { seat }) => {
      if (seat?.identity.kind !== 'team') return { reply: fail('forbidden', 'join as a team first') }
      const { team } = seat.identity
      const done = await live.act(
        seat.session,
        seat.identity,
        { kind: 'submit', round: m.round, decision: m.decision },
        seat.tokenHash,
      )
      if (!done.ok) return { reply: done }
      // The decision already in, sent again: nothing changed, so nothing is pushed.
      if (done.events.length === 0) return { reply: { ok: true } }
      // A reveal changes every view; a submission alone only the team's and who has submitted.
      const revealed = done.events.some((e) => e.kind === 'revealed')
      return pushed(() => (revealed ? broadcast(done.session) : submitted(done.session, team)))
    },
  }

  return {
    isHere(event, message, seat) {
      switch (event) {
        case 'scenarios:list':
        case 'session:create':
          return true
        case 'facilitator:resume':
        case 'team:resume':
          return live.seatOf((message as { token: string }).token) !== undefined
        case 'session:lobby':
        case 'team:join':
        case 'team:rejoin':
          return live.withCode((message as { code: string }).code) !== undefined
        case 'facilitator:command':
        case 'facilitator:readmit':
        case 'facilitator:export':
        case 'team:submit':
          // A socket with no seat is refused here, as anywhere.
          return seat === undefined || live.get(seat.session) !== undefined
      }
    },
    handle: (event, message, context) =>
      (handlers[event] as (m: unknown, c: Context) => Handled | Promise<Handled>)(message, context),
    forget: pushes.forget,
    left: ({ session, identity }) => {
      if (identity.kind === 'team' && live.get(session)) void recount(session, [identity.team])
      return live.get(session) !== undefined
    },
    recount: (id) => void recount(id, live.get(id)?.teams.map((t) => t.id) ?? []),
    tookOver: (id) => {
      const s = live.get(id)
      if (s) pushes.tookOver(s)
    },
    sendAwayStale: (seats) => {
      for (const id of new Set(seats.map((seat) => seat.session))) {
        const s = live.get(id)
        if (s) pushes.sendAwayStale(s, seats)
      }
    },
    readAgain: (id) => {
      const s = live.get(id)
      if (s) broadcast(s)
    },
  }
}
