// The rules that let a client send a change again when it does not know whether the first reached the log: a join
// or a rejoin under the token of a seat it already took is answered with that seat and logs nothing, and an
// extension that names the clock changes it saw is refused once the clock has moved on, so its time is added once.
import { describe, expect, it } from 'vitest'
import { decideJoin, decideReadmit, decideRejoin, facilitatorView, knownOutcome } from '../src/live'
import { Driver } from './server-fakes'

describe('a join sent again', () => {
  it('is answered with the seat its token took, logging nothing, in the lobby or after the start', () => {
    const d = new Driver()
    const steppe = d.join('Steppe', { browser: 'browser-1' })
    const again = { name: 'Steppe', browser: 'browser-1' }
    expect(decideJoin(d.session, again, 'hash-of-Steppe', d.tick())).toEqual({ ok: true, events: [] })
    d.facilitator({ kind: 'start' })
    expect(decideJoin(d.session, again, 'hash-of-Steppe', d.tick())).toEqual({ ok: true, events: [] })
    expect(d.session.teams.map((t) => t.id)).toEqual([steppe])
  })

  it('is still refused as a second team from that browser under another token', () => {
    const d = new Driver()
    d.join('Steppe', { browser: 'browser-1' })
    expect(
      decideJoin(d.session, { name: 'Steppe', browser: 'browser-1' }, 'another', d.tick()),
    ).toMatchObject({
      ok: false,
      error: { reason: 'browser-joined' },
    })
  })

  it("refuses the facilitator's token as a team's", () => {
    const d = new Driver()
    const decided = decideJoin(d.session, { name: 'Steppe' }, d.session.facilitatorHash, d.tick())
    expect(decided).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })
})

describe('a rejoin sent again', () => {
  it('is answered with the seat it took once its code is used, logging nothing; another token is refused', () => {
    const d = new Driver()
    const steppe = d.join('Steppe')
    const opened = decideReadmit(d.session, { kind: 'facilitator' }, steppe, 'code-1', d.tick())
    if (!opened.ok) throw new Error(opened.error.message)
    d.apply(opened.events)
    const first = decideRejoin(d.session, { codeHash: 'code-1' }, 'new-token', d.tick())
    if (!first.ok) throw new Error(first.error.message)
    d.apply(first.events)
    expect(decideRejoin(d.session, { codeHash: 'code-1' }, 'new-token', d.tick())).toEqual({
      ok: true,
      events: [],
    })
    expect(decideRejoin(d.session, { codeHash: 'code-1' }, 'other-token', d.tick())).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })
})

describe('an extension sent again', () => {
  it('adds its time once: the facilitator view counts the clock changes it names', () => {
    const d = new Driver({ roundSeconds: 300 })
    d.join('Steppe')
    d.facilitator({ kind: 'start' })
    const seen = facilitatorView(d.session, 'https://x', knownOutcome, d.now).clockChanges
    expect(seen).toBe(0)
    d.facilitator({ kind: 'extend', seconds: 60, after: seen })
    expect(d.run({ kind: 'facilitator' }, { kind: 'extend', seconds: 60, after: seen })).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'clock-changed' },
    })
    // Another change of the clock in between refuses it the same way; from the view after, it extends.
    d.facilitator({ kind: 'pause' })
    expect(d.run({ kind: 'facilitator' }, { kind: 'extend', seconds: 60, after: 1 })).toMatchObject({
      ok: false,
    })
    const now = facilitatorView(d.session, 'https://x', knownOutcome, d.now).clockChanges
    expect(now).toBe(2)
    expect(d.run({ kind: 'facilitator' }, { kind: 'extend', seconds: 60, after: now })).toMatchObject({
      ok: true,
    })
    // Without `after` (an older client) every extension adds its time, as before.
    expect(d.run({ kind: 'facilitator' }, { kind: 'extend', seconds: 60 })).toMatchObject({ ok: true })
    expect(d.events.filter((e) => e.kind === 'extended')).toHaveLength(3)
  })
})
