// npm start: the workshop server. Its settings (docs/deploy.md) come from the environment; every value in force
// is printed at start (the status token only as set or not), with the addresses teams on the same network can open.
import { networkInterfaces } from 'node:os'
import { resolve } from 'node:path'
import { DEFAULT_LIMITS, MB, type ServerLimits } from './limits'
import { DEFAULT_LEASE_MS, DEFAULT_LISTEN_TIMEOUT_MS, HOUR_MS, ROOT, startServer } from './server'

const DEFAULTS = {
  PORT: '3000',
  HOST: '0.0.0.0',
  DATA_DIR: resolve(ROOT, 'data'),
  DATA_SYNC: 'normal',
  PRUNE_AFTER_HOURS: '24',
  TRUST_PROXY: '0',
  LEASE_SECONDS: String(DEFAULT_LEASE_MS / 1000),
  LISTEN_TIMEOUT_SECONDS: String(DEFAULT_LISTEN_TIMEOUT_MS / 1000),
}

/** Each limit's variable, what it says, and the factor from its unit to the limit's own. */
const LIMIT_VARIABLES: readonly [keyof ServerLimits, string, string, number][] = [
  ['createsPerHour', 'CREATES_PER_HOUR', 'sessions one address may create in an hour', 1],
  ['joinsPerMinute', 'JOINS_PER_MINUTE', 'teams one address may join in a minute', 1],
  ['connectionsPerAddress', 'MAX_CONNECTIONS', 'connections one address may hold open at once', 1],
  ['unreadBytesPerAddress', 'UNREAD_MB_PER_ADDRESS', "MB one address's connections may leave unread", MB],
  ['unreadBytesPerServer', 'UNREAD_MB_PER_SERVER', 'MB all connections may leave unread together', MB],
  ['sessions', 'MAX_SESSIONS', 'sessions held at once', 1],
  ['sessionsPerAddress', 'SESSIONS_PER_ADDRESS', 'of those, sessions created from one address', 1],
  ['scenarioBytes', 'MAX_SCENARIO_MB', 'MB of scenario text those sessions hold', MB],
  ['checkMs', 'CHECK_SECONDS', 'seconds to read one imported scenario', 1000],
  ['checkMegabytes', 'CHECK_MB', 'MB of memory to read one imported scenario', 1],
]

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(1)
}

async function main(): Promise<void> {
  const env = (name: keyof typeof DEFAULTS) => process.env[name] || DEFAULTS[name]
  const port = Number(env('PORT'))
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`PORT must be a port number, not "${env('PORT')}"`)
  const sync = env('DATA_SYNC')
  if (sync !== 'normal' && sync !== 'full') fail(`DATA_SYNC is normal or full, not "${sync}"`)
  const dataDir = resolve(env('DATA_DIR'))
  const publicUrl = process.env.PUBLIC_URL?.replace(/\/$/, '') || undefined
  const pruneHours = Number(env('PRUNE_AFTER_HOURS'))
  if (!Number.isFinite(pruneHours) || pruneHours < 0)
    fail(`PRUNE_AFTER_HOURS is a number of hours (0: never prune), not "${env('PRUNE_AFTER_HOURS')}"`)
  const pruneAfterMs = pruneHours === 0 ? Number.POSITIVE_INFINITY : pruneHours * HOUR_MS
  const statusToken = process.env.STATUS_TOKEN || undefined
  if (statusToken !== undefined && !/^\S{16,}$/.test(statusToken))
    fail('STATUS_TOKEN is at least 16 characters with no spaces (e.g. from: openssl rand -base64 24)')

  const databaseUrl = process.env.DATABASE_URL || undefined
  const database = databaseUrl && describeDatabase(databaseUrl)
  if (database === null) fail('DATABASE_URL is a PostgreSQL URL: postgres://user:password@host:5432/database')
  const leaseSeconds = Number(env('LEASE_SECONDS'))
  if (!Number.isFinite(leaseSeconds) || leaseSeconds < 1)
    fail(`LEASE_SECONDS is a number of seconds, 1 or more, not "${env('LEASE_SECONDS')}"`)
  const listenSeconds = Number(env('LISTEN_TIMEOUT_SECONDS'))
  if (!Number.isFinite(listenSeconds) || listenSeconds < 1)
    fail(`LISTEN_TIMEOUT_SECONDS is a number of seconds, 1 or more, not "${env('LISTEN_TIMEOUT_SECONDS')}"`)

  const trust = env('TRUST_PROXY')
  if (trust !== '0' && trust !== '1') fail(`TRUST_PROXY is 1 (behind a reverse proxy) or 0, not "${trust}"`)
  const limits: Partial<Record<keyof ServerLimits, number>> = {}
  for (const [key, name, what, unit] of LIMIT_VARIABLES) {
    const text = process.env[name]
    if (!text) continue
    const value = Number(text)
    if (!Number.isFinite(value) || value <= 0) fail(`${name} is a number above 0 (${what}), not "${text}"`)
    limits[key] = value * unit
  }

  // A turn of the event loop writes its event lines at once, after its views and acks have gone: a write to a
  // pipe blocks on Linux (and wakes its reader), and a reveal's two lines were written ahead of its ten views.
  let lines: string[] = []
  const writeLines = () => {
    process.stdout.write(lines.join(''))
    lines = []
  }
  const server = await startServer({
    port,
    host: env('HOST'),
    dataDir,
    publicUrl,
    statusToken,
    durability: sync,
    pruneAfterMs,
    limits,
    trustProxy: trust === '1',
    databaseUrl,
    leaseMs: leaseSeconds * 1000,
    listenTimeoutMs: listenSeconds * 1000,
    logEvent: (line) => {
      if (lines.push(`${line}\n`) === 1) setImmediate(writeLines)
    },
  })
  const shown = (name: keyof typeof DEFAULTS, value: string) =>
    `  ${name.padEnd(22)} ${value}${process.env[name] ? '' : '  (default)'}`
  process.stdout.write(
    [
      'Article Four workshop server',
      shown('PORT', String(server.port)),
      shown('HOST', env('HOST')),
      database
        ? `  ${'DATABASE_URL'.padEnd(22)} ${database} (the event log, shared with every server on it)`
        : `  ${'DATABASE_URL'.padEnd(22)} (unset: the event log is SQLite, in DATA_DIR)`,
      ...(database
        ? [
            shown(
              'LEASE_SECONDS',
              `${leaseSeconds} (a stopped server's sessions go to another after this long)`,
            ),
            shown(
              'LISTEN_TIMEOUT_SECONDS',
              `${listenSeconds} (the server gives up starting if it cannot listen to the others by then)`,
            ),
          ]
        : [shown('DATA_DIR', dataDir)]),
      shown('DATA_SYNC', sync),
      shown(
        'PRUNE_AFTER_HOURS',
        pruneHours === 0
          ? '0 (sessions are never pruned)'
          : `${pruneHours} (a session goes that long after its last event)`,
      ),
      `  ${'PUBLIC_URL'.padEnd(22)} ${publicUrl ?? '(unset: join links use the address the facilitator opened)'}`,
      `  ${'STATUS_TOKEN'.padEnd(22)} ${statusToken ? '(set: /api/health shows its details to that token)' : '(unset: /api/health answers only that the server is up)'}`,
      shown(
        'TRUST_PROXY',
        trust === '1'
          ? '1 (clients are counted by the address the proxy adds to X-Forwarded-For)'
          : '0 (clients are counted by the address they connect from)',
      ),
      ...LIMIT_VARIABLES.map(
        ([key, name, what, unit]) =>
          `  ${name.padEnd(22)} ${(limits[key] ?? DEFAULT_LIMITS[key]) / unit} (${what})${process.env[name] ? '' : '  (default)'}`,
      ),
      `Restored ${server.restored} session(s) from the event log; pruned ${server.pruned} older ones.`,
      `Open on this machine:  http://localhost:${server.port}/`,
      ...lanAddresses().map((a) => `Teams on this network: http://${a}:${server.port}/`),
      '',
    ].join('\n'),
  )
  const stop = () => {
    server.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

/** The database's host, port and name, never its password; null when it is no PostgreSQL URL. */
function describeDatabase(url: string): string | null {
  try {
    const u = new URL(url)
    if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') return null
    return `postgres://${u.username ? `${u.username}@` : ''}${u.host}${u.pathname}`
  } catch {
    return null
  }
}

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((i) => (i && i.family === 'IPv4' && !i.internal ? [i.address] : []))
}

main().catch((e: Error) => fail(`the server did not start: ${e.message}`))
