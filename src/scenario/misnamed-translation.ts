// A file named like a translation the game cannot read: `crisis.de.yaml` (a language it has no translations
// into) or `crisis.RU.yaml` (Russian, in capitals). Read as a scenario it would fail on every text; told by its
// name, it gets one plain problem. The case counts on every system: `crisis.RU.yaml` is refused on Linux and on
// a Mac alike, though a Mac would open it under the name `crisis.ru.yaml`.
import { languageName } from './language-name'
import { LANGUAGES } from './translation-files'
import type { Problem } from './types'
import { said } from './wording/en'

/** A translation into a language the game has none in: `language` as the name writes it, `russian` the name
 * a Russian translation would have. */
export interface OtherLanguage {
  readonly original: string
  readonly language: string
  readonly russian: string
}
/** A translation into a language the game has, under a name it does not look for: `rename` is the one it does. */
export interface OtherCase {
  readonly original: string
  readonly rename: string
}
/** In either, `original` is the name of the file it would translate, `crisis.yaml`. */
export type Misnamed = OtherLanguage | OtherCase

/** `.de.`, `.pt-BR.`: a two-letter language, maybe with a region, before the ending of a scenario file. */
const TAGGED = /^(.+)\.([a-z]{2}(?:[-_][a-z0-9]{2,4})?)\.(ya?ml|json)$/i

/** What is wrong with a file's name (not its folders) as a translation's, or undefined if nothing is. */
export function misnamedTranslation(name: string): Misnamed | undefined {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
  const m = TAGGED.exec(base)
  if (!m) return undefined
  const [, stem, tag, ending] = m as unknown as [string, string, string, string]
  const primary = tag.slice(0, 2).toLowerCase()
  const supported = LANGUAGES.find((l) => l === primary)
  if (supported) {
    const rename = `${stem}.${supported}.${ending.toLowerCase()}`
    return rename === base ? undefined : { original: `${stem}.${ending}`, rename }
  }
  // Only a tag that names a language is one: `crisis.v2.yaml` and `crisis.bk.yaml` are scenarios.
  return languageName(tag, 'en') === undefined
    ? undefined
    : {
        original: `${stem}.${ending}`,
        language: tag,
        russian: `${stem}.${LANGUAGES[0]}.${ending.toLowerCase()}`,
      }
}

/** The problem a misnamed translation is, at its first line, or undefined for any other file. */
export function misnamedProblem(path: string, file: string): Problem | undefined {
  const misnamed = misnamedTranslation(path)
  if (!misnamed) return undefined
  const what =
    'rename' in misnamed
      ? said('translation-case', { rename: misnamed.rename })
      : said('translation-language', { language: misnamed.language, russian: misnamed.russian })
  return { file, line: 1, column: 1, path: '', ...what }
}
