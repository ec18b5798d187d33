// npm start: the workshop server. PORT, HOST, DATA_DIR, PUBLIC_URL and DATA_SYNC come from the environment;
// every value in force is printed at start, with the addresses teams on the same network can open.
import { networkInterfaces } from 'node:os'
import { resolve } from 'node:path'
import { ROOT, startServer } from './server'

const DEFAULTS = { PORT: '3000', HOST: '0.0.0.0', DATA_DIR: resolve(ROOT, 'data'), DATA_SYNC: 'normal' }

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

  const server = await startServer({ port, host: env('HOST'), dataDir, publicUrl, durability: sync })
  const shown = (name: keyof typeof DEFAULTS, value: string) =>
    `  ${name.padEnd(10)} ${value}${process.env[name] ? '' : '  (default)'}`
  process.stdout.write(
    [
      'Article Four workshop server',
      shown('PORT', String(server.port)),
      shown('HOST', env('HOST')),
      shown('DATA_DIR', dataDir),
      shown('DATA_SYNC', sync),
      `  PUBLIC_URL ${publicUrl ?? '(unset: join links use the address the facilitator opened)'}`,
      `Restored ${server.restored} session(s) from the event log.`,
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
