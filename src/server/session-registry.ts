// The sessions a server holds in memory, found by id, by join code and by a seat's token hash, with when
// each last changed (what pruning goes by). Only what a session says is indexed: the log is the truth.
import type { Identity, Session, SessionId } from '../live'

/** Who holds a token: the facilitator of a session, or one of its teams. */
export interface Seat {
  readonly session: SessionId
  readonly identity: Identity
  /**
   * The hash of the token that gave it: a team that took its seat back on another device (a rejoin) has a new
   * token, and a socket still holding the seat by the old one may no longer act for it.
   */
  readonly tokenHash?: string
}

export class SessionRegistry {
  private readonly byId = new Map<SessionId, Session>()
  private readonly byCode = new Map<string, SessionId>()
  private readonly byTokenHash = new Map<string, Seat>()
  private readonly lastAt = new Map<SessionId, number>()
  /** The fence each session was read under (event-log.ts): its appends are made under it. */
  private readonly fences = new Map<SessionId, number>()

  get(id: SessionId): Session | undefined {
    return this.byId.get(id)
  }

  get size(): number {
    return this.byId.size
  }

  ids(): SessionId[] {
    return [...this.byId.keys()]
  }

  sessions(): IterableIterator<Session> {
    return this.byId.values()
  }

  idOf(code: string): SessionId | undefined {
    return this.byCode.get(code)
  }

  hasCode(code: string): boolean {
    return this.byCode.has(code)
  }

  seatOf(tokenHash: string): Seat | undefined {
    return this.byTokenHash.get(tokenHash)
  }

  /** The fence a held session's appends are made under: 0 for one this server created, until it is read again. */
  fenceOf(id: SessionId): number {
    return this.fences.get(id) ?? 0
  }

  /** The fence a session was read under, once it is held. */
  fenced(id: SessionId, fence: number): void {
    this.fences.set(id, fence)
  }

  /** When a held session last changed. */
  lastChange(id: SessionId): number | undefined {
    return this.lastAt.get(id)
  }

  /** The sessions whose last change is older than `before`. */
  olderThan(before: number): SessionId[] {
    return [...this.lastAt].filter(([, at]) => at < before).map(([id]) => id)
  }

  /**
   * A session as it now stands: its code and its seats follow it, a removed team's token admits nobody, nor the
   * old token of a team that rejoined on another device.
   */
  remember(s: Session, lastAt: number): void {
    const known = this.byId.get(s.id)
    this.byId.set(s.id, s)
    this.lastAt.set(s.id, lastAt)
    this.byCode.set(s.code, s.id)
    if (!known)
      this.byTokenHash.set(s.facilitatorHash, {
        session: s.id,
        identity: { kind: 'facilitator' },
        tokenHash: s.facilitatorHash,
      })
    if (known?.teams === s.teams) return
    for (const t of known?.teams ?? []) if (!s.teams.includes(t)) this.byTokenHash.delete(t.tokenHash)
    for (const t of s.teams)
      if (!known?.teams.includes(t))
        this.byTokenHash.set(t.tokenHash, {
          session: s.id,
          identity: { kind: 'team', team: t.id },
          tokenHash: t.tokenHash,
        })
  }

  /** Out of memory, its tokens no longer valid; whether it was here. */
  forget(id: SessionId): boolean {
    const s = this.byId.get(id)
    if (!s) return false
    this.byId.delete(id)
    this.lastAt.delete(id)
    this.fences.delete(id)
    this.byCode.delete(s.code)
    this.byTokenHash.delete(s.facilitatorHash)
    for (const t of s.teams) this.byTokenHash.delete(t.tokenHash)
    return true
  }
}
