// Translations beside their originals: checked against the English they translate (missing, unknown, stale),
// stamped, applied to a loaded scenario, and kept apart from the scenarios by every reader of scenarios/.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { bundledScenarios } from '../scripts/bundled-scenarios-plugin'
import {
  type ActorId,
  checkTranslationFile,
  fingerprint,
  formatProblem,
  loadScenario,
  originalOf,
  translateScenario,
} from '../src/scenario'
import { ACTOR_DIR, SCENARIO_DIR, scenarioPaths, translationPaths } from '../src/scenario/files'
import { outlineTranslation, stampTranslation } from '../src/scenario/stamp-translation'
import { fakeCatalog, fakeScenarioData } from './fakes'

const ROOT = resolve(import.meta.dirname, '..')
const name = (path: string) => path.slice(ROOT.length + 1)
const original = { name: 'crisis.yaml', text: stringify(fakeScenarioData()) }
const check = (text: string) => checkTranslationFile('scenario', { name: 'crisis.ru.yaml', text }, original)
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1

/** A complete, stamped Russian translation of the fake scenario. */
function fullTranslation(): string {
  const outline = outlineTranslation('scenario', original)
  if (!outline.ok) throw new Error('the fake scenario does not outline')
  const russian = outline.text
    .replace(/text: (?!A test crisis)(.+)/g, (_m, en: string) => `text: Перевод — ${en}`)
    .replace('text: A test crisis', 'text: Учебный кризис')
  const stamped = stampTranslation('scenario', { name: 'crisis.ru.yaml', text: russian }, original)
  if (!stamped.ok) throw new Error('the outline does not stamp')
  return stamped.text
}

describe('the bundled translations', () => {
  const translations = [...translationPaths(), ...translationPaths(ACTOR_DIR)]

  it('include Kazakhstan 2022, Kazakhstan 2026 and every actor they use', () => {
    const files = translations.map(name)
    expect(files).toEqual(
      expect.arrayContaining([
        'scenarios/kazakhstan-2022.ru.yaml',
        'scenarios/kazakhstan-unrest-2026.ru.yaml',
        ...['russia', 'belarus', 'kazakhstan', 'kyrgyzstan', 'tajikistan', 'armenia', 'china', 'west'].map(
          (a) => `scenarios/actors/${a}.ru.yaml`,
        ),
      ]),
    )
  })

  it.each(translations.map((p) => [name(p)]))('%s is complete and fresh', (file) => {
    const path = join(ROOT, file)
    const result = checkTranslationFile(
      file.includes('/actors/') ? 'actor' : 'scenario',
      { name: file, text: readFileSync(path, 'utf8') },
      { name: name(originalOf(path)), text: readFileSync(originalOf(path), 'utf8') },
    )
    expect(result.ok ? result.warnings.map(formatProblem) : result.problems.map(formatProblem)).toEqual([])
    expect(result.ok).toBe(true)
  })
})

describe('a bundled scenario in Russian', () => {
  const read = (file: string) => ({ name: file, text: readFileSync(join(ROOT, file), 'utf8') })
  const translated = (file: string, kind: 'scenario' | 'actor') => {
    const r = checkTranslationFile(kind, read(file.replace(/\.yaml$/, '.ru.yaml')), read(file))
    if (!r.ok) throw new Error(`${file} has no translation that loads`)
    return r.value
  }

  it.each([['kazakhstan-2022'], ['kazakhstan-unrest-2026']])(
    '%s: every text a player reads is Russian',
    (id) => {
      const loaded = loadScenario(read(`scenarios/${id}.yaml`).text, `${id}.yaml`, fakeCatalog())
      if (!loaded.ok) throw new Error(`${id} does not load`)
      const en = loaded.value
      const actors = Object.fromEntries(
        Object.keys(en.actors).map((a) => [a, translated(`scenarios/actors/${a}.yaml`, 'actor')]),
      )
      const ru = translateScenario(en, translated(`scenarios/${id}.yaml`, 'scenario'), actors)
      const texts = (s: typeof en) => [
        s.title,
        s.summary,
        s.place.name,
        s.background,
        ...s.assumptions,
        ...s.objectives.map((o) => o.text),
        s.facts.adversary.description,
        ...Object.values(s.inert),
        ...s.roles.flatMap((r) => [r.title, r.briefing]),
        ...s.injects.flatMap((x) => [x.title, x.text]),
        ...(s.history ? [s.history.summary, s.history.aftermath ?? ''] : []),
        ...s.questions,
        ...Object.values(s.actors).flatMap((a) => [
          a.name,
          a.summary,
          ...a.record.map((e) => e.text),
          a.override?.why ?? '',
        ]),
      ]
      const english = texts(en)
      const russian = texts(ru)
      expect(russian.filter((t, i) => t !== '' && t === english[i])).toEqual([])
      expect(russian.filter((t) => t !== '' && !/[а-яё]/i.test(t))).toEqual([])
      const numbers = ({ adversary: { description: _d, ...adversary }, ...rest }: typeof en.facts) => ({
        ...rest,
        adversary,
      })
      expect(numbers(ru.facts)).toEqual(numbers(en.facts))
    },
  )
})

describe('a translation checked against its original', () => {
  it('passes when every text is translated from the English as it stands', () => {
    const result = check(fullTranslation())
    expect(result).toMatchObject({ ok: true, warnings: [] })
  })

  it('reports a text not yet translated, at its place, with the line of the English', () => {
    const { summary: _summary, ...rest } = parse(fullTranslation()) as Record<string, unknown>
    const result = check(stringify(rest))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.warnings.map(formatProblem)).toContain(
      `crisis.ru.yaml:1:1  summary  missing: no translation of summary (the English is at crisis.yaml:${lineOf(original.text, 'summary:')})`,
    )
  })

  it('reports a text whose English has changed since, at its fingerprint', () => {
    const text = fullTranslation()
    const changed = {
      ...original,
      text: original.text.replace('Protests over fuel prices turn violent.', 'Protests turn violent.'),
    }
    const result = checkTranslationFile('scenario', { name: 'crisis.ru.yaml', text }, changed)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const line = lineOf(text, 'background:') + 1
    expect(result.warnings.map(formatProblem)).toEqual([
      `crisis.ru.yaml:${line}:7  background.of  stale: the English (crisis.yaml:${lineOf(changed.text, 'background:')}) has changed since this was translated. Bring the translation up to date, then run npm run translations -- stamp --refresh crisis.ru.yaml`,
    ])
  })

  it('fails a text for a role the original does not have, naming the roles it has', () => {
    const text = `${fullTranslation()}\n`.replace(
      /^roles:\n/m,
      'roles:\n  kremlin:\n    title:\n      text: Кремль\n',
    )
    const result = check(text)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map(formatProblem)).toEqual([
      `crisis.ru.yaml:${lineOf(text, 'kremlin:')}:3  roles.kremlin  crisis.yaml has no role "kremlin": its roles are government, russia, china, armenia`,
    ])
  })

  it('tells a stale text as a warning beside a problem of the same file, not only once the problem is mended', () => {
    const changed = {
      ...original,
      text: original.text.replace('Protests over fuel prices turn violent.', 'Protests turn violent.'),
    }
    const text = `${fullTranslation()}\n`.replace(
      /^roles:\n/m,
      'roles:\n  kremlin:\n    title:\n      text: Кремль\n',
    )
    const result = checkTranslationFile('scenario', { name: 'crisis.ru.yaml', text }, changed)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map((p) => p.path)).toEqual(['roles.kremlin'])
    expect(result.warnings.map((w) => `${w.line} ${w.path} ${w.code}`)).toEqual([
      `${lineOf(text, 'background:') + 1} background.of stale`,
    ])
  })

  it('fails a text that drops or changes a citation marker', () => {
    const cited = { ...original, text: stringify(fakeScenarioData({ summary: 'Unrest [beliakova-2022].' })) }
    const text = 'summary:\n  text: Беспорядки [beliakova-2021].\n'
    const result = checkTranslationFile('scenario', { name: 'crisis.ru.yaml', text }, cited)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems[0]).toMatchObject({ line: 2, path: 'summary.text' })
    expect(result.problems[0]!.message).toMatch(
      /cites \[beliakova-2022\] and this text cites \[beliakova-2021\]/,
    )
  })

  it('fails a field the format does not have, at its line, once', () => {
    const result = check('title:\n  of: abcdefg\n  txt: Кризис\n')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map(formatProblem)).toEqual([
      'crisis.ru.yaml:3:3  title.txt  unknown field "txt" (did you mean "text"?)',
    ])
  })
})

describe('stamping a translation', () => {
  it('writes the fingerprint of the English above each unstamped text, keeping the rest as written', () => {
    const text = '# comment\ntitle:\n  text: Учебный кризис\nquestions:\n  - text: Вопрос?\n'
    const questioned = { ...original, text: stringify(fakeScenarioData({ questions: ['Why?'] })) }
    const r = stampTranslation('scenario', { name: 'crisis.ru.yaml', text }, questioned)
    expect(r).toEqual({
      ok: true,
      stamped: 2,
      refreshed: 0,
      text: `# comment\ntitle:\n  of: ${fingerprint('A test crisis')}\n  text: Учебный кризис\nquestions:\n  - of: ${fingerprint('Why?')}\n    text: Вопрос?\n`,
    })
  })

  it('restamps a stale text only when asked to refresh', () => {
    const text = 'title:\n  of: aaaaaaa\n  text: Учебный кризис\n'
    const plain = stampTranslation('scenario', { name: 'crisis.ru.yaml', text }, original)
    expect(plain).toMatchObject({ ok: true, stamped: 0, refreshed: 0, text })
    const refreshed = stampTranslation('scenario', { name: 'crisis.ru.yaml', text }, original, true)
    expect(refreshed).toMatchObject({
      ok: true,
      refreshed: 1,
      text: text.replace('aaaaaaa', fingerprint('A test crisis')),
    })
  })
})

describe('a translation applied to a loaded scenario', () => {
  const loaded = loadScenario(original.text, 'crisis.yaml', fakeCatalog())
  if (!loaded.ok) throw new Error('the fake scenario does not load')
  const scenario = loaded.value
  const translation = (entries: Record<string, string>, of = (en: string) => fingerprint(en)) => ({
    language: 'ru' as const,
    entries: Object.fromEntries(
      Object.entries(entries).map(([key, text]) => {
        const en =
          key === 'title' ? scenario.title : key === 'roles/russia/title' ? scenario.roles[1]!.title : ''
        return [key, { of: of(en), text }]
      }),
    ),
  })

  it('shows the translated texts and keeps the facts, ids and untranslated texts as they are', () => {
    const ru = translateScenario(
      scenario,
      translation({ title: 'Учебный кризис', 'roles/russia/title': 'Кремль' }),
      {},
    )
    expect(ru.title).toBe('Учебный кризис')
    expect(ru.roles.map((r) => [r.id, r.title])).toContainEqual(['russia', 'Кремль'])
    expect(ru.summary).toBe(scenario.summary)
    expect(ru.facts).toEqual(scenario.facts)
    expect(ru.roles.map((r) => r.actor)).toEqual(scenario.roles.map((r) => r.actor))
  })

  it('shows the English where the translation was made from English that has changed since', () => {
    const ru = translateScenario(
      scenario,
      translation({ title: 'Учебный кризис' }, () => 'aaaaaaa'),
      {},
    )
    expect(ru.title).toBe(scenario.title)
  })

  it("translates the actors' names and records by their own translations", () => {
    const actor = (s: typeof scenario, id: string) => s.actors[id as ActorId]!
    const en = actor(scenario, 'kazakhstan').name
    const ru = translateScenario(scenario, undefined, {
      kazakhstan: { language: 'ru', entries: { name: { of: fingerprint(en), text: 'Казахстан' } } },
    })
    expect(actor(ru, 'kazakhstan').name).toBe('Казахстан')
    expect(actor(ru, 'russia').name).toBe(actor(scenario, 'russia').name)
  })
})

/** What the build makes of a virtual module: the plugin's load hook, with the little of Rollup it uses. */
function build(root: string, id: string): unknown {
  const load = bundledScenarios(root).load as unknown as (this: unknown, id: string) => string
  const code = load.call(
    {
      addWatchFile() {},
      error(message: string): never {
        throw new Error(message)
      },
    },
    id,
  )
  return JSON.parse(JSON.parse(/^export default JSON\.parse\((.*)\)$/s.exec(code)![1]!))
}

describe('the build', () => {
  const root = mkdtempSync(join(tmpdir(), 'article-four-translations-'))
  mkdirSync(join(root, 'scenarios'))
  cpSync(join(ROOT, 'scenarios', 'actors'), join(root, 'scenarios', 'actors'), { recursive: true })
  writeFileSync(join(root, 'scenarios', 'crisis.yaml'), original.text)

  it('ships the translations in a module of their own, by the id of what they translate', () => {
    writeFileSync(join(root, 'scenarios', 'crisis.ru.yaml'), fullTranslation())
    const scenario = build(root, '\0virtual:bundled/scenario-test-crisis') as { ok: boolean }
    expect(scenario.ok).toBe(true)
    const translations = build(root, '\0virtual:bundled-translations') as {
      scenarios: Record<string, { ru: { entries: Record<string, { text: string }> } }>
    }
    expect(translations.scenarios['test-crisis']?.ru.entries.title?.text).toBe('Учебный кризис')
  })

  it('stops, naming the file and line, when a translation does not fit its original', () => {
    writeFileSync(
      join(root, 'scenarios', 'crisis.ru.yaml'),
      'title:\n  text: Кризис\nroles:\n  kremlin:\n    title:\n      text: Кремль\n',
    )
    expect(() => build(root, '\0virtual:bundled-translations')).toThrow(
      /scenarios\/crisis\.ru\.yaml:4:3 {2}roles\.kremlin/,
    )
  })
})

describe('the readers of scenarios/', () => {
  it('never take a translation for a scenario or an actor', () => {
    const all = [...scenarioPaths(), ...scenarioPaths(ACTOR_DIR)].map((p) => basename(p))
    expect(all.some((f) => f.endsWith('.ru.yaml'))).toBe(false)
    expect(scenarioPaths(SCENARIO_DIR).length).toBeGreaterThan(0)
  })
})
