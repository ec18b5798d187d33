// The secret tokens a browser holds for live sessions, one per seat and join code, so a reload or a
// dropped connection resumes the same seat. Storage may be missing or full: then the seat lasts the page.
import type { SaveStorage } from '../saved-game'

export type SeatKind = 'facilitator' | 'team'

const key = (kind: SeatKind, code: string) => `article-four:live:${kind}:${code.toUpperCase()}`
const TOKEN = /^[A-Za-z0-9_-]{22}$/

export function readToken(storage: SaveStorage | undefined, kind: SeatKind, code: string): string | null {
  try {
    const token = storage?.getItem(key(kind, code)) ?? null
    return token !== null && TOKEN.test(token) ? token : null
  } catch {
    return null
  }
}

export function writeToken(
  storage: SaveStorage | undefined,
  kind: SeatKind,
  code: string,
  token: string,
): void {
  try {
    storage?.setItem(key(kind, code), token)
    if (kind === 'facilitator') keepHeld(storage, [code.toUpperCase(), ...heldSessions(storage)])
  } catch {
    // Private browsing or a full quota: the seat still works until the page closes.
  }
}

export function forgetToken(storage: SaveStorage | undefined, kind: SeatKind, code: string): void {
  try {
    storage?.removeItem(key(kind, code))
    if (kind === 'facilitator') keepHeld(storage, heldSessions(storage))
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/** The codes of the sessions this browser runs, newest first: the storage's keys cannot be listed through its face. */
const HELD = 'article-four:live:held'
/** Enough for a week of workshops; older ones are still resumed from their own address. */
const MOST_HELD = 12

/**
 * The join codes of the sessions this browser holds a facilitator's token for, newest first: the way back to a
 * dashboard the facilitator has left. A code whose token is gone (a session the server pruned) is not among them.
 */
export function heldSessions(storage: SaveStorage | undefined): string[] {
  try {
    const listed: unknown = JSON.parse(storage?.getItem(HELD) ?? '[]')
    if (!Array.isArray(listed)) return []
    return listed.filter(
      (code): code is string => typeof code === 'string' && readToken(storage, 'facilitator', code) !== null,
    )
  } catch {
    return []
  }
}

function keepHeld(storage: SaveStorage | undefined, codes: readonly string[]): void {
  const held = [...new Set(codes)].slice(0, MOST_HELD)
  storage?.setItem(HELD, JSON.stringify(held))
}
