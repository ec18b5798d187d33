// A token bucket, per socket, per client address or per seat: a burst is fine, a steady flood is refused.

export interface Bucket {
  /** Takes one token; false when the bucket is empty. */
  take(now: number): boolean
  /** Whether a take now would succeed, taking nothing. */
  has(now: number): boolean
  /** How long until a take would succeed, in ms: 0 when one would now. */
  waitMs(now: number): number
}

export function tokenBucket(capacity: number, perSecond: number, start: number): Bucket {
  let tokens = capacity
  let last = start
  const refilled = (now: number) => Math.min(capacity, tokens + ((now - last) / 1000) * perSecond)
  return {
    take(now) {
      tokens = refilled(now)
      last = now
      // A whole token refilled in floating point may fall a hair short of 1.
      if (tokens < 1 - 1e-9) return false
      tokens = Math.max(0, tokens - 1)
      return true
    },
    has: (now) => refilled(now) >= 1 - 1e-9,
    waitMs: (now) => Math.max(0, Math.ceil(((1 - refilled(now)) / perSecond) * 1000)),
  }
}

export interface KeyedLimiter {
  /** Takes one from the key's bucket; false when it is empty. */
  take(key: string, now: number): boolean
  /** Whether the key's bucket has one to take, taking nothing (a key never seen has). */
  has(key: string, now: number): boolean
  /** How long until the key's bucket has one to take, in ms (0 for a key never seen). */
  waitMs(key: string, now: number): number
}

/** Past this many keys held, the ones whose buckets have refilled are forgotten. */
const SWEEP_AT = 10_000

/** A bucket per key (a client's address, a seat): `capacity` at once, refilled at that many per `perMs`. */
export function keyedLimiter(capacity: number, perMs: number): KeyedLimiter {
  const perSecond = (capacity / perMs) * 1000
  const refilledMs = perMs
  const buckets = new Map<string, { bucket: Bucket; last: number }>()
  return {
    take(key, now) {
      if (buckets.size >= SWEEP_AT)
        for (const [old, kept] of buckets) if (now - kept.last >= refilledMs) buckets.delete(old)
      let held = buckets.get(key)
      if (!held) {
        held = { bucket: tokenBucket(capacity, perSecond, now), last: now }
        buckets.set(key, held)
      }
      held.last = now
      return held.bucket.take(now)
    },
    has: (key, now) => buckets.get(key)?.bucket.has(now) ?? true,
    waitMs: (key, now) => buckets.get(key)?.bucket.waitMs(now) ?? 0,
  }
}
