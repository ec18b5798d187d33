// `session:create`: a new session, or, for a create sent again with its token, the one an earlier attempt made
// (created-again.ts). Held by another server of a cluster, that one is asked for it as a facilitator resuming with
// the token would ask, and the answer is the create's: the same code, the same token, the brief and view as now.
import { facilitatorBrief, type Session } from '../live'
import type { ClientEvent, ClientMessage, FacilitatorBrief, FacilitatorView } from '../live/protocol'
import type { Problem } from '../scenario'
import { fail } from './failure'
import type { Context, Handled } from './handler-contract'
import type { LiveSessions } from './live-sessions'
import type { ViewPushes } from './view-pushes'

/** The answer of the server holding a session another server has: cluster.ts's forward, none for one server. */
export type Forward = (event: ClientEvent, message: unknown, context: Context) => Promise<Handled | undefined>

type Resumed = { ok: true; brief: FacilitatorBrief; view: FacilitatorView } | { ok: false }

export function createHandler(
  live: LiveSessions,
  pushes: Pick<ViewPushes, 'joinUrl' | 'originFor' | 'dashboard'>,
  forward: Forward,
): (m: ClientMessage<'session:create'>, context: Context) => Promise<Handled> {
  const { joinUrl, originFor, dashboard } = pushes
  /** `warnings`: an imported scenario's, for the facilitator to read beside the new session. */
  const answer = (
    s: Session,
    token: string,
    context: Context,
    warnings: readonly Problem[] = [],
  ): Handled => {
    originFor(s, context)
    return {
      seat: { session: s.id, identity: { kind: 'facilitator' }, tokenHash: s.facilitatorHash },
      reply: {
        ok: true,
        session: { id: s.id, code: s.code, joinUrl: joinUrl(s) },
        token,
        brief: facilitatorBrief(s),
        view: dashboard(s),
        ...(warnings.length > 0 ? { warnings } : {}),
      },
    }
  }
  return async (m, context) => {
    const created = await live.create(m)
    if (!created.ok) return { reply: created }
    const { token } = created
    if ('session' in created) return answer(created.session, token, context, created.warnings)
    const { id, code } = created.elsewhere
    const resumed = await forward('facilitator:resume', { token }, context)
    if (!resumed) {
      // No server answered for it, and the forward's look at the leases may have taken it here.
      const seat = live.seatOf(token)
      const s = seat?.identity.kind === 'facilitator' ? live.get(seat.session) : undefined
      if (s) return answer(s, token, context)
      return {
        reply: fail(
          'internal',
          `no server holds session ${code}, which this create made, just now: try again`,
        ),
      }
    }
    const reply = resumed.reply as Resumed
    if (!reply.ok) return { reply }
    return {
      ...(resumed.seat ? { seat: resumed.seat } : {}),
      reply: {
        ok: true,
        session: { id, code, joinUrl: reply.view.joinUrl },
        token,
        brief: reply.brief,
        view: reply.view,
      },
    }
  }
}
