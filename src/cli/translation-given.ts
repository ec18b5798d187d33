// What npm run sim says when it is given a translation (crisis.ru.yaml) or a file named like one
// (crisis.de.yaml, crisis.RU.yaml) in place of a scenario: read as a scenario, such a file reports every field
// it lacks, and an instructor learns nothing from that list. sim plays in English only (it has no language
// option), so it names the original to give it instead.
import { existsSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import {
  formatProblem,
  isTranslationFile,
  misnamedProblem,
  misnamedTranslation,
  originalOf,
} from '../scenario'
import { languageName } from '../scenario/language-name'
import { npmCommand } from '../scenario/wording/command'

const shortName = (path: string): string => relative(process.cwd(), path) || path

/** The tag as the name writes it: `ru` in crisis.ru.yaml, `RU` in crisis.RU.yaml, `pt-BR`. */
const tagOf = (path: string): string => /\.([^.]+)\.(ya?ml|json)$/i.exec(basename(path))?.[1] ?? ''

/** What to say for a file named as a translation, or undefined for any other file. */
export function translationGiven(path: string): string | undefined {
  const misnamed = misnamedTranslation(path)
  if (!misnamed && !isTranslationFile(basename(path))) return undefined
  const file = shortName(path)
  const tag = tagOf(path)
  const original = shortName(misnamed ? join(dirname(path), misnamed.original) : originalOf(path))
  const language = languageName(tag, 'en') ?? tag
  // A name the game cannot read is told first in the words npm run check uses for it.
  const problem = misnamed ? `${formatProblem(misnamedProblem(path, file)!)}\n` : ''
  const what = `${file} is ${misnamed ? 'named as ' : ''}the ${language} translation of ${original}`
  if (!existsSync(original))
    return `${problem}${what}, which is not there. npm run sim plays a scenario, not a translation: if ${file} is a whole scenario, name it without ".${tag}".`
  // A well-named translation is checked against the original; a misnamed one is only told, as above.
  const check = misnamed ? '' : `\n${npmCommand('check', original)} checks the translation against it.`
  return `${problem}${what}, not a scenario, and npm run sim plays scenarios in English only. Give it the original:\n  ${npmCommand('sim', original)}${check}`
}
