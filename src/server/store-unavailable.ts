// A request that failed because the event log could not be reached, told apart from one that failed for any other
// reason: the client is told the store is unavailable and may send the same again, not that the server broke.
import { type Failure, fail } from './failure'

/** PostgreSQL's classes of error that mean the database, not the request: connection, resources, operator, system. */
const UNAVAILABLE_CLASSES = new Set(['08', '53', '57', '58'])

/**
 * Whether `e` says the event log could not be reached or did not answer in time: a PostgreSQL error of those
 * classes (57014 is a statement cancelled by statement_timeout), an error of the connection itself, which
 * carries no SQLSTATE (refused, reset, terminated, the driver's own query or connection timeout), or SQLite's file
 * out of reach.
 */
function isStoreUnavailable(e: unknown): boolean {
  if (!(e instanceof Error)) return false
  const code = (e as { code?: unknown }).code
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return UNAVAILABLE_CLASSES.has(code.slice(0, 2))
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return true // ECONNREFUSED, ECONNRESET, ETIMEDOUT…
  // SQLite's file locked by another writer past the busy timeout, a full disk, an I/O error, a read-only file.
  if (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|READONLY)/.test(code)) return true
  return /timeout|Connection terminated|Client has encountered a connection error|not queryable/i.test(
    e.message,
  )
}

/** What a client is told when its request failed on the event log. */
export const storeUnavailable = (): Failure =>
  fail('store-unavailable', 'the server cannot reach its event log just now: try again in a moment')

/** What a client is told when its request failed: store-unavailable or internal, by what failed. */
export const failedWith = (e: unknown): Failure =>
  isStoreUnavailable(e) ? storeUnavailable() : fail('internal', 'the server could not do that: try again')
