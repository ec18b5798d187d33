// socket.io's PostgreSQL adapter, set up for a cluster of servers (cluster.ts): it carries views to sockets on
// every server and requests between servers, through LISTEN/NOTIFY and, for a large message, a table.
import { createAdapter } from '@socket.io/postgres-adapter'
import type { Pool } from 'pg'
import type { Server } from 'socket.io'
import { createTables } from './pg-event-log'

/** Where the adapter puts a message too large for a notification (8000 bytes): its README's table. */
const ATTACHMENTS = `
  CREATE TABLE IF NOT EXISTS socket_io_attachments (
    id bigserial UNIQUE,
    created_at timestamptz DEFAULT now(),
    payload bytea
  );
`

export async function adaptToCluster(
  io: Server,
  pool: Pool,
  leaseMs: number,
  say: (m: string) => void,
): Promise<void> {
  await createTables(pool, ATTACHMENTS)
  // The adapter keeps one connection for LISTEN and listens for its end, not for its errors: an error
  // event with no listener would end the process when the database goes away. On the end it takes a new
  // connection without giving the dead one back, and the pool would then wait for it for ever on closing.
  const listening = {
    connect: async () => {
      const client = await pool.connect()
      const release = client.release.bind(client)
      let released = false
      client.release = (e?: Error | boolean) => {
        if (released) return
        released = true
        release(e)
      }
      client.on('error', (e: Error) => say(`the adapter's connection: ${e.message}`))
      client.on('end', () => client.release(true))
      return client
    },
    query: pool.query.bind(pool),
  } as unknown as Pool
  // A server that stops answering is counted out after a lease's time, so a request waiting on its answer
  // waits no longer than its sessions wait for another server.
  io.adapter(
    createAdapter(listening, {
      heartbeatInterval: leaseMs / 4,
      heartbeatTimeout: leaseMs,
      // PostgreSQL's NOTIFY takes fewer than 8,000 bytes and the adapter sends up to its threshold inline: at
      // its default (8,000) a message of exactly that size fails ("payload string too long") and a forwarded
      // command's answer is lost. One byte less, and such a message goes through the attachment table.
      payloadThreshold: 7_999,
      errorHandler: (e: Error) => say(`the adapter: ${e.message}`),
    }),
  )
}
