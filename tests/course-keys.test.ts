// The solver solves each course key once: courses that share a key must share their whole future.
import { describe, expect, it } from 'vitest'
import { formatDecision } from '../src/engine'
import { crisisTree, EMPTY_COURSE } from '../src/engine/decisions/game'
import type { Course } from '../src/engine/decisions/types'
import { modelContext } from '../src/engine/outcomes/context'
import { bundledScenarios } from './bundled-scenarios'

const scenarios = bundledScenarios()

describe('course keys', { timeout: 60_000 }, () => {
  for (const scenario of scenarios)
    it(`${scenario.id}: every course with a key has the same mover, options, costs and payoffs`, () => {
      const tree = crisisTree(modelContext(scenario))
      // Each key's future as the first course with that key showed it, and how many courses it stood for.
      const futures = new Map<number, string>()
      let courses = 0
      // Every course of the game, not only one per key: the point is to compare those the keys merge.
      const walk = (c: Course): void => {
        courses++
        const key = tree.key(c)
        const node = tree.node(c, key)
        const future = node
          ? [
              node.actor,
              node.moves.map(formatDecision).join(' '),
              node.moves.map((m) => Array.from(node.cost?.(m) ?? []).join(',')).join(' '),
            ].join(' | ')
          : Array.from(tree.payoff(c)).join(',')
        const seen = futures.get(key)
        if (seen === undefined) futures.set(key, future)
        else expect(future, `courses with key ${key}`).toBe(seen)
        node?.moves.forEach((m, i) => {
          const next = node.after(m)
          expect(node.keyAfter?.(i), 'the key a move leads to, found without building the course').toBe(
            tree.key(next),
          )
          walk(next)
        })
      }
      walk(EMPTY_COURSE)
      // The keys merge courses: the game has many more courses than keys.
      expect(futures.size).toBeLessThan(courses)
    })
})
