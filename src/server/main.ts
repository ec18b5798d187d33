// npm start: the workshop server. Its settings (docs/deploy.md) come from the environment; every value in force
// is printed at start (the status token only as set or not), with the addresses teams on the same network can open.
import { networkInterfaces } from 'node:os'
import { resolve } from 'node:path'
import { HOUR_MS, ROOT, startServer } from './server'

const DEFAULTS = {
  PORT: '3000',
  HOST: '0.0.0.0',
  DATA_DIR: resolve(ROOT, 'data'),
  DATA_SYNC: 'normal',
  PRUNE_AFTER_HOURS: '24',
}

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

  const server = await startServer({
    port,
    host: env('HOST'),
    dataDir,
    publicUrl,
    statusToken,
    durability: sync,
    pruneAfterMs,
  })
  const shown = (name: keyof typeof DEFAULTS, value: string) =>
    `  ${name.padEnd(17)} ${value}${process.env[name] ? '' : '  (default)'}`
  process.stdout.write(
    [
      'Article Four workshop server',
      shown('PORT', String(server.port)),
      shown('HOST', env('HOST')),
      shown('DATA_DIR', dataDir),
      shown('DATA_SYNC', sync),
      shown(
        'PRUNE_AFTER_HOURS',
        pruneHours === 0
          ? '0 (sessions are never pruned)'
          : `${pruneHours} (a session goes that long after its last event)`,
      ),
      `  ${'PUBLIC_URL'.padEnd(17)} ${publicUrl ?? '(unset: join links use the address the facilitator opened)'}`,
      `  ${'STATUS_TOKEN'.padEnd(17)} ${statusToken ? '(set: /api/health shows its details to that token)' : '(unset: /api/health answers only that the server is up)'}`,
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

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((i) => (i && i.family === 'IPv4' && !i.internal ? [i.address] : []))
}

main().catch((e: Error) => fail(`the server did not start: ${e.message}`))
