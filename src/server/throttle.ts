// A token bucket per socket: a burst of messages is fine, a steady flood is refused, and a client that
// keeps flooding after being refused is disconnected.

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
      if (tokens < 1) return false
      tokens -= 1
      return true
    },
  }
}
