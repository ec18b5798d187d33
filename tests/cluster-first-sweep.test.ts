// A clustered server whose first sweep of the leases fails still starts: it is not ready until a renewal
// succeeds, and a later sweep takes the expired sessions the first would have. The proxy holds only the lease
// pool's new connections (database-pool.ts names them), so the start's other queries go through and only the
// sweep, whose connections give up after a second, fails.
// @vitest-environment node
import { expect, it } from 'vitest'
import { LEASE_POOL_NAME } from '../src/server/database-pool'
import { clusterServers } from './cluster-servers'
import type { AnyReply } from './server-client'

const { database, server, proxy } = clusterServers('article-four-cluster-first-sweep-')

it('starts when its first sweep fails, is not ready until a renewal succeeds, and then takes an expired session', async () => {
  const databaseUrl = await database()
  const before = await server(databaseUrl)
  const facilitator = await before.client()
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
    roundSeconds: 600,
  })
  expect(created.ok).toBe(true)
  // Shut down, it lets its lease go: the session is there for the next server's sweep to take.
  await before.stop()

  const through = await proxy(databaseUrl)
  const letGo = through.hold(LEASE_POOL_NAME)
  const after = await server(through.url(databaseUrl))
  await after.saying(/^the first sweep of the leases failed, to be tried again at the next: /)
  expect(await after.health()).toBe(503)
  expect(after.said.some((m) => m.includes(created.session.id))).toBe(false)

  letGo()
  await after.saying(new RegExp(`^session ${created.session.id} \\(code [^)]+\\) is now this server's`))
  // Ready once a renewal succeeds: each quarter lease renews, so one is soon less than a lease old when asked.
  while ((await after.health()) !== 200) await new Promise((done) => setTimeout(done, 50))
})
