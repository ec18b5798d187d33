// Pass-the-device keeps each team's chosen but unsent choices in the exercise, not in its form: leaving the
// team's screen (a hand-over, the back button, a reload) keeps them; sending them, or a later decision, clears them.
import { describe, expect, it } from 'vitest'
import type { TeamId } from '../src/live'
import { PASS_DEVICE_KEY, resumePassDevice } from '../src/store/live/pass-device'
import { draftKey, fieldsFor, parseDrafts } from '../src/store/live/pass-device-drafts'
import { fakeDevice, scenario, submitFirstOptions } from './pass-device-fakes'

/** A started exercise and the first team that owes a decision, with its turn's draft key. */
function deciding() {
  const made = fakeDevice()
  const { device } = made
  device.command({ kind: 'start' })
  const table = device.store.getState().session.tables.find((t) => t.state.kind === 'deciding')
  if (table?.state.kind !== 'deciding') throw new Error('nobody decides')
  const team = table.state.pending.team as TeamId
  const turn = device.team(device.store.getState(), team).view.turn
  if (!turn) throw new Error('no turn')
  return { ...made, team, key: draftKey(turn.round, turn.stage), turn }
}

describe("a team's unsent choices", () => {
  it('are kept by the exercise, field by field, a cleared choice as null', () => {
    const { device, team, key } = deciding()
    device.draft(team, key, 'answer', 'grant')
    device.draft(team, key, 'days', 14)
    device.draft(team, key, 'mission', null)
    expect(fieldsFor(device.store.getState().drafts, team, key)).toEqual({
      answer: 'grant',
      days: 14,
      mission: null,
    })
  })

  it('belong to one decision: a later one starts blank, and a choice for it replaces the old draft', () => {
    const { device, team, key } = deciding()
    device.draft(team, key, 'answer', 'grant')
    expect(fieldsFor(device.store.getState().drafts, team, 'another')).toEqual({})
    device.draft(team, 'another', 'choice', 'stay')
    expect(device.store.getState().drafts[team]).toEqual({ key: 'another', fields: { choice: 'stay' } })
  })

  it("are cleared once the team's decision is sent, and only that team's", () => {
    const { device, team, key } = deciding()
    const other = device.store.getState().session.teams.find((t) => t.id !== team)!.id
    device.draft(team, key, 'answer', 'grant')
    device.draft(other, 'later', 'choice', 'stay')
    submitFirstOptions(device)
    expect(device.store.getState().drafts[team]).toBeUndefined()
    expect(device.store.getState().drafts[other]).toEqual({ key: 'later', fields: { choice: 'stay' } })
  })

  it('are kept with the exercise, so a reload (or Back out and "Resume it") finds them', () => {
    const { device, team, key, storage } = deciding()
    device.draft(team, key, 'answer', 'grant')
    const resumed = resumePassDevice([scenario], { now: () => 1_700_000_100_000, storage })
    if (resumed.status !== 'ok') throw new Error(resumed.status)
    expect(fieldsFor(resumed.device.store.getState().drafts, team, key)).toEqual({ answer: 'grant' })
  })

  it('read as none from a record kept before drafts were, or with drafts damaged, and the exercise resumes', () => {
    const { device, team, key, storage } = deciding()
    device.draft(team, key, 'answer', 'grant')
    const kept = JSON.parse(storage.data.get(PASS_DEVICE_KEY)!) as Record<string, unknown>
    for (const drafts of [undefined, 'nonsense', { [team]: { key, fields: { answer: { deep: true } } } }]) {
      storage.setItem(PASS_DEVICE_KEY, JSON.stringify({ ...kept, drafts }))
      const resumed = resumePassDevice([scenario], { now: () => 1_700_000_100_000, storage })
      if (resumed.status !== 'ok') throw new Error(resumed.status)
      expect(resumed.device.store.getState().drafts).toEqual({})
      expect(resumed.device.store.getState().session.phase.kind).toBe('deciding')
    }
    expect(parseDrafts(null)).toEqual({})
  })
})
