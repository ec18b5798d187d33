// What the what-if page's live region is told moved: the outcomes whose medians, as the chart prints them, moved.
import { describe, expect, it } from 'vitest'
import type { Indicator } from '../src/scenario/types'
import { INDICATORS } from '../src/scenario/vocabulary'
import type { GameStore } from '../src/store/state'
import { selectWhatIfHeard } from '../src/store/what-if-heard'

/** Every outcome's median at 50 but those given. */
const outcomes = (medians: Partial<Record<Indicator, number>>) =>
  Object.fromEntries(INDICATORS.map((k) => [k, { median: medians[k] ?? 50, p10: 40, p90: 60 }]))

/** A finished game whose medians are `mine`, beside a settled replay whose medians are `replayed`. */
const store = (mine: Partial<Record<Indicator, number>>, replayed: Partial<Record<Indicator, number>>) =>
  ({
    view: { result: { status: 'finished', moves: [], report: { outcomes: outcomes(mine) } } },
    whatIf: { moves: [], outcomes: outcomes(replayed) },
    replaying: false,
    dragging: false,
  }) as unknown as GameStore

describe('what a settled what-if replay is heard to move', () => {
  it('moves each outcome by the difference of the medians as the chart prints them, whole points', () => {
    // 60.4 prints as 60 and 56.6 as 57: the chart says 3 points below, and so must the sentence, not 3.8 rounded to 4.
    const heard = selectWhatIfHeard(store({ escalationRisk: 60.4 }, { escalationRisk: 56.6 }))
    expect(heard?.moved).toEqual([{ indicator: 'escalationRisk', delta: -3 }])
  })

  it('says nothing of an outcome the chart prints the same, however far its raw median moved', () => {
    // 49.6 and 50.4 both print as 50.
    expect(
      selectWhatIfHeard(store({ allianceCredibility: 49.6 }, { allianceCredibility: 50.4 }))?.moved,
    ).toEqual([])
  })

  it('says an outcome moved when the chart prints it moved by a point, though its raw median moved less', () => {
    // 50.4 prints as 50 and 50.6 as 51: "1 point above your game".
    expect(
      selectWhatIfHeard(store({ allianceCredibility: 50.4 }, { allianceCredibility: 50.6 }))?.moved,
    ).toEqual([{ indicator: 'allianceCredibility', delta: 1 }])
  })
})
