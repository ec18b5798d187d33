// Sessions kept by one address. A server holds MAX_SESSIONS sessions, finished ones until they are pruned a day
// after their last event, and one address may create 60 an hour: alone it could fill the server within a day and
// keep it full for every other school. The sessions one address has created and the server still holds are now
// at most SESSIONS_PER_ADDRESS; a burst of creates cannot pass that together, and a session that has gone (pruned,
// or held by another server) no longer counts.
// @vitest-environment node
import { expect, it } from 'vitest'
import type { SessionId } from '../src/live'
import { addressSessions } from '../src/server/address-sessions'
import { rejoinServers } from './rejoin-servers'
import type { AnyReply } from './server-client'

const servers = rejoinServers('article-four-address-sessions-', () => Date.UTC(2026, 4, 1, 9))
const create = { scenario: { kind: 'bundled', id: 'kazakhstan-2022' }, format: { kind: 'parallel-whole' } }

it("refuses a create past the address's share, also when the creates come at once", async () => {
  const at = await servers({ sessionsPerAddress: 3 })
  const sockets = await Promise.all(Array.from({ length: 5 }, () => at.client()))
  // Creates that fail for another reason keep no place.
  for (const c of sockets.slice(0, 3)) {
    const missing: AnyReply = await c.call('session:create', {
      ...create,
      scenario: { kind: 'bundled', id: 'no-such-scenario' },
    })
    expect(missing.error.code).toBe('not-found')
  }
  const replies: AnyReply[] = await Promise.all(sockets.map((c) => c.call('session:create', create)))
  expect(replies.filter((r) => r.ok)).toHaveLength(3)
  for (const refused of replies.filter((r) => !r.ok))
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'full',
        reason: 'network-full',
        message:
          'sessions created from one address may be at most 3 of those this server holds, finished ones included until they are pruned: try again once older ones are, or ask whoever runs it to raise SESSIONS_PER_ADDRESS',
      },
    })
})

it('counts each address apart, and forgets a session the server no longer holds', () => {
  const held = new Set<string>()
  const owned = addressSessions({ get: (id) => (held.has(id) ? ({} as never) : undefined) }, 2)
  const make = (address: string, id: string) => {
    const refused = owned.begin(address)
    if (refused) return refused
    held.add(id)
    owned.end(address, id as SessionId)
    return undefined
  }
  expect(make('10.0.0.1', 'a')).toBeUndefined()
  expect(make('10.0.0.1', 'b')).toBeUndefined()
  expect(make('10.0.0.1', 'c')).toMatchObject({ error: { code: 'full', reason: 'network-full' } })
  expect(make('10.0.0.2', 'd')).toBeUndefined()
  // One of the first address's sessions is pruned: its place is free again.
  held.delete('a')
  expect(make('10.0.0.1', 'e')).toBeUndefined()
  expect(make('10.0.0.1', 'f')).toMatchObject({ error: { reason: 'network-full' } })
  // A create that made nothing gives its place back.
  held.delete('b')
  expect(owned.begin('10.0.0.1')).toBeUndefined()
  owned.end('10.0.0.1', undefined)
  expect(make('10.0.0.1', 'g')).toBeUndefined()
})
