// What one server allows, each a setting (docs/deploy.md): how often one client address may create sessions
// and join them, how many sessions and how many bytes of scenario text the server holds, and what reading
// one imported scenario may cost. The defaults suit a few schools' workshops, each behind one address.

export interface ServerLimits {
  /** Sessions one client address may create in an hour (a burst of as many, refilled over the hour). */
  readonly createsPerHour: number
  /** Teams one client address may join in a minute: a class behind one address joins within one. */
  readonly joinsPerMinute: number
  /** Connections one client address may hold open at once (connection-limit.ts). */
  readonly connectionsPerAddress: number
  /** Bytes sent to those connections and not yet taken, all of them together (send-backlog.ts). */
  readonly unreadBytesPerAddress: number
  /** Bytes sent to all the server's connections and not yet taken, together (send-backlog.ts). */
  readonly unreadBytesPerServer: number
  /** Sessions held at once, finished ones included until they are pruned. */
  readonly sessions: number
  /** Of those, the sessions one client address may have created (address-sessions.ts). */
  readonly sessionsPerAddress: number
  /** Bytes of scenario text those sessions hold (each keeps its scenario's text, in memory and in the log). */
  readonly scenarioBytes: number
  /** Reading one imported scenario: at most this long, on its own thread… */
  readonly checkMs: number
  /** …and with at most this much heap. */
  readonly checkMegabytes: number
}

export const MB = 1_000_000

export const DEFAULT_LIMITS: ServerLimits = {
  createsPerHour: 60,
  joinsPerMinute: 60,
  connectionsPerAddress: 500,
  // A class of 60 behind one address, each device with two answers on their way, each as large as the largest a
  // seat is sent (a resume's brief and view at a game's end, over 40 KB: say 50), holds 6 MB unread at the very
  // worst, a tenth of this. Even all 60 waiting at once for the brief of an imported scenario near its 1 MB stay
  // under it. One address's connections that never read held 500 MB to 1 GB before (send-backlog.ts).
  unreadBytesPerAddress: 64 * MB,
  // Forty such classes at once at their very worst hold 240 MB, far more than the few schools' workshops these
  // defaults are for. Four addresses' whole budgets fill it; without it, a client holding many addresses (IPv6
  // /64s are cheap) held 64 MB for each, and the heap grew with the number of addresses.
  unreadBytesPerServer: 256 * MB,
  sessions: 500,
  sessionsPerAddress: 100,
  scenarioBytes: 200 * MB,
  checkMs: 5_000,
  checkMegabytes: 256,
}

/**
 * Requests one connection may keep waiting for another server's answer at once (forwarding.ts), each for up to
 * ANSWER_WITHIN_MS: a browser sends a few at a time, a client sending as many as it likes would keep as many
 * forwards asking, sweeping and looking at the leases. One more is refused at once (transport.ts).
 */
export const FORWARDS_WAITING = 16
