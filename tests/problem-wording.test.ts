// Every problem the checker can report has words in each language: the English of `npm run check`, and the
// Russian the workshop shows a Russian reader. The table of values below lists every code (the compiler holds it
// to the English table), so a new code without a sample, or without Russian, fails here.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PROBLEMS_EN, type ProblemCode, type ProblemParams, said } from '../src/scenario/wording/en'
import { PROBLEMS_RU } from '../src/scenario/wording/ru'
import { schemaWords } from '../src/scenario/wording/ru-schema'

const found = { got: { kind: 'text', text: 'imagined' }, curly: false } as const

const SAMPLES: { readonly [C in ProblemCode]: ProblemParams[C] } = {
  'cannot-read': {},
  'too-large': { mb: 1 },
  'too-slow': { seconds: 5 },
  'too-much-memory': { mb: 64 },
  unchecked: { workshop: true },
  'lost-letter': {},
  'control-character': { code: 'U+0007' },
  'control-escape': { code: 'U+001B' },
  'lone-surrogate': { code: 'U+D800' },
  'odd-space': { code: 'U+00A0' },
  'empty-file': {},
  'several-documents': {},
  'too-deep': { depth: 64 },
  'forbidden-key': { key: '__proto__' },
  'collection-key': { key: '{{ actor }}' },
  'too-many-aliases': { max: 50, name: 'founders' },
  'too-many-alias-values': { max: 10000, name: 'b3' },
  'yaml-duplicate-key': {},
  'yaml-tab': {},
  'yaml-list-misaligned': {},
  'yaml-fields-misaligned': {},
  'yaml-unclosed-bracket': {},
  'yaml-colon-in-value': { key: 'title' },
  'yaml-value-runs-on': {},
  'yaml-list-not-indented': {},
  'yaml-not-a-field': {},
  'yaml-not-a-list-item': {},
  'yaml-unclosed-quote': {},
  'yaml-missing-comma': {},
  'yaml-bad-start': {},
  'yaml-stray-closing': {},
  'yaml-tab-in-text': {},
  'yaml-block-header': {},
  'yaml-extra-comma': {},
  'yaml-comment-space': {},
  'yaml-unknown-alias': { name: 'Hypothetical*' },
  'yaml-broken': { error: 'UNEXPECTED_TOKEN', said: 'Unexpected scalar at node end' },
  'utf16-converted': {},
  'not-utf8': {},
  'windows-1251': {},
  'windows-1252-converted': { reads: 'Tajikistan’s request' },
  misindented: { line: 12, how: 'one-too-few', to: 4, ref: { inLineWith: 'fact:', line: 9 } },
  'renamed-force': { from: 'crrf', to: 'rapid-reaction' },
  'duplicate-id': { id: 'my-crisis', others: ['a.yaml', 'b.yaml'] },
  'unread-name': { rename: 'crisis.yaml' },
  'unknown-field': { key: 'tilte', curly: true, near: 'title' },
  'missing-field': { field: 'title' },
  'missing-choice': { field: 'kind', choices: ['"historical"', '"hypothetical"'] },
  'expected-type': { type: 'number', ...found },
  'expected-choice': { choices: ['"historical"', '"hypothetical"'], ...found },
  'expected-size': { size: { of: 'list', bound: 'at-most', limit: 12, noun: 'role' }, ...found },
  'expected-words': { words: 'a date written YYYY-MM-DD', ...found },
  'expected-address': found,
  'bad-key': { key: 'x y', curly: false },
  'own-words': { words: 'a number from 0 to 1' },
  'does-not-fit': {},
  'actor-defined-twice': { id: 'kazakhstan', first: 'actors/kazakhstan.yaml' },
  'border-self': { id: 'uzbekistan' },
  'border-unknown': { id: 'afghanistan', known: ['kyrgyzstan', 'uzbekistan'] },
  'bundled-id': { id: 'kazakhstan-2022' },
  'unknown-citation': { id: 'beliakova-2022' },
  'unknown-actor': { id: 'narnia', known: ['armenia', 'belarus'] },
  'listed-twice': { id: 'armenia' },
  'observer-is-member': { id: 'armenia' },
  'requester-unlisted': { id: 'uzbekistan' },
  'leading-members': { found: 0 },
  'leader-requests': {},
  'not-a-member-state': { id: 'china', kind: 'neighbour-power' },
  'adversary-requests': {},
  'adversary-member-unnamed': {},
  'adversary-partner-unnamed': {},
  'what-if-twice': { fact: 'territory' },
  'what-if-as-it-was': { value: 'disputed' },
  'what-if-empty-switch': { fact: 'territory' },
  'inert-not-offered': { fact: 'territory' },
  'adversary-internal-state': {},
  'plays-no-part': { id: 'west' },
  'inject-brings-in': { id: 'turkey' },
  'inject-adversary-undescribed': {},
  'id-twice': { of: 'inject', id: 'riots' },
  'no-such-source': { id: 'tass-2022' },
  'historical-assumptions': {},
  'end-before-start': {},
  'decision-outside-dates': {},
  'hours-out-of-order': { stage: 'landing', hour: 22, before: 'vote', beforeHour: 22.5, votes: true },
  'historical-without-history': {},
  'historical-override': { id: 'russia' },
  'adversary-leader': { id: 'russia' },
  'adversary-great-power': { id: 'china' },
  'internal-war': { threat: 'interstate-war' },
  'internal-abroad': {},
  'place-swapped': { lat: 71.4, lon: 51.2 },
  'place-far': { lat: 10, lon: 10 },
  'requester-outside': { id: 'uzbekistan' },
  'year-after-start': { year: 2023, start: '2022-01-05' },
  'year-in-summary': { year: 2022 },
  'year-after-entry': { year: 2023, date: '2022-01-05' },
  'history-of-hypothetical': {},
  'framing-unrequested': { framing: 'foreign-backed' },
  'help-unrequested': { help: 'peacekeepers' },
  'response-unrequested': { response: 'refused' },
  'no-request-requested': {},
  'request-unframed': {},
  'request-without-help': { response: 'peacekeepers' },
  'more-than-asked': { response: 'rapid-reaction', help: 'observers' },
  'no-troops-went': { field: 'troops', response: 'refused' },
  'estimates-swapped': { low: 3770, high: 2030 },
  'estimates-apart': { low: 200, high: 3000 },
  'too-many-troops': { troops: 30000, response: 'rapid-reaction' },
  'stay-too-long': { days: 400 },
  'council-without-force': { response: 'bilateral' },
  'agreed-no-force': { response: 'refused' },
  'blocked-force-went': { response: 'peacekeepers' },
  'agreed-with-objection': {},
  'blocked-unopposed': {},
  'voter-not-member': { id: 'china' },
  'voter-requested': { id: 'kazakhstan' },
  'objected-and-abstained': { id: 'armenia' },
  'not-a-translation': {},
  'translation-language': { language: 'de', russian: 'crisis.ru.yaml' },
  'translation-case': { rename: 'crisis.ru.yaml' },
  'no-original': { original: 'crisis.yaml' },
  'original-broken': { original: 'crisis.yaml' },
  'no-such-item': { file: 'crisis.yaml', noun: 'role', name: 'moscow', ids: ['astana', 'kremlin'] },
  'item-beyond': { file: 'crisis.yaml', count: 3, group: 'questions', number: 5 },
  'no-such-text': { file: 'crisis.yaml', key: 'place.region' },
  'citations-differ': { english: 'crisis.yaml:12', cited: ['a-2022'], mine: [] },
  unstamped: { file: 'crisis.ru.yaml' },
  stale: { english: 'crisis.yaml:12', file: 'crisis.ru.yaml' },
  'missing-translation': { key: 'summary', english: 'crisis.yaml:4' },
  untranslated: { english: 'crisis.yaml:12' },
  'untranslated-file': { count: 38, total: 41 },
}

const CYRILLIC = /[а-яё]/i
const codes = Object.keys(PROBLEMS_EN) as ProblemCode[]
const word = (table: typeof PROBLEMS_EN | typeof PROBLEMS_RU, code: ProblemCode) =>
  (table[code] as (p: unknown) => string)(SAMPLES[code])

describe('the words of every problem', () => {
  it('has a Russian wording for every English one, and no other', () => {
    expect(Object.keys(PROBLEMS_RU).sort()).toEqual([...codes].sort())
  })

  it.each(codes)('%s reads in Russian, not in English', (code) => {
    const english = word(PROBLEMS_EN, code)
    const russian = word(PROBLEMS_RU, code)
    expect(russian).toMatch(CYRILLIC)
    expect(russian).not.toBe(english)
    expect(russian).not.toMatch(/undefined|\[object Object\]|NaN/)
  })

  it("keeps a problem's English message the English table's words", () => {
    for (const code of codes) expect(said(code, SAMPLES[code]).message).toBe(word(PROBLEMS_EN, code))
  })

  it("has Russian for every one of the schema's own words", () => {
    const sources = [
      'src/scenario/schema.ts',
      'src/scenario/schema-parts.ts',
      'src/scenario/actor-schema.ts',
      'src/scenario/translation-schema.ts',
    ]
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n')
    const own = [...sources.matchAll(/\.(?:regex|min|max)\([^,]+,\s*'([a-z][^']*)'|error: '([a-z][^']*)'/g)]
    expect(own.length).toBeGreaterThan(5)
    for (const m of own) expect(schemaWords(m[1] ?? m[2]!)).toMatch(CYRILLIC)
    expect(schemaWords('at most 400 characters')).toBe('текст не длиннее 400 символов')
  })

  it('counts in Russian', () => {
    const ru = (code: ProblemCode, params: unknown) => (PROBLEMS_RU[code] as (p: unknown) => string)(params)
    expect(ru('stay-too-long', { days: 21 })).toMatch(/^пребывание 21 день:/)
    expect(ru('stay-too-long', { days: 400 })).toMatch(/^пребывание 400 дней:/)
    expect(ru('misindented', { line: 3, how: 'none', to: 2 })).toBe(
      'строка 3 без отступа: сделайте отступ в 2 пробела',
    )
    expect(
      ru('expected-size', { size: { of: 'list', bound: 'at-least', limit: 1, noun: 'source' }, ...found }),
    ).toBe('ожидается хотя бы один источник, а в файле — «imagined»')
    expect(
      ru('expected-choice', {
        choices: ['"hypothetical"'],
        got: { kind: 'text', text: 'hypotheticаl' },
        curly: false,
        hidden: { kind: 'cyrillic', char: 'а' },
      }),
    ).toMatch(/«hypotheticаl»: в нём кириллическая буква «а», похожая на латинскую/)
    expect(
      ru('expected-type', { type: 'string', got: { kind: 'plain', text: '2021' }, curly: false, bare: true }),
    ).toBe(
      'ожидается текст, а в файле — 2021: без кавычек YAML читает 2021 не как текст; запишите в кавычках: "2021"',
    )
    expect(ru('too-many-troops', { troops: 30000, response: 'rapid-reaction' })).toMatch(
      /^30\s000 военнослужащих/,
    )
  })

  // One kind of quotes in a Russian sentence: the choices are listed in «», as the value the file has is.
  it('quotes the choices in Russian as it quotes the rest', () => {
    const ru = (code: ProblemCode, params: unknown) => (PROBLEMS_RU[code] as (p: unknown) => string)(params)
    expect(ru('expected-choice', { choices: ['"own"', '"disputed"'], ...found })).toBe(
      'ожидается одно из значений «own», «disputed», а в файле — «imagined»',
    )
    expect(ru('missing-choice', { field: 'kind', choices: ['"historical"', '"hypothetical"'] })).toBe(
      'нет поля «kind»: укажите одно из значений «historical», «hypothetical»',
    )
  })
})
