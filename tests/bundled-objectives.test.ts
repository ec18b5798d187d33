// The bundled crises' learning objectives hold whatever the student's game produced. The debrief sets them beside
// a game in which a force may or may not have gone, so an objective that tells what was sent or done says whose
// it was: history's, with its date, or the student's game's. "Explain why the force was small" reads oddly after
// a game in which no force went; "Explain why the force sent in January 2022 was small" does not.
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { scenarioPaths } from '../src/scenario/files'

const objectivesIn = (path: string): string[] =>
  ((parse(readFileSync(path, 'utf8')) as { objectives?: { text: string }[] }).objectives ?? []).map(
    (o) => o.text,
  )

const scenarios = scenarioPaths().map((path) => ({
  name: relative(process.cwd(), path),
  en: objectivesIn(path),
  ru: objectivesIn(path.replace(/\.yaml$/, '.ru.yaml')),
}))

/**
 * An outcome told as a given: a deployment named as the one that went ("the force", "the intervention", "its
 * own peacekeepers"), what was sent, brought, asked or kept, or what a step not taken "would have" done.
 */
const OUTCOME =
  /\b(?:(?:the|its own) (?:force|intervention|contingent|mission|peacekeepers)|sent|brought|asked|kept|would have)\b/i
/** Whose outcome it is: history's, by its year (and month), or the student's game's. */
const WHOSE =
  /\b(?:in|of) (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(\d{4})\b|\byour game\b/

/** The parts of an objective (its clauses, between semicolons and colons) that tell an outcome. */
const outcomeClauses = (text: string) => text.split(/[;:]/).filter((clause) => OUTCOME.test(clause))

describe('the bundled learning objectives', () => {
  it('are read in every bundled scenario, as many in Russian as in English', () => {
    expect(scenarios.length).toBeGreaterThan(5)
    for (const s of scenarios) {
      expect(s.en.length, s.name).toBeGreaterThan(0)
      expect(s.ru.length, s.name).toBe(s.en.length)
    }
  })

  it("tell what was sent or done only as history's, dated, or as the student's game's", () => {
    const undated = scenarios.flatMap((s) =>
      s.en.flatMap((text) =>
        outcomeClauses(text)
          .filter((c) => !WHOSE.test(c))
          .map((c) => `${s.name}: ${c}`),
      ),
    )
    expect(undated).toEqual([])
  })

  it('give the same year in Russian', () => {
    for (const s of scenarios)
      s.en.forEach((text, i) => {
        for (const clause of outcomeClauses(text)) {
          const year = WHOSE.exec(clause)?.[1]
          if (year) expect(s.ru[i], `${s.name}, objective ${i + 1}`).toContain(year)
        }
      })
  })
})
