// What npm run check says around its checking: the closing count of what it checked, naming only what was
// checked, and of the problems and warnings it found, and the answer to a folder named in place of files.
import { statSync } from 'node:fs'
import { relative } from 'node:path'
import type { Problem } from '../scenario'
import { scenarioPaths } from '../scenario/files'
import { npmCommand } from '../scenario/wording/command'

const shortName = (path: string): string => relative(process.cwd(), path) || path

const some = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`

/** "2 problems and 1 warning in 3 files": what was found, each counted, and the files it is in. */
export function found(problems: readonly Problem[], warnings: readonly Problem[]): string {
  const files = new Set([...problems, ...warnings].map((p) => p.file)).size
  const counts = [
    ...(problems.length > 0 ? [some(problems.length, 'problem')] : []),
    ...(warnings.length > 0 ? [some(warnings.length, 'warning')] : []),
  ]
  return `${counts.join(' and ')} in ${some(files, 'file')}`
}

/** "1 scenario and 11 actor profiles checked, with 1 translation", naming only what was checked. */
export function allChecked(scenarios: number, profiles: number, translations: number): string {
  const files = [
    ...(scenarios > 0 || profiles + translations === 0 ? [some(scenarios, 'scenario')] : []),
    ...(profiles > 0 ? [some(profiles, 'actor profile')] : []),
  ]
  if (files.length === 0) return `${some(translations, 'translation')} checked`
  return `${files.join(' and ')} checked${translations > 0 ? `, with ${some(translations, 'translation')}` : ''}`
}

export const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** A folder named in place of files: said as one, with the command that checks the scenarios in it. */
export function folderGiven(folder: string): string {
  const name = shortName(folder)
  const scenarios = scenarioPaths(folder).map(shortName)
  return scenarios.length > 0
    ? `${name} is a folder: npm run check reads files, so name them, such as ${npmCommand('check', ...scenarios)} (a scenario's translations and its actors/ folder are checked with it)`
    : `${name} is a folder with no scenario file in it: name the files to check`
}
