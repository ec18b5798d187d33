// A team's device that connects, resumes and disconnects over and over, each time on a new connection (so no rate
// of one connection stops it), does not flood the facilitator's screen: who is connected reaches it at most once a
// second per session (PRESENCE_PUSH_MS), always ending with how things stand. Before, every connection and every
// disconnection pushed the facilitator its whole view: one script sent it 150 views a second, 5 MB a second at a
// game's end.
// @vitest-environment node
import { performance } from 'node:perf_hooks'
import { expect, it } from 'vitest'
import { LIMITS } from '../src/live/protocol'
import { PRESENCE_PUSH_MS } from '../src/server/view-pushes'
import { fileServer } from './file-server'
import { type AnyReply, type Client, connect } from './server-client'

const server = fileServer('article-four-presence-flap-')
const closing: Client[] = []
server.beforeClose(() => {
  for (const c of closing) c.close()
})

async function client(): Promise<Client> {
  const c = await connect(server.url)
  closing.push(c)
  return c
}

it("pushes the facilitator who is connected at most once a second, ending with the team's last state", async () => {
  const facilitator = await client()
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
  })
  const team = await client()
  const joined: AnyReply = await team.call('team:join', { code: created.session.code, name: 'Steppe' })
  expect(joined.ok).toBe(true)
  await facilitator.facilitatorView((v) => v.teams[0]?.connection.kind === 'connected')
  team.close()
  const offline = await facilitator.facilitatorView((v) => v.teams[0]?.connection.kind === 'offline')
  const since = (v: typeof offline) => {
    const c = v.teams[0]?.connection
    return c?.kind === 'offline' ? c.since : undefined
  }

  let pushes = 0
  facilitator.socket.on('view', () => pushes++)
  const began = performance.now()
  // As many as the seat may be resumed at once: past them, the server refuses to resume it for a while.
  const flaps = LIMITS.seatResumeBurst
  for (let i = 0; i < flaps; i++) {
    const device = await connect(server.url)
    expect(await device.call('team:resume', { token: joined.token })).toMatchObject({ ok: true })
    const gone = new Promise((done) => device.socket.once('disconnect', done))
    device.close()
    await gone
  }
  // The last device has gone: the facilitator is told so, however late.
  await facilitator.facilitatorView((v) => (since(v) ?? 0) > since(offline)!)
  const windows = Math.ceil((performance.now() - began) / PRESENCE_PUSH_MS)
  // One push at once, then at most one a window: 40 comings and goings were 40 pushes.
  expect(pushes).toBeLessThanOrEqual(windows + 1)
  expect(pushes).toBeLessThan(2 * flaps)
})
