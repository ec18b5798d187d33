// npm run translations -- stamp [--refresh] [files...] | new <file> [language]
// stamp: writes into each translation the fingerprint of the English each text translates (all translations in
// scenarios/ when no file is named); --refresh also restamps texts whose English has changed, once brought up to
// date. new: writes the outline of a translation beside a scenario or actor file, its texts still in English.
import { existsSync, writeFileSync } from 'node:fs'
import { relative, sep } from 'node:path'
import {
  formatProblems,
  LANGUAGES,
  type Language,
  misnamedProblem,
  originalOf,
  type Problem,
  translationOf,
} from '../scenario'
import { ACTOR_DIR, readText, translationPaths } from '../scenario/files'
import { outlineTranslation, stampTranslation } from '../scenario/stamp-translation'
import { fromWhereInvoked } from './invoked-from'

const kindOf = (path: string) => (path.split(sep).includes('actors') ? 'actor' : 'scenario')
const shortName = (path: string): string => relative(process.cwd(), path) || path
const USAGE = 'usage: npm run translations -- stamp [--refresh] [files...] | new <file> [language]'

function read(path: string): { name: string; text: string } | Problem {
  const r = readText(path, shortName(path))
  return r.ok ? { name: shortName(path), text: r.text } : r.problem
}

function stamp(args: readonly string[]): number {
  const refresh = args.includes('--refresh')
  const named = args.filter((a) => a !== '--refresh')
  const paths = named.length > 0 ? named : [...translationPaths(), ...translationPaths(ACTOR_DIR)]
  const problems: Problem[] = []
  for (const path of paths) {
    // crisis.RU.yaml has no original by its name, and would be read as its own: said as npm run check says it.
    const misnamed = misnamedProblem(path, shortName(path))
    if (misnamed) {
      problems.push(misnamed)
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
  if (problems.length > 0) process.stdout.write(`${formatProblems(problems)}\n`)
  return problems.length > 0 ? 1 : 0
}

function outline(path: string | undefined, language: string | undefined): number {
  const lang = (language ?? 'ru') as Language
  if (!path || !LANGUAGES.includes(lang)) {
    process.stdout.write(`${USAGE}\nlanguages: ${LANGUAGES.join(', ')}\n`)
    return 2
  }
  const target = translationOf(path, lang)
  if (existsSync(target)) {
    process.stdout.write(`${shortName(target)} is already there: stamp it, or remove it first\n`)
    return 1
  }
  const original = read(path)
  if ('message' in original) {
    process.stdout.write(`${formatProblems([original])}\n`)
    return 1
  }
  const r = outlineTranslation(kindOf(path), original)
  if (!r.ok) {
    process.stdout.write(`${formatProblems(r.problems)}\n`)
    return 1
  }
  writeFileSync(target, r.text)
  process.stdout.write(`${shortName(target)}: written, in English; translate each text, then stamp it\n`)
  return 0
}

function main([command, ...rest]: readonly string[]): number {
  if (command === 'stamp') return stamp(rest)
  if (command === 'new') return outline(rest[0], rest[1])
  process.stdout.write(`${USAGE}\n`)
  return 2
}

fromWhereInvoked('translations')
process.exitCode = main(process.argv.slice(2))
