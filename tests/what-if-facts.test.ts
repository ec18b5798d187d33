// The facts the what-if page offers (docs/authoring.md §3.5), each played by the engine in every role at
// temperature 0 over its range, the other facts as the scenario gives them. Each changes some actor's decision, or
// a note beside it says why not, and the note is true. A student moving the sliders should mostly see decisions
// move: those that change one come before those that do not, and they are most of the bundled scenarios' sliders.
// A switch's values must each make a crisis with the scenario's other facts.
import { describe, expect, it } from 'vitest'
import {
  applyDecision,
  type Course,
  EMPTY_COURSE,
  type FactChange,
  nextDecision,
  solveScenario,
  withFacts,
} from '../src/engine'
import type { Scenario } from '../src/scenario'
import { type WhatIfItem, whatIfItems } from '../src/scenario/what-if-items'
import { bundledScenarios } from './bundled-scenarios'

const bundled: readonly Scenario[] = bundledScenarios()

/** The engine's own game, move by move, in notation: what a student sees the actors do. */
function engineGame(s: Scenario): string {
  const solved = solveScenario(s)
  const moves: string[] = []
  let c: Course = EMPTY_COURSE
  for (let p = nextDecision(solved.ctx, c); p; p = nextDecision(solved.ctx, c)) {
    const node = solved.solution.at(c)!
    const d = node.moves[node.probabilities.indexOf(1)]!
    moves.push(`${p.actor}:${JSON.stringify(d)}`)
    c = applyDecision(c, p, d)
  }
  return moves.join(' ')
}

const sweep = Array.from({ length: 21 }, (_, i) => i / 20)
/** Each fact's values: a slider's range in steps, a switch's own value and its alternatives. */
const changesOf = (item: WhatIfItem): readonly FactChange[] =>
  item.kind === 'slider'
    ? sweep.map((to) => ({ fact: item.fact, to }))
    : [item.own, ...item.alternatives].map((to) => ({ fact: item.fact, to }) as FactChange)

const played = new Map<string, boolean>()
/** Whether moving the fact over its values changes some actor's decision; each fact is swept once. */
function changesADecision(s: Scenario, item: WhatIfItem): boolean {
  const key = `${s.id} ${item.fact}`
  if (!played.has(key))
    played.set(key, new Set(changesOf(item).map((change) => engineGame(withFacts(s, [change])))).size > 1)
  return played.get(key)!
}

const slidersOf = (s: Scenario) => whatIfItems(s, []).filter((item) => item.kind === 'slider')

describe('the what-if facts', () => {
  it.each(bundled.flatMap((s) => whatIfItems(s, []).map((item) => [s.id, item.fact, item, s] as const)))(
    "%s: moving %s changes some actor's decision somewhere in its range, or the student is told why not",
    (_id, fact, item, s) => {
      // A note that a fact changes no decision must be true, and a fact that changes no decision must have one.
      expect(changesADecision(s, item), s.inert[fact] ?? 'no note').toBe(s.inert[fact] === undefined)
    },
  )

  it.each(bundled.map((s) => [s.id, s] as const))(
    '%s: the sliders that change a decision come before those that do not',
    (_id, s) => {
      const sliders = slidersOf(s).map((item) => ({ fact: item.fact, moves: changesADecision(s, item) }))
      const moving = sliders.filter((x) => x.moves)
      expect(sliders).toEqual([...moving, ...sliders.filter((x) => !x.moves)])
    },
  )

  // A switch asks what a crisis would have been with one fact otherwise and the rest as they were, so each value must
  // make a crisis with the rest: an insurgency, a war or a border clash with next to no violence (below 0.2, no armed
  // attack: docs/authoring.md §3.1) is none a student could picture.
  it.each(bundled.map((s) => [s.id, s] as const))(
    '%s: a switch to a kind of armed conflict keeps violence enough for one',
    (_id, s) => {
      const armed = whatIfItems(s, []).flatMap((item) =>
        item.fact === 'threat.kind' ? item.alternatives.filter((kind) => kind !== 'unrest') : [],
      )
      const calm = s.facts.threat.armedViolence < 0.2
      expect(calm ? armed : []).toEqual([])
    },
  )

  it("most of the bundled scenarios' sliders change some decision", () => {
    const sliders = bundled.flatMap((s) => slidersOf(s).map((item) => changesADecision(s, item)))
    const moving = sliders.filter(Boolean).length
    expect(moving).toBeGreaterThan(sliders.length - moving)
  })
})
