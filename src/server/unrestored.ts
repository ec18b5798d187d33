// The logged sessions this version cannot rebuild (a logged event it no longer accepts, a scenario that no longer
// loads): held by no server, but still known by their join code and their seats' token hashes, so that a client
// asking for one is told it could not be restored, rather than that it does not exist (which makes a browser
// forget its token, lost for good even once a version that reads the session again is running).
import type { SessionId } from '../live'
import { type Failure, fail } from './failure'

/** A logged session that could not be rebuilt: why, and how its clients name it. */
export interface Unrestorable {
  readonly id: SessionId
  readonly code: string
  readonly message: string
  /** The hashes of the tokens its log gave out, the facilitator's and the teams'. */
  readonly tokenHashes: readonly string[]
  /** Its last event's time, by which it is pruned as any session is. */
  readonly lastAt: number
}

/** The token hashes a session's raw events gave out, read without replaying them (one may be what fails). */
export function tokenHashesOf(raw: readonly unknown[]): string[] {
  const hashes = new Set<string>()
  for (const event of raw) {
    if (typeof event !== 'object' || event === null) continue
    const { facilitatorHash, tokenHash } = event as { facilitatorHash?: unknown; tokenHash?: unknown }
    const team = (event as { team?: { tokenHash?: unknown } }).team
    for (const hash of [facilitatorHash, tokenHash, team?.tokenHash])
      if (typeof hash === 'string') hashes.add(hash)
  }
  return [...hashes]
}

export class UnrestorableSessions {
  private readonly byId = new Map<SessionId, Unrestorable>()

  add(session: Unrestorable): void {
    this.byId.set(session.id, session)
  }

  /** Replaces them all (with several servers, by those the database lists). */
  replace(sessions: readonly Unrestorable[]): void {
    this.byId.clear()
    for (const s of sessions) this.add(s)
  }

  drop(id: SessionId): void {
    this.byId.delete(id)
  }

  /** Those whose last event is before `before`. */
  olderThan(before: number): SessionId[] {
    return [...this.byId.values()].filter((s) => s.lastAt < before).map((s) => s.id)
  }

  /**
   * The answer to a request whose session id, code or token names no session held: `unrestorable` for one of these,
   * else `not-found` with `message`. Never `not-found` for one of these, which would make the browser forget its token.
   */
  notFound(by: { id: SessionId } | { code: string } | { tokenHash: string }, message: string): Failure {
    const named = (s: Unrestorable) =>
      'id' in by ? s.id === by.id : 'code' in by ? s.code === by.code : s.tokenHashes.includes(by.tokenHash)
    for (const s of this.byId.values()) if (named(s)) return notRestored(s)
    return fail('not-found', message)
  }
}

/** What a client naming a session that could not be rebuilt is answered. */
export const notRestored = (s: Unrestorable): Failure =>
  fail(
    'unrestorable',
    `session ${s.code} is in the log but could not be restored on this version of the server: ${s.message}`,
  )
