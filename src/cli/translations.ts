// npm run translations -- stamp [--refresh] [files...] | stamp --bundled [--refresh] | new <file> [language]
// stamp: writes into each translation the fingerprint of the English each text translates; with no file named, the
// translations of the folder it was typed in and of its actors/ folder. The game's own translations in scenarios/
// are stamped only when named, or with --bundled, never by a bare stamp typed there. --refresh also restamps texts
// whose English has changed, once brought up to date. new: writes the outline of a translation beside a scenario
// or actor file, its texts still in English. Problems and refusals go to stderr.
import { existsSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import {
  formatProblems,
  isTranslationFile,
  LANGUAGES,
  type Language,
  misnamedProblem,
  misnamedTranslation,
  originalOf,
  type Problem,
  translationOf,
} from '../scenario'
import { ACTOR_DIR, readText, SCENARIO_DIR, translationPaths } from '../scenario/files'
import { outlineTranslation, stampTranslation } from '../scenario/stamp-translation'
import { npmCommand } from '../scenario/wording/command'
import { said } from '../scenario/wording/en'
import { fromWhereInvoked } from './invoked-from'

const kindOf = (path: string) => (path.split(sep).includes('actors') ? 'actor' : 'scenario')
const shortName = (path: string): string => relative(process.cwd(), path) || path
const USAGE = 'usage: npm run translations -- stamp [--refresh] [files...] | new <file> [language]'
const HELP = `${USAGE}
  stamp FILE...   writes into each translation (name.ru.yaml) the fingerprint of the English each text
                  translates, keeping the rest of the file as written; with no file named, every translation in
                  the folder you are in and in its actors/ folder
  --refresh       also restamps texts whose English has changed, once you have brought them up to date
  --bundled       stamps the game's own translations in scenarios/ (for the project's maintainers)
  new FILE [ru]   writes the outline of a translation beside a scenario or actor file, its texts still in
                  English, for you to translate and then stamp
  --help          this text`

/** Writes a refusal or a problem to stderr and gives the exit code. */
function refuse(message: string, code = 1): number {
  process.stderr.write(`${message}\n`)
  return code
}

function read(path: string): { name: string; text: string } | Problem {
  const r = readText(path, shortName(path))
  return r.ok ? { name: shortName(path), text: r.text } : r.problem
}

const isBundled = (path: string): boolean => resolve(path).startsWith(SCENARIO_DIR + sep)

/** The translations a bare stamp means: the folder's and its actors/ folder's, or the game's own with --bundled. */
function unnamed(bundled: boolean): string[] | string {
  if (bundled) return [...translationPaths(), ...translationPaths(ACTOR_DIR)]
  const here = process.cwd()
  const actors = join(here, 'actors')
  const found = [
    ...translationPaths(here),
    ...(existsSync(actors) && statSync(actors).isDirectory() ? translationPaths(actors) : []),
  ]
  const example = npmCommand('translations', 'stamp', 'my-crisis.ru.yaml')
  if (found.some(isBundled))
    return `these are the game's own translations (scenarios/): name the file to stamp, such as ${example}, or stamp them all with --bundled`
  if (found.length === 0)
    return `no translation (name.ru.yaml) in this folder or its actors/ folder: name the file to stamp, such as ${example}`
  return found
}

/** One plain line for a file that is not a translation of a file that is there, or undefined for a translation. */
function notStampable(path: string): Problem | string | undefined {
  const file = shortName(path)
  // crisis.RU.yaml has no original by its name, and would be read as its own: said as npm run check says it.
  const misnamed = misnamedProblem(path, file)
  if (misnamed) return misnamed
  if (!isTranslationFile(basename(path))) {
    const translation = translationOf(path, 'ru')
    return existsSync(translation)
      ? `${file} is not a translation but an original: stamp its translation, ${npmCommand('translations', 'stamp', shortName(translation))}`
      : `${file} is not a translation but an original, and has none yet: ${npmCommand('translations', 'new', file)} writes one`
  }
  const original = originalOf(path)
  if (existsSync(path) && !existsSync(original))
    return {
      file,
      line: 1,
      column: 1,
      path: '',
      ...said('no-original', { original: shortName(original) }),
    }
  return undefined
}

function stamp(args: readonly string[]): number {
  const refresh = args.includes('--refresh')
  const bundled = args.includes('--bundled')
  const named = args.filter((a) => a !== '--refresh' && a !== '--bundled')
  const paths = named.length > 0 ? named : unnamed(bundled)
  if (typeof paths === 'string') return refuse(paths, 2)
  const problems: Problem[] = []
  const lines: string[] = []
  for (const path of paths) {
    const not = notStampable(path)
    if (typeof not === 'string') lines.push(not)
    if (not) {
      if (typeof not !== 'string') problems.push(not)
      continue
    }
    const translation = read(path)
    const original = read(originalOf(path))
    if ('message' in translation || 'message' in original) {
      problems.push(
        ...['message' in translation ? [translation] : [], 'message' in original ? [original] : []].flat(),
      )
      continue
    }
    const r = stampTranslation(kindOf(path), translation, original, refresh)
    if (!r.ok) {
      problems.push(...r.problems)
      continue
    }
    if (r.stamped + r.refreshed > 0) writeFileSync(path, r.text)
    process.stdout.write(
      `${translation.name}: ${r.stamped} stamped${refresh ? `, ${r.refreshed} refreshed` : ''}\n`,
    )
  }
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`)
  if (problems.length > 0) process.stderr.write(`${formatProblems(problems)}\n`)
  return problems.length + lines.length > 0 ? 1 : 0
}

function outline(path: string | undefined, language: string | undefined): number {
  if (!path) return refuse(`${USAGE}\nlanguages: ${LANGUAGES.join(', ')}`, 2)
  const lang = (language ?? 'ru') as Language
  if (!LANGUAGES.includes(lang))
    return refuse(
      `"${language}" is not a language npm run translations can write (languages: ${LANGUAGES.join(', ')})`,
      2,
    )
  const misnamed = misnamedTranslation(path)
  if (misnamed || isTranslationFile(basename(path))) {
    const original = misnamed ? join(dirname(path), misnamed.original) : originalOf(path)
    return refuse(
      `${shortName(path)} is already a translation; name its original: ${npmCommand('translations', 'new', shortName(original))}`,
    )
  }
  const target = translationOf(path, lang)
  if (existsSync(target))
    return refuse(
      `${shortName(target)} is already there: stamp it (${npmCommand('translations', 'stamp', shortName(target))}), or remove it first`,
    )
  const original = read(path)
  if ('message' in original) return refuse(formatProblems([original]))
  const r = outlineTranslation(kindOf(path), original, shortName(target))
  if (!r.ok) return refuse(formatProblems(r.problems))
  writeFileSync(target, r.text)
  process.stdout.write(
    `${shortName(target)}: written, in English; translate each text, then ${npmCommand('translations', 'stamp', shortName(target))}\n`,
  )
  return 0
}

function main([command, ...rest]: readonly string[]): number {
  if (command === '--help' || command === '-h' || rest.includes('--help')) {
    process.stdout.write(`${HELP}\n`)
    return 0
  }
  if (command === 'stamp') return stamp(rest)
  if (command === 'new') return outline(rest[0], rest[1])
  return refuse(USAGE, 2)
}

fromWhereInvoked('translations')
process.exitCode = main(process.argv.slice(2))
