// The address a client is counted by, for the rates per address of what costs the server the most (creating a
// session, joining one): a socket is free to make and so gets a fresh bucket of its own, an address is not. It
// is the socket's peer, or behind a trusted reverse proxy the last address that proxy added to X-Forwarded-For;
// an IPv6 client is counted by its /64, the block one machine is usually given.
import type { IncomingMessage } from 'node:http'
import { isIPv6 } from 'node:net'

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
