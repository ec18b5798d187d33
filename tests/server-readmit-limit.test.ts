// A facilitator who has drawn as many rejoin codes as a session may at once is told so, and when the next can be
// drawn: the refusal names its reason and how long is left, to the millisecond of the server's limit, and a code is
// drawn again exactly then.
// @vitest-environment node
import { expect, it } from 'vitest'
import { rejoinServers, workshop } from './rejoin-servers'
import type { AnyReply } from './server-client'

let now = Date.UTC(2026, 4, 1, 9)
const server = rejoinServers('article-four-readmit-limit-', () => now)

it('says the codes are spent and how long until the next, then draws it then and not before', async () => {
  const at = await server()
  const { facilitator, teams } = await workshop(at, ['North'], false)
  const [north] = teams
  const readmit = (): Promise<AnyReply> => facilitator.call('facilitator:readmit', { team: north!.id })
  for (let i = 0; i < 10; i++) {
    now += 1_000 // slower than a seat's two changes a second, so only the readmit limit can refuse
    expect(await readmit()).toMatchObject({ ok: true })
  }
  now += 1_000
  // The first code drawn ten seconds ago, the bucket has refilled ten seconds of the next code's minute.
  expect(await readmit()).toMatchObject({
    ok: false,
    error: { code: 'rate-limited', reason: 'readmits-drawn', retryAfterMs: 50_000 },
  })
  now += 49_999
  expect(await readmit()).toMatchObject({ error: { reason: 'readmits-drawn', retryAfterMs: 1 } })
  now += 1
  expect(await readmit()).toMatchObject({ ok: true })
})
