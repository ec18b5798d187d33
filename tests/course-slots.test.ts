// The solver's courses are written in place, one per depth: each must read as the course applyDecision builds.
import { describe, expect, it } from 'vitest'
import { CourseSlots, depthOf } from '../src/engine/decisions/course-slots'
import { applyDecision, EMPTY_COURSE, nextDecision } from '../src/engine/decisions/game'
import type { Course } from '../src/engine/decisions/types'
import { modelContext } from '../src/engine/outcomes/context'
import { bundledScenarios } from './bundled-scenarios'

const scenarios = bundledScenarios()

/** A course as plain data, absent moves left out, to compare a slot with a built course. */
const plain = (c: Course) => JSON.parse(JSON.stringify(c))

describe('course slots', () => {
  for (const scenario of scenarios)
    it(`${scenario.id}: a walk of the whole game through the slots meets the courses applyDecision builds`, () => {
      const ctx = modelContext(scenario)
      const slots = new CourseSlots()
      let courses = 0
      // The slot walk and the built walk go side by side, depth first, as the solver does.
      const walk = (slot: Course, built: Course): void => {
        courses++
        expect(plain(slot)).toEqual(plain(built))
        expect(depthOf(slot)).toBe(depthOf(built))
        const point = nextDecision(ctx, built)
        if (!point) return
        for (const d of point.options)
          walk(slots.after(slot, depthOf(slot), point, d), applyDecision(built, point, d))
      }
      walk(EMPTY_COURSE, EMPTY_COURSE)
      expect(courses).toBeGreaterThan(100)
    })
})
