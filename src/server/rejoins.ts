// A team back in after it lost its device (src/live/rejoin.ts has the rules): the facilitator's readmit draws a
// one-time code and logs only its slow, salted hash (hashRejoinCode); the team's rejoin redeems it for a new
// token, as a join would.
import { decideReadmit, decideRejoin, type Session, type SessionId, type TeamId } from '../live'
import { normaliseRejoinCode } from '../live/join-code'
import type { ClientMessage } from '../live/protocol'
import type { Failure } from './failure'
import type { LiveSessions } from './live-sessions'
import { hashRejoinCode, hashToken, newRejoinCode, newToken } from './tokens'

export interface Readmitted {
  readonly ok: true
  readonly session: Session
  readonly rejoin: { readonly team: string; readonly code: string; readonly expiresAt: number }
}

/** A new rejoin code for `team`: the facilitator reads it out; the log keeps its hash and when it runs out. */
export async function readmit(
  live: LiveSessions,
  id: SessionId,
  team: string,
): Promise<Readmitted | Failure> {
  const code = newRejoinCode()
  const codeHash = await hashRejoinCode(code, id)
  const done = await live.change(id, (s) =>
    decideReadmit(s, { kind: 'facilitator' }, team, codeHash, live.now()),
  )
  if (!done.ok) return done
  const opened = done.events.find((e) => e.kind === 'readmit-opened')
  if (!opened) throw new Error('a readmit logged no readmit-opened event')
  return { ok: true, session: done.session, rejoin: { team: opened.team, code, expiresAt: opened.expiresAt } }
}

export interface Rejoined {
  readonly ok: true
  readonly session: Session
  readonly team: TeamId
  readonly token: string
  readonly tokenHash: string
  /** Whether this rejoin took the seat now: not when it is the same rejoin sent again, the seat already taken. */
  readonly took: boolean
}

/** The team whose code this is takes its seat on `browser` (a cookie's value, or the socket's id), with a new token. */
export async function rejoin(
  live: LiveSessions,
  input: ClientMessage<'team:rejoin'>,
  browser: string,
): Promise<Rejoined | Failure> {
  const s = live.withCode(input.code)
  if (!s) return live.unrestorable.notFound({ code: input.code }, `no session with the code ${input.code}`)
  const token = input.token ?? newToken()
  const tokenHash = hashToken(token)
  const taken = live.tokenElsewhere(s.id, tokenHash)
  if (taken) return taken
  const request = {
    codeHash: await hashRejoinCode(normaliseRejoinCode(input.rejoin), s.id),
    browser: hashToken(`browser:${browser}`),
  }
  const done = await live.change(s.id, (latest) => decideRejoin(latest, request, tokenHash, live.now()))
  if (!done.ok) return done
  // Its token's team: the one just rejoined, or, for the same rejoin sent again, the one it rejoined before.
  const team = done.session.teams.find((t) => t.tokenHash === tokenHash)
  if (!team) throw new Error('a rejoin seated no team with its token')
  return { ok: true, session: done.session, team: team.id, token, tokenHash, took: done.events.length > 0 }
}
