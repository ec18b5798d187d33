// Writing fingerprints into a translation file's text, line by line so its layout and comments stay as the
// translator wrote them; and the outline of a new translation, holding the English to be replaced.
import { Document } from 'yaml'
import { translatedTexts } from './check-translation'
import { fingerprint } from './fingerprint'
import { parseWith } from './parse-file'
import { ActorFile, ScenarioFile } from './schema'
import { actorPlaces, type Place, scenarioPlaces } from './translatable'
import { ActorTranslationFile, ScenarioTranslationFile } from './translation-schema'
import type { Problem } from './types'
import { npmCommand } from './wording/command'

interface File {
  readonly name: string
  readonly text: string
}
export type Stamped =
  | { readonly ok: true; readonly text: string; readonly stamped: number; readonly refreshed: number }
  | { readonly ok: false; readonly problems: readonly Problem[] }

function placesOf(kind: 'scenario' | 'actor', original: File): Place[] | readonly Problem[] {
  if (kind === 'actor') {
    const r = parseWith(ActorFile, original.text, original.name)
    return r.ok ? actorPlaces(r.value.data) : r.problems
  }
  const r = parseWith(ScenarioFile, original.text, original.name)
  return r.ok ? scenarioPlaces(r.value.data) : r.problems
}
const isPlaces = (x: Place[] | readonly Problem[]): x is Place[] => x.every((p) => 'key' in p)

/**
 * Stamps each translated text that has no fingerprint with its English's; with `refresh`, also those whose
 * English has changed since (the translator has brought them up to date). Texts the original lacks are left.
 */
export function stampTranslation(
  kind: 'scenario' | 'actor',
  translation: File,
  original: File,
  refresh = false,
): Stamped {
  const places = placesOf(kind, original)
  if (!isPlaces(places)) return { ok: false, problems: places }
  const schema = kind === 'actor' ? ActorTranslationFile : ScenarioTranslationFile
  const parsed = parseWith(schema, translation.text, translation.name)
  if (!parsed.ok) return { ok: false, problems: parsed.problems }
  const { data, locate } = parsed.value
  const english = new Map(places.map((p) => [p.key.join('/'), p.text]))
  const lines = translation.text.split('\n')
  const edits: { line: number; replace: string[] }[] = []
  let stamped = 0
  let refreshed = 0
  for (const [key, entry] of translatedTexts(data)) {
    const text = english.get(key.join('/'))
    if (text === undefined) continue
    const fp = fingerprint(text)
    const path = key.map((k) => (/^\d+$/.test(k) ? Number(k) : k))
    if (entry.of === '') {
      const at = locate([...path, 'text'], 'key')
      const line = lines[at.line - 1]!
      const prefix = line.slice(0, at.column - 1)
      const indent = ' '.repeat(prefix.length)
      // A list item's first field follows its "- ": the fingerprint takes that place, the text moves down.
      if (prefix.trim() === '-')
        edits.push({
          line: at.line,
          replace: [`${prefix}of: ${fp}`, `${indent}${line.slice(prefix.length)}`],
        })
      else if (prefix.trim() === '') edits.push({ line: at.line, replace: [`${indent}of: ${fp}`, line] })
      else continue
      stamped++
    } else if (refresh && entry.of !== fp) {
      const at = locate([...path, 'of'])
      const line = lines[at.line - 1]!
      edits.push({ line: at.line, replace: [line.replace(entry.of, fp)] })
      refreshed++
    }
  }
  for (const e of edits.sort((a, b) => b.line - a.line)) lines.splice(e.line - 1, 1, ...e.replace)
  return { ok: true, text: lines.join('\n'), stamped, refreshed }
}

/**
 * A new translation's outline: every text of the original, in English, for the translator to replace. Its header
 * names the command that stamps it, with `target` (the translation's name as the reader types it) when given.
 */
export function outlineTranslation(
  kind: 'scenario' | 'actor',
  original: File,
  target?: string,
): { ok: true; text: string } | { ok: false; problems: readonly Problem[] } {
  const places = placesOf(kind, original)
  if (!isPlaces(places)) return { ok: false, problems: places }
  const root: Record<string, unknown> = {}
  for (const p of places) {
    let node: Record<string, unknown> | unknown[] = root
    p.key.forEach((k, i) => {
      const last = i === p.key.length - 1
      const slot = node as Record<string, unknown>
      if (last) slot[k] = { text: p.text }
      else slot[k] ??= /^\d+$/.test(p.key[i + 1]!) ? [] : {}
      node = slot[k] as Record<string, unknown>
    })
  }
  const doc = new Document(root)
  doc.commentBefore = ` Translation of ${original.name}: replace each text, keep [citation] markers as they are,\n then run ${npmCommand('translations', 'stamp', ...(target === undefined ? [] : [target]))}. See docs/authoring.md, "Translations".`
  return { ok: true, text: doc.toString({ lineWidth: 110 }) }
}
