// A token bucket, per socket or per client address: a burst is fine, a steady flood is refused.

export interface Bucket {
  /** Takes one token; false when the bucket is empty. */
  take(now: number): boolean
}

export function tokenBucket(capacity: number, perSecond: number, start: number): Bucket {
  let tokens = capacity
  let last = start
  return {
    take(now) {
      tokens = Math.min(capacity, tokens + ((now - last) / 1000) * perSecond)
      last = now
      // A whole token refilled in floating point may fall a hair short of 1.
      if (tokens < 1 - 1e-9) return false
      tokens = Math.max(0, tokens - 1)
      return true
    },
  }
}
