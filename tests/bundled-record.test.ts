// The bundled scenarios and profiles as a student meets them: set in their time, every citation a source one can follow.
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { citedIds, loadCatalog, loadScenario, type Problem, type Scenario } from '../src/scenario'
import { ACTOR_DIR, scenarioPaths } from '../src/scenario/files'

const read = (path: string) => ({ name: relative(process.cwd(), path), text: readFileSync(path, 'utf8') })
const actorFiles = scenarioPaths(ACTOR_DIR).map(read)
const scenarioFiles = scenarioPaths().map(read)
const catalog = loadCatalog(actorFiles)
if (!catalog.ok) throw new Error(`the bundled catalog does not load: ${JSON.stringify(catalog.problems)}`)
const loaded = scenarioFiles.map((f) => ({ ...f, result: loadScenario(f.text, f.name, catalog.value) }))
const scenarios: Scenario[] = loaded.flatMap((l) => (l.result.ok ? [l.result.value] : []))
const where = (p: Problem) => `${p.file}:${p.line} ${p.path} ${p.message}`

/** Every text of a scenario that can carry citation markers. */
const prose = (s: Scenario): string[] => [
  s.summary,
  s.background,
  s.facts.adversary.description,
  ...s.assumptions,
  ...s.objectives.map((o) => o.text),
  ...s.roles.map((r) => r.briefing),
  ...s.injects.map((x) => x.text),
  ...s.questions,
  ...(s.history ? [s.history.summary, s.history.aftermath ?? ''] : []),
  ...Object.values(s.actors).flatMap((a) => (a.override ? [a.override.why] : [])),
]

describe('the bundled scenarios and actor profiles', () => {
  it('all load, with no warning: nothing a player reads before the debrief names a later year', () => {
    expect(loaded.flatMap((l) => (l.result.ok ? l.result.warnings : l.result.problems)).map(where)).toEqual(
      [],
    )
    expect(catalog.warnings.map(where)).toEqual([])
  })

  it('cite, in the text and for every fact, only sources with a title and a date', () => {
    for (const s of scenarios) {
      const byId = new Map(s.sources.map((src) => [src.id, src]))
      const cited = [...prose(s).flatMap(citedIds), ...Object.values(s.citations).flat()]
      expect(cited.length, s.id).toBeGreaterThan(0)
      for (const id of cited) {
        const source = byId.get(id)
        expect(source, `${s.id} cites [${id}]`).toBeDefined()
        expect(source?.title, `${s.id}: ${id}`).toBeTruthy()
        expect(source?.date, `${s.id}: ${id} has no date`).toBeTruthy()
      }
    }
    for (const actor of catalog.value.values()) {
      const byId = new Map(actor.sources.map((src) => [src.id, src]))
      const cited = [actor.summary, ...actor.record.map((e) => e.text)].flatMap(citedIds)
      expect(cited.length, actor.id).toBeGreaterThan(0)
      for (const id of cited) expect(byId.get(id)?.date, `${actor.id} cites [${id}]`).toBeTruthy()
    }
  })

  it('list sources a student can look up: ids that read like author-year, each with a title and a date', () => {
    const lists = [...scenarios.map((s) => s.sources), ...[...catalog.value.values()].map((a) => a.sources)]
    for (const source of lists.flat()) {
      expect(source.id).toMatch(/^[a-z][a-z0-9-]*-(19|20)\d\d(-[a-z0-9]+)*$/)
      expect(source.title.length).toBeGreaterThan(0)
      expect(source.date, source.id).toBeTruthy()
    }
  })

  it('never point at files a student does not have', () => {
    for (const { name, text } of [...scenarioFiles, ...actorFiles]) {
      expect(text, name).not.toMatch(/\(seeds? \d|seed-\d{3}|^\s*seed:|shared\/|history-notes|project notes/m)
    }
  })

  it('state two to four learning objectives, each tied to a part of the game', () => {
    for (const s of scenarios) {
      expect(s.objectives.length, s.id).toBeGreaterThanOrEqual(2)
      expect(s.objectives.length, s.id).toBeLessThanOrEqual(4)
    }
  })

  it('state a hypothetical’s assumptions, and give every historical case its record', () => {
    for (const s of scenarios) {
      if (s.kind === 'hypothetical') expect(s.assumptions.length, s.id).toBeGreaterThan(0)
      else expect(s.history, s.id).toBeDefined()
    }
  })

  it('carry the Armenia cases on past the crisis: Yerevan 2022, the 2023 offensive, the 2024 freeze', () => {
    for (const id of ['armenia-2020', 'armenia-2022']) {
      const aftermath = scenarios.find((s) => s.id === id)?.history?.aftermath ?? ''
      expect(aftermath, id).toMatch(/23\s+November\s+2022/)
      expect(aftermath, id).toMatch(/September\s+2023/)
      expect(aftermath, id).toMatch(/February\s+2024/)
    }
  })
})
