// The score as shown adds up: whatever the numbers, the parts on screen sum exactly to the total on screen, in
// either language's way of writing them, while the total and the expectation read just as their raw values would.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { FairScore, LuckParts } from '../src/store'
import { SCORE_DIGITS, shownScore } from '../src/store'
import { luckParts } from '../src/store/score-parts'
import { startGame } from '../src/store/session'
import { signed } from '../src/ui/format'
import { bundledScenario } from './bundled-scenarios'

/** A score shown as text, back in whole hundredths: "−0,04" is -4. */
const hundredths = (text: string): number =>
  Math.round(Number(text.replace('−', '-').replace(',', '.')) * 100)

/** A score from its parts, as fairScore builds one: the luck on top of the expectation, the choice on top of that. */
function scoreOf(expected: number, history: number | null, chance: number, choice: number) {
  const bestReply = expected + (history ?? 0) + chance
  const yours = bestReply + choice
  const score = {
    expected,
    bestReply,
    yours,
    luck: bestReply - expected,
    choice: yours - bestReply,
  } as FairScore
  const luck: LuckParts = {
    history: history === null ? null : { points: history, moves: [] },
    chance: { points: chance, moves: [] },
  }
  return { score, luck }
}

/** Any value, or one on a thousandth, where half a hundredth (0.125) puts the rounding on a tie. */
const part = fc.oneof(
  fc.double({ min: -2, max: 2, noNaN: true }),
  fc.integer({ min: -2000, max: 2000 }).map((n) => n / 1000),
)

describe('the score as shown', () => {
  it('has parts that add up exactly to the total shown, in English and in Russian', () => {
    fc.assert(
      fc.property(part, fc.option(part), part, part, fc.constantFrom('en', 'ru'), (e, h, c, ch, language) => {
        const { score, luck } = scoreOf(e, h, c, ch)
        const shown = shownScore(score, luck)
        const text = (n: number) => signed(n, SCORE_DIGITS, language)
        const parts = [shown.expected, shown.choice, shown.history, shown.chance].map((n) =>
          hundredths(text(n)),
        )
        expect(parts.reduce((a, b) => a + b, 0)).toBe(hundredths(text(shown.yours)))
        expect(hundredths(text(shown.luck))).toBe(
          hundredths(text(shown.history)) + hundredths(text(shown.chance)),
        )
        // The total and the expectation are not bent to fit: they read as their raw values always did.
        expect(text(shown.yours)).toBe(signed(score.yours, SCORE_DIGITS, language))
        expect(text(shown.expected)).toBe(signed(score.expected, SCORE_DIGITS, language))
      }),
      { numRuns: 2000 },
    )
  })

  it('moves no part more than a hundredth from its true value', () => {
    fc.assert(
      fc.property(part, fc.option(part), part, part, (e, h, c, ch) => {
        const { score, luck } = scoreOf(e, h, c, ch)
        const shown = shownScore(score, luck)
        const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(0.01 + 1e-9)
        near(shown.choice, score.choice)
        near(shown.history, h ?? 0)
        near(shown.chance, c)
        near(shown.luck, score.luck)
      }),
      { numRuns: 2000 },
    )
  })

  it("adds up in Armenia's seat in Kazakhstan 2022, where each part rounded alone came to −0.31 for −0.30", () => {
    const kazakhstan = bundledScenario('kazakhstan-2022')
    const yerevan = kazakhstan.roles.find((r) => r.id === 'yerevan')!
    const { view } = startGame(kazakhstan, yerevan, 4618, ['object'])
    const score = view.score!
    const shown = shownScore(score, luckParts(score, view.recorded))
    const text = (n: number) => signed(n, SCORE_DIGITS)
    expect([shown.yours, shown.expected, shown.choice, shown.chance].map(text)).toEqual([
      '−0.30',
      '−0.11',
      '−0.18',
      '−0.01',
    ])
  })
})
