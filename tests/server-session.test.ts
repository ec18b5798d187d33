// The live session's rules, on the pure model: a round's secret submissions revealed together (the engine
// standing in for a team too late), the clock, and the facilitator's commands and injects. Seating and the lobby,
// and replay, parallel tables and the exported results, have files of their own (server-session-lobby,
// server-session-tables).
import { describe, expect, it } from 'vitest'
import { facilitatorView, outcomeOf } from '../src/live'
import { bundled, Driver, decision, team } from './server-fakes'
import { oneTable, round, submit, view } from './session-fakes'

describe('a round', () => {
  it('waits for the team whose actor moves, with the options the engine offers there', () => {
    const { d, tokayev, kremlin } = oneTable()
    const turn = view(d, tokayev).turn
    expect(turn).toMatchObject({ round: 1, role: 'tokayev', stage: 'request', submitted: null })
    expect(turn?.options).toContain('request:foreign-backed:peacekeepers:14')
    expect(view(d, kremlin).turn).toBeNull()
    expect(view(d, kremlin).waitingFor).toEqual({
      role: 'tokayev',
      stage: 'request',
      team: 'team tokayev',
      turnLeft: true,
    })
  })

  it('keeps a submitted decision from every other team and from the facilitator until the reveal', () => {
    const { d, tokayev, kremlin } = oneTable()
    const before = JSON.stringify(view(d, kremlin))
    const facilitatorBefore = facilitatorView(d.session, '', outcomeOf, 0)
    expect(submit(d, tokayev, 'request:external-attack:rapid-reaction:90').ok).toBe(true)
    expect(JSON.stringify(view(d, kremlin))).toBe(before)
    expect(view(d, tokayev).turn?.submitted).toBe('request:external-attack:rapid-reaction:90')
    const facilitator = facilitatorView(d.session, '', outcomeOf, 0)
    expect(JSON.stringify(facilitator)).not.toContain('external-attack:rapid-reaction:90')
    expect(facilitator.teams.find((t) => t.id === tokayev)?.submitted).toBe(true)
    expect(facilitatorBefore.teams.find((t) => t.id === tokayev)?.submitted).toBe(false)
  })

  it('reveals the decision to every team when the facilitator advances, and moves on to the next stage', () => {
    const { d, tokayev, kremlin } = oneTable()
    submit(d, tokayev, 'request:foreign-backed:peacekeepers:14')
    d.facilitator({ kind: 'advance' })
    const seen = view(d, kremlin)
    expect(seen.table?.moves[0]).toMatchObject({
      round: 1,
      stage: 'request',
      decision: 'request:foreign-backed:peacekeepers:14',
      by: 'team',
      team: 'team tokayev',
    })
    expect(seen.turn).toMatchObject({ round: 2, stage: 'response', role: 'kremlin' })
  })

  it('reveals a round once when the facilitator presses twice at the same moment, naming the round', () => {
    const { d, kremlin } = oneTable()
    d.facilitator({ kind: 'advance', round: 1 })
    // The second press, sent from another tab before the first's view came back, still names round 1.
    expect(d.run({ kind: 'facilitator' }, { kind: 'advance', round: 1 })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'round 1 has already been revealed', reason: 'revealed' },
    })
    expect(view(d, kremlin).turn).toMatchObject({ round: 2, stage: 'response' })
    expect(view(d, kremlin).table?.moves).toHaveLength(1)
    // The next round's own press is taken (a refusal would throw).
    d.facilitator({ kind: 'advance', round: 2 })
    expect(view(d, kremlin).table?.moves.length).toBeGreaterThan(1)
  })

  it('has the engine stand in for a team that did not decide in time', () => {
    const { d, kremlin } = oneTable()
    d.facilitator({ kind: 'advance' })
    expect(view(d, kremlin).table?.moves[0]).toMatchObject({
      stage: 'request',
      by: 'stand-in',
      team: 'team tokayev',
    })
  })

  it('refuses a decision that is not an option, one for another round, and one by a team whose turn it is not', () => {
    const { d, tokayev, kremlin } = oneTable()
    expect(submit(d, tokayev, 'refuse')).toMatchObject({ ok: false, error: { code: 'invalid-decision' } })
    expect(
      d.run(team(tokayev), { kind: 'submit', round: 2, decision: decision('no-request') }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(submit(d, kremlin, 'refuse')).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('says a round has not begun to a decision sent ahead, and is over to one sent late', () => {
    const { d, tokayev, kremlin } = oneTable()
    expect(
      d.run(team(tokayev), { kind: 'submit', round: 2, decision: decision('no-request') }),
    ).toMatchObject({ ok: false, error: { message: 'round 2 has not begun; this is round 1' } })
    submit(d, tokayev, 'request:foreign-backed:peacekeepers:14')
    d.facilitator({ kind: 'advance' })
    expect(d.run(team(kremlin), { kind: 'submit', round: 1, decision: decision('refuse') })).toMatchObject({
      ok: false,
      error: { message: 'round 1 is over; this is round 2' },
    })
  })

  it('lets a team change its decision until the reveal, and counts the last one', () => {
    const { d, tokayev } = oneTable()
    submit(d, tokayev, 'no-request')
    submit(d, tokayev, 'request:internal-unrest:observers:14')
    d.facilitator({ kind: 'advance' })
    expect(view(d, tokayev).table?.moves[0]?.decision).toBe('request:internal-unrest:observers:14')
  })

  it('reveals at once when every decision is in, when the session advances by itself', () => {
    const d = new Driver({ format: { kind: 'parallel-whole' }, autoAdvance: true })
    const a = d.join('A')
    const b = d.join('B')
    d.facilitator({ kind: 'start' })
    submit(d, a, 'no-request')
    expect(round(d.session)).toBe(1)
    submit(d, b, 'request:foreign-backed:peacekeepers:14')
    expect(d.events.at(-1)).toMatchObject({ kind: 'revealed', why: 'all-submitted' })
    expect(view(d, b).turn?.stage).toBe('response')
  })
})

describe('the clock', () => {
  it('counts down from the server deadline, refuses late decisions, and extends', () => {
    const d = new Driver({ roundSeconds: 60 })
    const a = d.join('A', { role: 'tokayev' })
    d.facilitator({ kind: 'start' })
    const started = d.now
    expect(d.session.phase).toMatchObject({ clock: { kind: 'running', deadline: started + 60_000 } })
    d.tick(61_000)
    expect(submit(d, a, 'no-request')).toMatchObject({ ok: false, error: { message: /time/ } })
    d.facilitator({ kind: 'extend', seconds: 30 })
    expect(d.session.phase).toMatchObject({ clock: { kind: 'running', deadline: d.now + 30_000 } })
    expect(submit(d, a, 'no-request').ok).toBe(true)
  })

  it('pauses with the time left and resumes from it', () => {
    const d = new Driver({ roundSeconds: 60 })
    d.join('A')
    d.facilitator({ kind: 'start' })
    d.tick(9_000)
    d.facilitator({ kind: 'pause' })
    expect(d.session.phase).toMatchObject({ clock: { kind: 'paused', remaining: 50_000 } })
    d.tick(100_000)
    d.facilitator({ kind: 'resume' })
    expect(d.session.phase).toMatchObject({ clock: { kind: 'running', deadline: d.now + 50_000 } })
  })

  it('closes a phase early: no more submissions until the reveal, unless extended', () => {
    const d = new Driver({ roundSeconds: 60 })
    const a = d.join('A', { role: 'tokayev' })
    d.facilitator({ kind: 'start' })
    d.facilitator({ kind: 'close' })
    expect(submit(d, a, 'no-request')).toMatchObject({ ok: false, error: { message: /closed/ } })
    d.facilitator({ kind: 'extend', seconds: 10 })
    expect(submit(d, a, 'no-request').ok).toBe(true)
  })
})

describe('the facilitator', () => {
  it('alone can start, advance, release, pause, extend, close and finish; a team cannot, and the facilitator cannot submit', () => {
    const { d, tokayev } = oneTable()
    for (const command of [
      { kind: 'advance' },
      { kind: 'close' },
      { kind: 'pause' },
      { kind: 'extend', seconds: 10 },
      { kind: 'release', inject: bundled().injects[0]!.id },
      { kind: 'finish' },
    ] as const)
      expect(d.run(team(tokayev), command)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(
      d.run({ kind: 'facilitator' }, { kind: 'submit', round: 1, decision: decision('no-request') }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('releases an inject whose changes hold for the rest of the game, and teams see it only once released', () => {
    const { d, tokayev } = oneTable()
    const [first, second] = bundled().injects
    const change = first!.changes[0]!
    expect(JSON.stringify(view(d, tokayev))).not.toContain(first!.text)
    d.facilitator({ kind: 'release', inject: first!.id })
    const [group, key] = change.fact.split('.') as ['threat', 'outsideEvidence']
    expect(d.session.scenario.facts[group][key]).toBe(change.to)
    expect(view(d, tokayev).injects.map((i) => i.id)).toEqual([first!.id])
    expect(view(d, tokayev).facts[group][key]).toBe(change.to)
    expect(JSON.stringify(view(d, tokayev))).not.toContain(second!.text)
    expect(d.run({ kind: 'facilitator' }, { kind: 'release', inject: first!.id })).toMatchObject({
      ok: false,
    })
  })

  it('finishes the session with the engine completing every table, so each has an outcome to compare', () => {
    const d = new Driver({ format: { kind: 'parallel-whole' } })
    d.join('A')
    const b = d.join('B')
    d.facilitator({ kind: 'start' })
    submit(d, b, 'request:foreign-backed:peacekeepers:14')
    d.facilitator({ kind: 'finish' })
    expect(d.session.phase).toEqual({ kind: 'finished', why: 'ended' })
    const debrief = view(d, b).debrief
    expect(debrief?.tables).toHaveLength(2)
    expect(debrief?.tables.every((t) => t.status === 'finished' && t.outcome !== null)).toBe(true)
    expect(debrief?.tables[1]?.moves[0]).toMatchObject({
      decision: 'request:foreign-backed:peacekeepers:14',
      by: 'team',
    })
    expect(debrief?.history).toEqual(bundled().history)
  })
})
