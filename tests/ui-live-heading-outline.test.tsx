// @vitest-environment jsdom
// The facilitator's screen as a screen reader's list of headings reads it: one h1 naming the phase, and no level
// skipped below it, in the lobby, a round, the reveal of a finished session and the projector's debrief, in
// English and in Russian. Folded parts (the join link, the briefings, an inject's text) are walked as if open.
import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { JoinPanel } from '../src/ui/live/join-panel'
import { facilitatorPanel, finished, JOIN_URL, lobby, panelsInEnglish, render, started } from './live-panels'
import type { Driver } from './server-fakes'
import { russianPanels } from './ui-fakes'

type Outline = (readonly [number, string])[]

/** Every heading on the page, in reading order, with its level. */
function outline(): Outline {
  return [...document.body.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
    (h) => [Number(h.tagName[1]), h.textContent?.trim() ?? ''] as const,
  )
}

/** What is wrong with an outline: not one h1 first, or a level skipped on the way down. */
function faults(headings: Outline): string[] {
  const found: string[] = []
  if (headings.filter(([level]) => level === 1).length !== 1) found.push('not exactly one h1')
  if (headings[0]?.[0] !== 1) found.push(`first heading is not the h1: ${JSON.stringify(headings[0])}`)
  for (const [i, [level, text]] of headings.entries()) {
    const before = headings[i - 1]?.[0] ?? 0
    if (level > before + 1) found.push(`h${level} "${text}" follows h${before}`)
  }
  return found
}

/** A released inject (whose text cites its sources) and one still folded, in a round with its join link. */
function aRound(): Driver {
  const d = started()
  d.facilitator({ kind: 'release', inject: 'morgue-claims' })
  return d
}

function panel(d: Driver, joinUrl = JOIN_URL) {
  return facilitatorPanel(d, {
    joinUrl,
    props: { joining: <JoinPanel code={d.session.code} joinUrl={joinUrl} /> },
  })
}

/** The heading a heading stands under: the nearest one before it of a higher level. */
function parentOf(headings: Outline, text: string): string | undefined {
  const at = headings.findIndex(([, t]) => t === text)
  const level = headings[at]?.[0] ?? 0
  return headings.slice(0, at).findLast(([l]) => l < level)?.[1]
}

const phases: readonly (readonly [string, () => Driver])[] = [
  ['the lobby', () => lobby()],
  ['a round', aRound],
  ['the reveal of a finished session', () => finished()],
]

function checkEveryPhase(renderIn: (ui: ReturnType<typeof panel>) => unknown, project: RegExp) {
  for (const [name, make] of phases)
    it(`reads ${name} as one h1 with no level skipped`, () => {
      renderIn(panel(make()))
      const headings = outline()
      expect(headings.length).toBeGreaterThan(3)
      expect(faults(headings), JSON.stringify(headings)).toEqual([])
    })

  it("reads the projector's debrief as one h1 with no level skipped", async () => {
    renderIn(panel(finished()))
    await userEvent.click(screen.getByRole('button', { name: project }))
    const headings = outline()
    expect(screen.getByRole('heading', { level: 1 })).toBeVisible()
    expect(headings.length).toBeGreaterThan(2)
    expect(faults(headings), JSON.stringify(headings)).toEqual([])
    cleanup()
  })
}

describe("the facilitator's headings in English", () => {
  panelsInEnglish()
  checkEveryPhase(render, /Show only the debrief/)
})

describe("the facilitator's headings in Russian", () => {
  const renderRussian = russianPanels()
  checkEveryPhase((ui) => {
    cleanup()
    return renderRussian(ui)
  }, /Показать только разбор/)
})

describe("the facilitator's sections", () => {
  panelsInEnglish()

  it("puts each role's briefing under the briefings' heading, not under the results before them", () => {
    render(panel(aRound()))
    const headings = outline()
    const briefings = screen.getByRole('heading', { level: 2, name: "Every role's briefing" })
    expect(briefings.closest('summary')).not.toBeNull()
    for (const role of ["President Tokayev's government", 'The Kremlin'])
      expect(parentOf(headings, role)).toBe("Every role's briefing")
    expect(parentOf(headings, 'Table 1')).toBe('The tables')
  })
})

describe('the outline check', () => {
  it('finds a skipped level and a second h1', () => {
    expect(
      faults([
        [1, 'a'],
        [3, 'b'],
        [1, 'c'],
      ]),
    ).toEqual(['not exactly one h1', 'h3 "b" follows h1'])
  })
})
