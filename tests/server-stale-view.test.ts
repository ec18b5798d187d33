// A facilitator's command refused because the view it was sent from is behind (an extension whose clock has
// changed since, an advance whose round was revealed since, either perhaps the same command sent again after its
// answer was lost) comes with the facilitator's view as it now is: the refusal says to look again, and a page whose
// view fell behind would otherwise send the same stale command, refused the same way, until some other change.
// @vitest-environment node
import { expect, it } from 'vitest'
import { type AnyReply, connect } from './server-client'
import { serversPerTest } from './servers-per-test'

const start = serversPerTest('article-four-stale-view-')

it('sends the facilitator its view with a refusal for a clock or a round that moved on', async () => {
  const { server, keep } = await start()
  const facilitator = keep(await connect(server.url))
  const team = keep(await connect(server.url))
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
    roundSeconds: 600,
  })
  expect(await team.call('team:join', { code: created.session.code, name: 'Steppe' })).toMatchObject({
    ok: true,
  })
  expect(await facilitator.call('facilitator:command', { command: { kind: 'start' } })).toEqual({ ok: true })
  const started = await facilitator.facilitatorView((v) => v.phase.kind === 'deciding')
  const extend = { kind: 'extend', seconds: 60, after: started.clockChanges }
  expect(await facilitator.call('facilitator:command', { command: extend })).toEqual({ ok: true })
  await facilitator.facilitatorView((v) => v.clockChanges === 1)

  const before = facilitator.views.length
  expect(await facilitator.call('facilitator:command', { command: extend })).toMatchObject({
    ok: false,
    error: { reason: 'clock-changed' },
  })
  await facilitator.facilitatorView(() => facilitator.views.length > before)

  expect(await facilitator.call('facilitator:command', { command: { kind: 'advance', round: 1 } })).toEqual({
    ok: true,
  })
  // The team plays every role, so the game goes on to a second round.
  await facilitator.facilitatorView((v) => v.phase.kind === 'deciding' && v.phase.round === 2)
  const revealed = facilitator.views.length
  expect(
    await facilitator.call('facilitator:command', { command: { kind: 'advance', round: 1 } }),
  ).toMatchObject({
    ok: false,
    error: { reason: 'revealed' },
  })
  await facilitator.facilitatorView(() => facilitator.views.length > revealed)
})
