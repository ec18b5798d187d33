// A translation file read against its original: its shape by the schema, then each text by its place. A text
// the original lacks, or one that cites other sources than the English, is a problem; a text not yet translated,
// not stamped, or translated from English that has since changed is a warning (the game shows the English there).
import { citedIds } from './citations'
import { sourceIdsAsWritten } from './cited-sources'
import { fingerprint } from './fingerprint'
import { type Parsed, parseWith } from './parse-file'
import type { Locate } from './read-yaml'
import { ActorFile, type ActorFileData, ScenarioFile, type ScenarioFileData } from './schema'
import { actorPlaces, type Place, scenarioPlaces } from './translatable'
import { entryKey, type TranslatedText, type Translation } from './translation'
import { type Language, languageOf } from './translation-files'
import { ActorTranslationFile, ScenarioTranslationFile } from './translation-schema'
import type { Problem } from './types'
import { mostlyEnglish, stillEnglish } from './untranslated'
import { type Said, said } from './wording/en'
import type { Named } from './wording/en-translation'

/**
 * A translation checked: its problems, if it has any, and its warnings either way, so that a text gone stale is
 * told in the same run as a mistake beside it rather than after the mistake is mended.
 */
export type TranslationResult =
  | { readonly ok: true; readonly value: Translation; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly warnings: readonly Problem[] }

/** The original as the check needs it: its file's name, where its fields are, and its data. */
export interface Original<T> {
  readonly file: string
  readonly data: T
  readonly locate: Locate
}

export function checkScenarioTranslation(
  text: string,
  file: string,
  language: Language,
  original: Original<ScenarioFileData>,
): TranslationResult {
  const parsed = parseWith(ScenarioTranslationFile, text, file)
  if (!parsed.ok) return { ok: false, problems: parsed.problems, warnings: [] }
  return compare(
    parsed.value.data,
    parsed.value.locate,
    file,
    language,
    original,
    scenarioPlaces(original.data),
  )
}

export function checkActorTranslation(
  text: string,
  file: string,
  language: Language,
  original: Original<ActorFileData>,
): TranslationResult {
  const parsed = parseWith(ActorTranslationFile, text, file)
  if (!parsed.ok) return { ok: false, problems: parsed.problems, warnings: [] }
  return compare(parsed.value.data, parsed.value.locate, file, language, original, actorPlaces(original.data))
}

/**
 * A translation file against the text of its original: `actor` for a profile, else a scenario. An original
 * that does not load is reported where it is checked itself; here it only stops the comparison.
 */
export function checkTranslationFile(
  kind: 'scenario' | 'actor',
  translation: { readonly name: string; readonly text: string },
  original: { readonly name: string; readonly text: string },
): TranslationResult {
  const schema = kind === 'actor' ? ActorFile : ScenarioFile
  return checkTranslationAgainst(kind, translation, {
    name: original.name,
    parsed: parseWith(schema, original.text, original.name),
  })
}

/**
 * A translation file against its original as parsed against its schema (ActorFile for `actor`, else
 * ScenarioFile): npm run check compares a translation with the parse its original was checked from.
 */
export function checkTranslationAgainst(
  kind: 'scenario' | 'actor',
  translation: { readonly name: string; readonly text: string },
  original: { readonly name: string; readonly parsed: Parsed<unknown> },
): TranslationResult {
  const language = languageOf(translation.name)
  const fail = (what: Said): TranslationResult => ({
    ok: false,
    problems: [{ file: translation.name, line: 1, column: 1, path: '', ...what }],
    warnings: [],
  })
  if (!language) return fail(said('not-a-translation', {}))
  const read = original.parsed
  if (!read.ok) return againstBroken(kind, translation, language, original.name, read)
  const source = { file: original.name, data: read.value.data, locate: read.value.locate }
  return kind === 'actor'
    ? checkActorTranslation(translation.text, translation.name, language, source as Original<ActorFileData>)
    : checkScenarioTranslation(
        translation.text,
        translation.name,
        language,
        source as Original<ScenarioFileData>,
      )
}

/**
 * A translation whose original does not load: told that, and in the same run what it can be told alone, its own
 * schema problems, and for a profile each text whose citations differ from the English as written there (when
 * the English cites only sources the original lists). What needs the whole original (a text it lacks, one not
 * yet translated) waits until the original is mended.
 */
function againstBroken(
  kind: 'scenario' | 'actor',
  translation: { readonly name: string; readonly text: string },
  language: Language,
  originalName: string,
  read: Extract<Parsed<unknown>, { ok: false }>,
): TranslationResult {
  const broken: Problem = {
    file: translation.name,
    line: 1,
    column: 1,
    path: '',
    ...said('original-broken', { original: originalName }),
  }
  const schema = kind === 'actor' ? ActorTranslationFile : ScenarioTranslationFile
  const own = parseWith(schema, translation.text, translation.name)
  if (!own.ok) return { ok: false, problems: [broken, ...own.problems], warnings: [] }
  if (kind !== 'actor' || read.data === undefined || !read.locate)
    return { ok: false, problems: [broken], warnings: [] }
  const written = { file: originalName, data: read.data, locate: read.locate }
  // A text whose English cites a source the original does not list is told there; its translation waits for it.
  const listed = new Set(sourceIdsAsWritten(read.data) ?? [])
  const places = actorPlaces(read.data).filter((p) => citedIds(p.text).every((id) => listed.has(id)))
  const compared = compare(own.value.data, own.value.locate, translation.name, language, written, places)
  const cited = compared.ok ? [] : compared.problems.filter((p) => p.code === 'citations-differ')
  return { ok: false, problems: [broken, ...cited], warnings: [] }
}

/** The texts of a parsed translation file, by key: every group holding a `text` string is one. */
export function translatedTexts(data: unknown, key: readonly string[] = []): [string[], TranslatedText][] {
  if (data === null || typeof data !== 'object') return []
  const record = data as Record<string, unknown>
  if (typeof record.text === 'string')
    return [[[...key], { of: typeof record.of === 'string' ? record.of : '', text: record.text }]]
  return Object.entries(record).flatMap(([k, v]) => (k === '$schema' ? [] : translatedTexts(v, [...key, k])))
}

/** A key's parts as the locator walks them: a list's items by number. */
const locatable = (key: readonly string[]) => key.map((k) => (/^\d+$/.test(k) ? Number(k) : k))

function compare(
  data: unknown,
  locate: Locate,
  file: string,
  language: Language,
  original: Original<unknown>,
  places: readonly Place[],
): TranslationResult {
  const problems: Problem[] = []
  const warnings: Problem[] = []
  const at = (list: Problem[], key: readonly string[], what: Said, where: 'key' | 'value' = 'value') =>
    list.push({ file, ...locate(locatable(key), where), path: key.join('.'), ...what })
  const english = (p: Place) => `${original.file}:${original.locate(p.at).line}`
  const byKey = new Map(places.map((p) => [entryKey(p.key), p]))
  const entries: Record<string, TranslatedText> = {}

  const unknown = new Set<string>()
  const stillInEnglish: { key: readonly string[]; p: Place }[] = []
  for (const [key, entry] of translatedTexts(data)) {
    const p = byKey.get(entryKey(key))
    if (!p) {
      // A role, inject or override the original lacks is told once, at its id, not at each of its texts.
      const where = unknownGroup(key, places) ?? key
      if (!unknown.has(entryKey(where)))
        at(problems, where, unknownPlace(where, places, original.file), 'key')
      unknown.add(entryKey(where))
      continue
    }
    entries[entryKey(key)] = entry
    const cited = new Set(citedIds(p.text))
    const mine = new Set(citedIds(entry.text))
    const added = [...mine].filter((id) => !cited.has(id))
    const dropped = [...cited].filter((id) => !mine.has(id))
    if (added.length > 0 || dropped.length > 0)
      at(
        problems,
        [...key, 'text'],
        said('citations-differ', { english: english(p), cited: [...cited], mine: [...mine] }),
      )
    if (stillEnglish(entry.text, p.text)) stillInEnglish.push({ key, p })
    if (entry.of === '') at(warnings, key, said('unstamped', { file }))
    else if (entry.of !== fingerprint(p.text))
      at(warnings, [...key, 'of'], said('stale', { english: english(p), file }))
  }
  const texts = Object.keys(entries).length
  if (mostlyEnglish(stillInEnglish.length, texts))
    at(
      warnings,
      stillInEnglish[0]!.key,
      said('untranslated-file', { count: stillInEnglish.length, total: texts }),
    )
  else
    for (const { key, p } of stillInEnglish)
      at(warnings, [...key, 'text'], said('untranslated', { english: english(p) }))
  for (const p of places)
    if (!(entryKey(p.key) in entries))
      at(warnings, p.key, said('missing-translation', { key: p.key.join('.'), english: english(p) }))

  const sort = (list: Problem[]) => list.sort((a, b) => a.line - b.line || a.column - b.column)
  return problems.length > 0
    ? { ok: false, problems: sort(problems), warnings: sort(warnings) }
    : { ok: true, value: { language, entries }, warnings: sort(warnings) }
}

/** Groups whose texts are found by an id of the original's. */
const NAMED: Readonly<Record<string, Named>> = { roles: 'role', injects: 'inject', overrides: 'override' }

/** The key of a role, inject or override the original does not have, when the text belongs to one. */
function unknownGroup(key: readonly string[], places: readonly Place[]): readonly string[] | undefined {
  const [group, name] = key
  if (group === undefined || name === undefined || !NAMED[group]) return undefined
  return places.some((p) => p.key[0] === group && p.key[1] === name) ? undefined : [group, name]
}

function unknownPlace(key: readonly string[], places: readonly Place[], file: string): Said {
  const [group, name] = key
  const noun = group !== undefined ? NAMED[group] : undefined
  if (noun && name !== undefined && key.length === 2) {
    const ids = [...new Set(places.filter((p) => p.key[0] === group).map((p) => p.key[1]))]
    return said('no-such-item', { file, noun, name, ids: ids.map(String) })
  }
  if (name !== undefined && /^\d+$/.test(name)) {
    const count = places.filter((p) => p.key[0] === group).length
    return said('item-beyond', { file, count, group: group!, number: Number(name) + 1 })
  }
  return said('no-such-text', { file, key: key.join('.') })
}
