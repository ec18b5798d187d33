// Pass-the-device's steps as history entries: each step has an address, so Back steps back inside the exercise;
// a step reopens only what the table itself would offer; and a team's own screen never stays in history behind
// the next team's turn.
import { describe, expect, it } from 'vitest'
import type { TeamId } from '../src/live'
import {
  handOver,
  holderOf,
  resumedAt,
  sealTurn,
  seatedAt,
  showTeam,
  toTable,
} from '../src/store/live/pass-device-step'
import { formatHash, parseHash, type Route } from '../src/store/route'
import { fakeDevice, submitFirstOptions, teamNamed } from './pass-device-fakes'

const step = (kind: 'handover' | 'team' | 'sealed', team: string): Route => ({
  name: 'pass-device',
  step: { kind, team },
})

describe("a pass-the-device step's address", () => {
  it('reads and writes each step with the team it names', () => {
    for (const hash of [
      '#/live/pass',
      '#/live/pass/handover/t1',
      '#/live/pass/team/t2',
      '#/live/pass/sealed/t3',
    ])
      expect(formatHash(parseHash(hash))).toBe(hash)
    expect(parseHash('#/live/pass/team/t2')).toEqual(step('team', 't2'))
  })

  it('is no page when the step or the team is not one', () => {
    expect(parseHash('#/live/pass/debrief/t1').name).toBe('not-found')
    expect(parseHash('#/live/pass/team/t%201').name).toBe('not-found')
    expect(parseHash('#/live/pass/team/t1/more').name).toBe('not-found')
    expect(parseHash('#/join/pass/team/t1').name).toBe('not-found')
  })
})

describe('who holds the device, read from the route', () => {
  it('is the table when the route names no step, or a team not seated', () => {
    const { device } = fakeDevice()
    const { session } = device.store.getState()
    expect(holderOf({ name: 'pass-device' }, session)).toEqual({ kind: 'table' })
    expect(holderOf(step('team', 't99'), session)).toEqual({ kind: 'table' })
  })

  it("is any team's hand-over or screen in the lobby, where each reads its briefing", () => {
    const { device } = fakeDevice()
    const moscow = teamNamed(device, 'Moscow')
    const { session } = device.store.getState()
    expect(holderOf(step('handover', moscow), session)).toEqual({ kind: 'handover', team: moscow })
    expect(holderOf(step('team', moscow), session)).toEqual({ kind: 'team', team: moscow })
  })

  it("opens a team's screen while its turn is open, and its sealed screen once it has sent it", () => {
    const { device } = fakeDevice()
    device.command({ kind: 'start' })
    const owing = device.store
      .getState()
      .session.tables.flatMap((t) => (t.state.kind === 'deciding' ? [t.state.pending.team] : []))
    const team = owing[0] as TeamId
    expect(holderOf(step('team', team), device.store.getState().session)).toEqual({ kind: 'team', team })
    submitFirstOptions(device)
    const { session } = device.store.getState()
    // Back from the next team's hand-over must not show this team's sent decision.
    expect(holderOf(step('team', team), session)).toEqual({ kind: 'sealed', team })
    expect(holderOf(step('handover', team), session)).toEqual({ kind: 'sealed', team })
  })

  it('is the table for a team with no turn to take, or once the exercise is over', () => {
    const { device } = fakeDevice()
    device.command({ kind: 'start' })
    const { session } = device.store.getState()
    const waiting = session.teams.find(
      (x) => !session.tables.some((t) => t.state.kind === 'deciding' && t.state.pending.team === x.id),
    )
    expect(waiting).toBeDefined()
    expect(holderOf(step('team', waiting!.id), session)).toEqual({ kind: 'table' })
    device.command({ kind: 'finish' })
    const over = device.store.getState().session
    expect(over.phase.kind).toBe('finished')
    expect(holderOf(step('handover', over.teams[0]!.id), over)).toEqual({ kind: 'table' })
  })
})

describe('how the device moves through history', () => {
  const team = 't1' as TeamId

  it("pushes the hand-over and the team's screen, so Back goes from the team's screen to its hand-over", () => {
    expect(handOver(team)).toEqual({ route: step('handover', team), write: 'push' })
    expect(showTeam(team)).toEqual({ route: step('team', team), write: 'push' })
  })

  it("replaces a team's screen when it is left, so no later Back opens it", () => {
    expect(sealTurn(team)).toEqual({ route: step('sealed', team), write: 'replace' })
    expect(toTable({ kind: 'team', team })).toEqual({ route: { name: 'pass-device' }, write: 'replace' })
    expect(toTable({ kind: 'sealed', team })).toEqual({ route: { name: 'pass-device' }, write: 'replace' })
    expect(toTable({ kind: 'handover', team })).toEqual({ route: { name: 'pass-device' }, write: 'push' })
  })

  it("resumes a team's screen behind its hand-over, and any other step where it was", () => {
    expect(resumedAt(step('team', team))).toEqual({ route: step('handover', team), write: 'replace' })
    expect(resumedAt(step('handover', team))).toBeNull()
    expect(resumedAt({ name: 'pass-device' })).toBeNull()
  })

  it('seats a new exercise at its table, whatever step of an old one the address names', () => {
    expect(seatedAt(step('team', team))).toEqual({ route: { name: 'pass-device' }, write: 'replace' })
    expect(seatedAt({ name: 'pass-device' })).toBeNull()
  })
})
