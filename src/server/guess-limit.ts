// The codes an address may get wrong in a while (a join code that finds no session, a rejoin code that finds no
// team): a bucket per address whose every guess is held from the moment it is asked until its answer comes, so
// that guesses sent at once, on one socket or on many, cannot all pass before the first of them is counted. A
// guess that finds something gives its hold back; a miss uses it up.

export interface GuessLimit {
  /** Whether the address may guess now: it has a guess left that no unanswered one holds. */
  has(key: string, now: number): boolean
  /** Holds one of the address's guesses until `settle`; false (holding nothing) when none is left. */
  hold(key: string, now: number): boolean
  /** A held guess was answered: a miss uses it up, anything else gives it back. */
  settle(key: string, now: number, missed: boolean): void
  /** How long until the address has a guess again that no unanswered one holds (0: it has one now), ms. */
  waitMs(key: string, now: number): number
}

/** Past this many addresses held, the ones with nothing held and a full bucket again are forgotten. */
const SWEEP_AT = 10_000

/** `capacity` misses at once, refilled at that many per `perMs`. */
export function guessLimit(capacity: number, perMs: number): GuessLimit {
  const perMsRate = capacity / perMs
  const keys = new Map<string, { tokens: number; last: number; held: number }>()
  const at = (key: string, now: number) => {
    let kept = keys.get(key)
    if (!kept) {
      if (keys.size >= SWEEP_AT)
        for (const [old, k] of keys) if (k.held === 0 && now - k.last >= perMs) keys.delete(old)
      kept = { tokens: capacity, last: now, held: 0 }
      keys.set(key, kept)
    }
    kept.tokens = Math.min(capacity, kept.tokens + Math.max(0, now - kept.last) * perMsRate)
    kept.last = Math.max(kept.last, now)
    return kept
  }
  // A whole token refilled in floating point may fall a hair short of 1.
  const free = (key: string, now: number) => {
    const k = at(key, now)
    return k.tokens - k.held >= 1 - 1e-9
  }
  return {
    has: free,
    hold(key, now) {
      if (!free(key, now)) return false
      at(key, now).held++
      return true
    },
    settle(key, now, missed) {
      const k = at(key, now)
      k.held = Math.max(0, k.held - 1)
      if (missed) k.tokens = Math.max(0, k.tokens - 1)
    },
    waitMs(key, now) {
      const k = at(key, now)
      return Math.max(0, Math.ceil(((1 - (k.tokens - k.held)) * perMs) / capacity))
    },
  }
}
