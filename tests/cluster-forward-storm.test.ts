// A clustered server attacked with requests no server can answer: a client that sends resumes with tokens nobody
// holds, one after another, has each forwarded to the other servers, and a forward nobody answers sweeps the
// leases to take a dead holder's sessions. Each of those sweeps renewed this server's leases and wrote its
// heartbeat (and, failing, tried them again at once), back to back for as long as the client went on. Now a
// forward starts no sweep within a quarter lease of the last one's start, so the heartbeats the database sees
// are the timer's.
// @vitest-environment node
import { createConnection, createServer, type Socket } from 'node:net'
import { afterAll, expect, it } from 'vitest'
import { clusterServers } from './cluster-servers'

const cluster = clusterServers('article-four-forward-storm-')
const sockets = new Set<Socket>()
let close = async () => {}
afterAll(async () => {
  for (const s of sockets) s.destroy()
  await close()
})

/** A proxy in front of `databaseUrl` that counts the heartbeats (servers.seen_at written) sent through it. */
async function countingProxy(databaseUrl: string) {
  const target = new URL(databaseUrl)
  const counted = { beats: 0 }
  const server = createServer((client) => {
    const upstream = createConnection({ host: target.hostname, port: Number(target.port) })
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on('error', () => {})
      s.once('close', () => {
        client.destroy()
        upstream.destroy()
      })
    }
    client.on('data', (bytes: Buffer) => {
      if (bytes.includes('UPDATE servers SET seen_at')) counted.beats++
      upstream.write(bytes)
    })
    upstream.on('data', (bytes: Buffer) => client.write(bytes))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  close = () => new Promise<void>((done) => server.close(() => done()))
  const url = new URL(databaseUrl)
  url.host = `127.0.0.1:${(server.address() as { port: number }).port}`
  return { url: url.toString(), counted }
}

it('answers every resume nobody holds once, and sweeps no more often for them', async () => {
  const database = await cluster.database()
  const proxy = await countingProxy(database)
  // A lease of ten minutes: the timer sweeps every 150 s, long after this test's requests.
  const at = await cluster.server(proxy.url, { leaseMs: 600_000 })
  await cluster.server(database, { leaseMs: 600_000 })
  const attacker = await at.client()
  const before = proxy.counted.beats
  const replies = []
  for (let i = 0; i < 20; i++)
    replies.push(await attacker.call('team:resume', { token: `${i}`.padStart(22, 'x') }))
  for (const reply of replies) expect(reply).toMatchObject({ ok: false, error: { code: 'not-found' } })
  // The start's sweep began less than a quarter lease ago: none of the twenty starts another.
  expect(proxy.counted.beats - before).toBe(0)
})
