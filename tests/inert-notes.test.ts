// The notes beside a what-if slider that changes no decision (docs/authoring.md §3.5) claim just that, in both
// languages: the same decisions can still lead to other outcomes (Kazakhstan 2022: evidence of a foreign hand
// raises the alliance's credibility and relations with the West), so no note may say the fact changes nothing.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { bundledScenarios } from './bundled-scenarios'
import { i18n, loadCatalogs, t } from './catalogs'

beforeAll(loadCatalogs)

const bundled = bundledScenarios()
/** The Russian of each note, from the scenario's translation beside it. */
function russianNotes(id: string): Record<string, string> {
  const text = readFileSync(join(import.meta.dirname, '..', 'scenarios', `${id}.ru.yaml`), 'utf8')
  const inert: Record<string, { text: string }> = parse(text).inert ?? {}
  return Object.fromEntries(Object.entries(inert).map(([fact, entry]) => [fact, entry.text]))
}
const NOTES = bundled.flatMap((s) => {
  const ru = russianNotes(s.id)
  return Object.entries(s.inert).map(([fact, en]) => [s.id, fact, en, ru[fact]] as const)
})

describe('the notes beside a slider that changes no decision', () => {
  it('are there to read, in the bundled scenarios', () => {
    expect(NOTES.length).toBeGreaterThan(5)
  })

  it.each(NOTES)(
    '%s: %s claims that no one decides differently, not that nothing changes',
    (_, __, en, ru) => {
      expect(en).toMatch(/\bno one's decision\b|\bno one decides differently\b/)
      expect(en).not.toMatch(/\bchanges? nothing\b/)
      expect(ru).toMatch(/не меня[ею]т ничьих решений|никто не решает иначе/)
      expect(ru).not.toMatch(/ничего не меня[ею]т/)
    },
  )

  it('are followed by a sentence of their own on whose game it is and on the outcomes, in both languages', () => {
    const note = "Evidence changes no one's decision here: Moscow takes Tokayev's word."
    i18n.activate('en')
    expect(t('whatIf.slider.inert', { note })).toBe(
      `${note} This holds when the engine plays every side; the outcomes may still move.`,
    )
    i18n.activate('ru')
    expect(t('whatIf.slider.inert', { note: 'Доказательства не меняют ничьих решений.' })).toBe(
      'Доказательства не меняют ничьих решений. Это верно, когда за все стороны играет движок; показатели при этом могут меняться.',
    )
  })
})
