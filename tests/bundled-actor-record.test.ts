// The actors' dated records as the bundled crises show them, in English and in Russian: each stops at its crisis's
// start, so a 2010 crisis never hears of 2020 and a 2027 one hears of everything up to 2025.
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type ActorId, loadCatalog, recordAsOf, type Scenario } from '../src/scenario'
import { inLanguage } from '../src/scenario/bundled-translations'
import { ACTOR_DIR, scenarioPaths } from '../src/scenario/files'
import { bundledScenario, bundledScenarios } from './bundled-scenarios'

const read = (path: string) => ({ name: relative(process.cwd(), path), text: readFileSync(path, 'utf8') })
const catalog = loadCatalog(scenarioPaths(ACTOR_DIR).map(read))
if (!catalog.ok) throw new Error(`the bundled catalog does not load: ${JSON.stringify(catalog.problems)}`)
const standing = catalog.value

const scenarios = bundledScenarios()
const datesOf = (s: Scenario, actor: string) => s.actors[actor as ActorId]!.record.map((e) => e.date)

describe("the actors' records in the bundled crises", () => {
  it('give every actor of every crisis its whole record up to the start, and nothing after it', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(10)
    for (const s of scenarios) {
      for (const [id, actor] of Object.entries(s.actors)) {
        const full = standing.get(id as ActorId)!.record
        expect(actor.record, `${s.id}: ${id}`).toEqual(recordAsOf(full, s.dates.start))
        for (const e of actor.record) expect(e.date <= s.dates.start, `${s.id}: ${id} ${e.date}`).toBe(true)
      }
    }
  })

  it("stops Armenia's record at the crisis: no Karabakh war in 2010, its frozen participation by 2027", () => {
    expect(datesOf(bundledScenario('kyrgyzstan-2010'), 'armenia')).toEqual(['1992-05-15'])
    expect(datesOf(bundledScenario('armenia-2020'), 'armenia').at(-1)).toBe('2018-05-08')
    const armenia2027 = bundledScenario('ferghana-water-2027').actors['armenia' as ActorId]!.record
    expect(armenia2027.map((e) => e.date)).toContain('2023-09-20')
    expect(armenia2027.at(-1)?.text).toContain('stopped paying its share')
  })

  it('shows the valley states’ border treaties only to the crises after them', () => {
    expect(datesOf(bundledScenario('kyrgyzstan-tajikistan-2021'), 'kyrgyzstan')).not.toContain('2025-03-13')
    expect(datesOf(bundledScenario('kyrgyzstan-tajikistan-2021'), 'tajikistan').at(-1)).toBe('2012-10-05')
    for (const id of ['ferghana-water-2027', 'tajikistan-border-2027']) {
      expect(datesOf(bundledScenario(id), 'kyrgyzstan').slice(-3), id).toEqual([
        '2022-11-30',
        '2025-03-13',
        '2025-03-31',
      ])
      expect(datesOf(bundledScenario(id), 'tajikistan').slice(-2), id).toEqual(['2025-03-13', '2025-03-31'])
    }
  })

  it('shows the same entries in Russian, each of them translated', () => {
    for (const s of scenarios) {
      const ru = inLanguage(s, 'ru')
      for (const [id, actor] of Object.entries(s.actors)) {
        const shown = ru.actors[id as ActorId]!.record
        expect(
          shown.map((e) => e.date),
          `${s.id}: ${id}`,
        ).toEqual(actor.record.map((e) => e.date))
        shown.forEach((e, i) => {
          expect(e.text, `${s.id}: ${id} ${e.date}`).not.toBe(actor.record[i]!.text)
        })
      }
    }
  })
})
