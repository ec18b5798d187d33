// The editor's schema help in Russian: every description the published schemas hold (the scenario's and the actor
// profile's) has its Russian, the hover
// and the completion speak Russian on a Russian workshop, and none of it, nor the Russian problem words, is on
// the first page: only the lazy screens (and loads on demand) reach them.
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { CompletionContext } from '@codemirror/autocomplete'
import { EditorState } from '@codemirror/state'
import { describe, expect, it } from 'vitest'
import { helpAt, placeAt, type SchemaNode, suggestionsAt } from '../src/scenario/schema-help'
import { HELP_EN } from '../src/scenario/schema-help-words'
import { HELP_ACTOR_RU } from '../src/scenario/wording/ru-help-actor'
import { HELP_FACTS_RU } from '../src/scenario/wording/ru-help-facts'
import { HELP_FRAME_RU } from '../src/scenario/wording/ru-help-frame'
import { HELP_RU, russianDescription } from '../src/scenario/wording/ru-schema-help'
import { completeFromSchema, hoverHelp } from '../src/ui/workshop/schema-extensions'
import { resolveImport } from './source-imports'

const published = (file: string): SchemaNode =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'public', file), 'utf8')) as SchemaNode
const schema = published('scenario.schema.json')
const actorSchema = published('actor.schema.json')

/** Every description in the published schema, once each. */
function descriptions(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) descriptions(item, found)
  else if (node && typeof node === 'object') {
    const { description } = node as { description?: unknown }
    if (typeof description === 'string') found.add(description)
    for (const value of Object.values(node)) descriptions(value, found)
  }
  return found
}

const CYRILLIC = /[а-яё]/i

describe('the schema help in Russian', () => {
  it('has Russian for every description of the published scenario schema', () => {
    const english = [...descriptions(schema)]
    expect(english.length).toBeGreaterThan(80)
    for (const d of english) expect(russianDescription(d), d).toMatch(CYRILLIC)
  })

  it('has Russian for every description of the published actor profile schema', () => {
    const english = [...descriptions(actorSchema)]
    expect(english).toContain('The sources behind this profile')
    for (const d of english) expect(russianDescription(d), d).toMatch(CYRILLIC)
  })

  it('translates each description once, and none that neither schema holds', () => {
    const english = [...descriptions(actorSchema, descriptions(schema))].sort()
    const tables = [HELP_FRAME_RU, HELP_FACTS_RU, HELP_ACTOR_RU].flatMap((table) => Object.keys(table))
    expect(tables.sort()).toEqual(english)
  })

  it("says on hover what an actor's borders mean, in Russian", () => {
    const help = helpAt(actorSchema, ['borders'], HELP_RU)!
    expect(help.title).toBe('borders')
    expect(help.text).toMatch(/^Другие участники каталога, с которыми у него общая сухопутная граница/)
    expect(helpAt(actorSchema, ['borders'])!.text).toMatch(/^The other actors of the catalog whose land/)
  })

  it('says on hover what a fact means at 0, 0.5 and 1, in Russian', () => {
    expect(helpAt(schema, ['facts', 'moscow', 'legitimacy'], HELP_RU)).toEqual({
      title: 'facts.moscow.legitimacy',
      text: 'Легитимность обратившегося правительства в глазах Москвы. 0 — Москва считает его нелегитимным или враждебным; 0.5 — сомнительным или ещё не проверенным, как временное правительство; 1 — надёжный партнёр. Число от 0 до 1.',
    })
  })

  it('lists the choices of a field in Russian, the values as they are typed', () => {
    expect(helpAt(schema, ['facts', 'territory'], HELP_RU)!.text).toMatch(
      /^Где, с точки зрения права, идут бои .* Возможные значения: own, disputed, foreign\.$/,
    )
  })

  it('keeps the English help as it was', () => {
    expect(helpAt(schema, ['facts', 'territory'])).toEqual(helpAt(schema, ['facts', 'territory'], HELP_EN))
    expect(helpAt(schema, ['facts', 'territory'])!.text).toMatch(/One of: own, disputed, foreign\.$/)
  })

  it('shows a description the tables lack in English, rather than nothing', () => {
    expect(HELP_RU.describe('A field added since')).toBe('A field added since')
  })

  it('hovers in Russian over a field of a file being typed', () => {
    const doc = 'id: x\nfacts:\n  china:\n    stakes: 0.8\n'
    const state = EditorState.create({ doc })
    const help = hoverHelp(state, doc.indexOf('stakes') + 2, HELP_RU)
    expect(help).toEqual({
      at: doc.indexOf('stakes'),
      title: 'facts.china.stakes',
      text: 'Интересы Китая в стране — экономические и в сфере безопасности. 0 — практически никаких; 0.5 — значительная торговля и инвестиции; 1 — жизненно важные: трубопроводы, крупные инвестиции, общая граница. Число от 0 до 1.',
    })
    expect(hoverHelp(state, doc.indexOf('stakes') + 2)!.text).toMatch(/^China's economic and security stakes/)
  })

  it('completes in Russian: the kind of value, whether it is required, and what it means', () => {
    const text = 'id: x\nfacts:\n  threat:\n    kind: unrest\n    '
    const place = placeAt(text, text.length)!
    const armed = suggestionsAt(schema, place, HELP_RU).find((s) => s.label === 'armedViolence')!
    expect(armed).toEqual({
      label: 'armedViolence',
      apply: 'armedViolence: ',
      kind: 'field',
      detail: 'число, обязательное',
      info: russianDescription(
        'How far the events are an armed attack. 0: peaceful protest; 0.5: serious armed violence, such as armed groups seizing buildings; 1: open war between armies. Below 0.2 the treaty sees no armed attack; from 0.5 it plainly is one',
      ),
    })
    const state = EditorState.create({ doc: text })
    const result = completeFromSchema(new CompletionContext(state, text.length, true), HELP_RU)!
    expect(result.options.find((o) => o.label === 'regimeThreat')).toMatchObject({
      detail: 'число, обязательное',
    })
    expect(result.options.find((o) => o.label === 'regimeThreat')!.info).toMatch(
      /^Насколько события угрожают/,
    )
  })
})

const SRC = join(import.meta.dirname, '../src')

/** The files of src the first page's script holds: main.tsx's imports, followed through all but types alone. */
function firstPageScript(file = join(SRC, 'main.tsx'), seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !file.startsWith(SRC) || !/\.tsx?$/.test(file)) return seen
  seen.add(file)
  const text = readFileSync(file, 'utf8')
  const specs = [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^'";]*?from\s+'(\.[^']+)'/gm)].map(
    (m) => m[1],
  )
  for (const spec of specs) {
    const next = resolveImport(file, spec!)
    if (next) firstPageScript(next, seen)
  }
  return seen
}

describe("the first page's script", () => {
  it('holds no Russian table: neither the schema help nor the problem words', () => {
    const files = [...firstPageScript()].map((f) => relative(SRC, f))
    expect(files).toContain('store/problem-language.ts')
    expect(files).toContain('ui/screens/library-screen.tsx')
    expect(files.filter((f) => /wording\/ru|schema-extensions|schema-help/.test(f))).toEqual([])
  })
})
