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
  } catch {
    // Private browsing or a full quota: the seat still works until the page closes.
  }
}

export function forgetToken(storage: SaveStorage | undefined, kind: SeatKind, code: string): void {
  try {
    storage?.removeItem(key(kind, code))
  } catch {
    // Nothing stored, nothing to forget.
  }
}
