// A facilitator's results, asked for over and over by a script holding the facilitator's token: each export
// computes every finished table's outcome it lacks and writes the whole file, and over HTTP nothing limited them
// (eight loops on one keep-alive connection each had the server write 2,700 files a second, most of a core). The
// exports of one facilitator now share LIMITS.exportBurst at once, then one every LIMITS.exportEveryMs, over the
// socket and over HTTP together; a refusal says when the next may come, as 429 with Retry-After over HTTP.
// @vitest-environment node
import { expect, it } from 'vitest'
import { LIMITS } from '../src/live/protocol'
import { rejoinServers, workshop } from './rejoin-servers'
import type { AnyReply } from './server-client'

let now = Date.UTC(2026, 4, 1, 9)
const servers = rejoinServers('article-four-export-share-', () => now)

it("shares one facilitator's exports between the socket and HTTP, and refuses the next until one is back", async () => {
  now = Date.UTC(2026, 4, 1, 9)
  const at = await servers()
  const { facilitator, created, code } = await workshop(at, ['North'])
  const other = await workshop(at, ['South'])
  const url = (c: string) => `${at.s.url}/api/sessions/${c}/results.json`
  const overHttp = (c: string, token: string) =>
    fetch(url(c), { headers: { authorization: `Bearer ${token}` } })

  const half = LIMITS.exportBurst / 2
  for (let i = 0; i < half; i++) {
    expect(await facilitator.call('facilitator:export', { format: 'csv' })).toMatchObject({ ok: true })
    expect((await overHttp(code, created.token)).status).toBe(200)
  }
  const seconds = LIMITS.exportEveryMs / 1000
  const refused = await overHttp(code, created.token)
  expect(refused.status).toBe(429)
  expect(refused.headers.get('retry-after')).toBe(String(seconds))
  expect(await refused.text()).toBe(
    `the results may be exported ${LIMITS.exportBurst} times at once, then once every ${seconds} s: try again in ${seconds} s`,
  )
  const overSocket: AnyReply = await facilitator.call('facilitator:export', { format: 'json' })
  expect(overSocket).toMatchObject({
    ok: false,
    error: { code: 'rate-limited', reason: 'exports-spent', retryAfterMs: LIMITS.exportEveryMs },
  })
  // Another facilitator's share is its own, and a token that is not the facilitator's spends nothing.
  expect((await overHttp(other.code, other.created.token)).status).toBe(200)
  expect((await overHttp(code, other.created.token)).status).toBe(403)

  now += LIMITS.exportEveryMs
  expect((await overHttp(code, created.token)).status).toBe(200)
  expect((await overHttp(code, created.token)).status).toBe(429)
})
