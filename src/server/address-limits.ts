// Rates per client address, for what costs the server the most (creating a session, joining one): a socket
// is free to make and so gets a fresh bucket of its own, an address is not. The client's address is the
// socket's peer, or behind a trusted reverse proxy the last address that proxy added to X-Forwarded-For;
// an IPv6 client is counted by its /64, the block one machine is usually given.
import type { IncomingMessage } from 'node:http'
import { isIPv6 } from 'node:net'
import { type Bucket, tokenBucket } from './throttle'

export interface AddressLimiter {
  /** Takes one from the address's bucket; false when it is empty. */
  take(address: string, now: number): boolean
}

/** Past this many addresses held, the ones whose buckets have refilled are forgotten. */
const SWEEP_AT = 10_000

/** `capacity` at once, refilled at that many per `perMs`. */
export function addressLimiter(capacity: number, perMs: number): AddressLimiter {
  const perSecond = (capacity / perMs) * 1000
  const refilledMs = perMs
  const buckets = new Map<string, { bucket: Bucket; last: number }>()
  return {
    take(address, now) {
      if (buckets.size >= SWEEP_AT)
        for (const [key, held] of buckets) if (now - held.last >= refilledMs) buckets.delete(key)
      let held = buckets.get(address)
      if (!held) {
        held = { bucket: tokenBucket(capacity, perSecond, now), last: now }
        buckets.set(address, held)
      }
      held.last = now
      return held.bucket.take(now)
    },
  }
}

/** The address a request came from, as the limits count it. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? req.headers['x-forwarded-for'] : undefined
  const listed = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',')
  const address = (listed.at(-1)?.trim() || req.socket.remoteAddress || 'unknown').toLowerCase()
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1]
  if (v4) return v4
  if (!isIPv6(address)) return address
  return `${expand(address).slice(0, 4).join(':')}::/64`
}

/** The eight groups of an IPv6 address, `::` filled in. */
function expand(address: string): string[] {
  const [head = '', tail] = address.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  return [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
}
