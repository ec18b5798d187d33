// A translation npm run check is given, against its original: compared with the parse the run checked the original
// from when it checked it too, so that no file is read or parsed twice; else, for a translation named alone, with
// the original read here, whose own problems are told only when it is checked itself.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { originalOf, type Problem } from '../scenario'
import { checkTranslationAgainst } from '../scenario/check-translation'
import { readText } from '../scenario/files'
import { type Parsed, parseWith } from '../scenario/parse-file'
import { ActorFile, ScenarioFile } from '../scenario/schema'
import { said } from '../scenario/wording/en'

/** An original as the run checked it: its name, and its parse against its schema. */
export interface CheckedOriginal {
  readonly name: string
  readonly parsed: () => Parsed<unknown>
}

export interface TranslationCheck {
  readonly kind: 'scenario' | 'actor'
  /** Reads a file of the run, telling its problems where the run tells them. */
  readonly read: (path: string) => { name: string; text: string } | undefined
  /** The originals the run checks, by their resolved path; undefined for one it could not read. */
  readonly checked: ReadonlyMap<string, CheckedOriginal | undefined>
  readonly name: (path: string) => string
}

/** A translation against its original: its problems, and what is missing or stale as warnings, beside them. */
export function checkTranslation(
  path: string,
  { kind, read, checked, name }: TranslationCheck,
): { problems: readonly Problem[]; warnings: readonly Problem[] } {
  const none = { problems: [], warnings: [] }
  const original = originalOf(path)
  if (!existsSync(original))
    return {
      problems: [
        {
          file: name(path),
          line: 1,
          column: 1,
          path: '',
          ...said('no-original', { original: name(original) }),
        },
      ],
      warnings: [],
    }
  const translation = read(path)
  const source = originalFor(original, kind, checked, name)
  if (!translation || !source) return none
  const result = checkTranslationAgainst(kind, translation, { name: source.name, parsed: source.parsed() })
  return { problems: result.ok ? [] : result.problems, warnings: result.warnings }
}

/** The original as checked in this run, or read here; the problems of its reading are told where it is checked. */
function originalFor(
  path: string,
  kind: 'scenario' | 'actor',
  checked: TranslationCheck['checked'],
  name: (path: string) => string,
): CheckedOriginal | undefined {
  if (checked.has(resolve(path))) return checked.get(resolve(path))
  const r = readText(path, name(path))
  if (!r.ok) return undefined
  const parsed = parseWith(kind === 'actor' ? ActorFile : ScenarioFile, r.text, name(path))
  return { name: name(path), parsed: () => parsed }
}
