// The readmit limit, attacked from a team's seat: a team's device that sends the facilitator's readmit over and
// over is refused as it is not the facilitator, learns nothing of the session's limit (no reason, no time), and
// spends none of the codes the facilitator may draw.
// @vitest-environment node
import { expect, it } from 'vitest'
import { rejoinServers, workshop } from './rejoin-servers'
import type { AnyReply } from './server-client'

let now = Date.UTC(2026, 4, 1, 9)
const server = rejoinServers('article-four-readmit-hostile-', () => now)

it("refuses a team's readmits without a word of the limit, and leaves the facilitator's codes whole", async () => {
  const at = await server()
  const { facilitator, teams } = await workshop(at, ['North'], false)
  const [north] = teams
  const message = { team: north!.id }
  for (let i = 0; i < 12; i++) {
    now += 1_000 // slower than a seat's two changes a second
    const reply: AnyReply = await north!.client.call('facilitator:readmit', message)
    expect(reply).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'only the facilitator can let a team back in' },
    })
  }
  for (let i = 0; i < 10; i++) {
    now += 1_000
    expect(await facilitator.call('facilitator:readmit', message)).toMatchObject({ ok: true })
  }
})
