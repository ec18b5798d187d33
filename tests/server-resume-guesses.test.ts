// Resumes with tokens nobody holds, as a hostile client sends them: each cost the server a lookup (and, in a
// cluster, a forward to every other server), and none was counted. A resume that finds no seat is now a guess
// against the same per-address limit as a join code that finds nothing; a seat's own token, held by this
// server, always resumes, so whoever spent the address's guesses cannot keep its facilitator or teams out.
// @vitest-environment node
import { expect, it } from 'vitest'
import type { ServerLimits } from '../src/server/limits'
import { rejoinServers } from './rejoin-servers'
import type { AnyReply } from './server-client'

let now = Date.UTC(2026, 4, 1, 9)
const servers = rejoinServers('article-four-resume-guesses-', () => now)

/**
 * A server with `limits` and a session on it; `client` opens a fresh socket each time, as a client dodging a
 * per-socket limit would.
 */
async function server(limits: Partial<ServerLimits> = {}) {
  const { client } = await servers(limits)
  const created: AnyReply = await (await client()).call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
  })
  expect(created).toMatchObject({ ok: true })
  return { client, code: created.session.code as string, token: created.token as string }
}

/** A token of the right shape that no seat holds. */
const madeUp = (i: number) => `${i}`.padStart(22, 'x')

it('counts a resume that finds no seat as a guess, and refuses the address once they are spent', async () => {
  now = Date.UTC(2026, 4, 1, 9)
  const { client, code } = await server({ joinsPerMinute: 5 })
  for (let i = 0; i < 5; i++)
    expect(await (await client()).call('team:resume', { token: madeUp(i) })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  const refused: AnyReply = await (await client()).call('facilitator:resume', { token: madeUp(5) })
  expect(refused).toEqual({
    ok: false,
    error: {
      code: 'rate-limited',
      reason: 'guesses-missed',
      retryAfterMs: 12_000,
      message:
        "at most 5 codes that find nothing may be tried from one address in a minute: check the code on the facilitator's screen and try again in a minute",
    },
  })
  // The same count as a join code's: the lobby's peek waits too.
  expect(await (await client()).call('session:lobby', { code })).toMatchObject({
    error: { code: 'rate-limited', reason: 'guesses-missed' },
  })
  // A fifth of the minute later one guess has come back.
  now += 12_000
  expect(await (await client()).call('team:resume', { token: madeUp(6) })).toMatchObject({
    error: { code: 'not-found' },
  })
  expect(await (await client()).call('team:resume', { token: madeUp(7) })).toMatchObject({
    error: { code: 'rate-limited', retryAfterMs: 12_000 },
  })
})

it("resumes a seat this server holds even when the address's guesses are spent, and counts it as none", async () => {
  now = Date.UTC(2026, 4, 1, 9)
  const { client, code, token } = await server({ joinsPerMinute: 3 })
  const joined: AnyReply = await (await client()).call('team:join', { code, name: 'Steppe' })
  expect(joined).toMatchObject({ ok: true })
  for (let i = 0; i < 3; i++) await (await client()).call('team:resume', { token: madeUp(i) })
  expect(await (await client()).call('team:resume', { token: madeUp(3) })).toMatchObject({
    error: { code: 'rate-limited' },
  })
  expect(await (await client()).call('facilitator:resume', { token })).toMatchObject({ ok: true })
  expect(await (await client()).call('team:resume', { token: joined.token })).toMatchObject({ ok: true })
  // A facilitator's token sent as a team's finds no team: a miss, refused as one once none is left.
  expect(await (await client()).call('team:resume', { token })).toMatchObject({
    error: { code: 'rate-limited' },
  })
})

it('lets a class whose thirty tokens all went stale resume them all, and then peek and join, at the default limit', async () => {
  now = Date.UTC(2026, 4, 1, 9)
  const { client, code } = await server()
  const sockets = await Promise.all(Array.from({ length: 30 }, () => client()))
  const stale: AnyReply[] = await Promise.all(
    sockets.map((c, i) => c.call('team:resume', { token: madeUp(i) })),
  )
  expect(stale.map((r) => r.error?.code)).toEqual(Array(30).fill('not-found'))
  // Thirty peeks at once, each holding a guess until it finds the lobby: the thirty left are enough.
  const peeks: AnyReply[] = await Promise.all(sockets.map((c) => c.call('session:lobby', { code })))
  expect(peeks.every((r) => r.ok)).toBe(true)
  expect(await sockets[0]!.call('team:join', { code, name: 'Steppe' })).toMatchObject({ ok: true })
})
