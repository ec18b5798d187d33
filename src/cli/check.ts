// npm run check -- [files...]: checks scenario and actor files, prints every problem as
// file:line:column  field  message, and a play-test report for each valid scenario with its warnings (such as
// a year named before the debrief that comes after the scenario's start), which do not fail the check.
// Translations (kazakhstan-2022.ru.yaml) are checked against their originals: those named, and those beside
// the files named.
import { existsSync, readdirSync } from 'node:fs'
import { relative, resolve, sep } from 'node:path'
import { describeWarning, playtest } from '../engine'
import {
  checkTranslationFile,
  duplicateIds,
  formatPath,
  formatProblem,
  formatProblems,
  isTranslationFile,
  LANGUAGES,
  loadCatalog,
  loadScenario,
  originalOf,
  type Problem,
  type Scenario,
  translationOf,
} from '../scenario'
import { ACTOR_DIR, readText, scenarioPaths, translationPaths } from '../scenario/files'
import { said } from '../scenario/wording/en'
import { formatHistory } from './format-history'
import { formatPlay } from './format-play'
import { fromWhereInvoked } from './invoked-from'

/** A file inside an `actors/` folder is an actor profile; any other is a scenario. */
const isActorFile = (path: string): boolean => path.split(sep).includes('actors')
const shortName = (path: string): string => relative(process.cwd(), path) || path

const USAGE = `usage: npm run check -- [files...]
  Checks scenario and actor files (YAML or JSON) and their translations (name.ru.yaml), every bundled one when
  no file is named. Each problem is printed as  file:line:column  field  message; a valid scenario gets a
  play-test report with the engine in every role. Exits 1 when any file has a problem.`

function main(args: readonly string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  const given =
    args.length > 0
      ? [...args]
      : [
          ...scenarioPaths(),
          ...scenarioPaths(ACTOR_DIR),
          ...translationPaths(),
          ...translationPaths(ACTOR_DIR),
        ]
  const paths = given.filter((p) => !isTranslationFile(p))
  const translations = [
    ...new Set([
      ...given.filter(isTranslationFile),
      // A file not named .yaml, .yml or .json has no translation's name beside it (translationOf keeps its name).
      ...paths.flatMap((p) =>
        LANGUAGES.map((l) => translationOf(p, l)).filter((t) => t !== p && existsSync(t)),
      ),
    ]),
  ]
  const problems: Problem[] = []
  const notes: Problem[] = []
  const read = (path: string) => {
    const r = readText(path, shortName(path))
    if (!r.ok) problems.push(r.problem)
    else notes.push(...r.warnings)
    return r.ok ? { name: shortName(path), text: r.text, warnings: r.warnings } : undefined
  }

  // The catalog is the standing one, with any actor files named on the command line in place of their namesakes.
  const named = paths
    .filter(isActorFile)
    .map(read)
    .filter((f) => f !== undefined)
  const standing = readdirSync(ACTOR_DIR)
    .map((f) => `${ACTOR_DIR}${sep}${f}`)
    .filter(
      (p) =>
        /\.(ya?ml|json)$/.test(p) && !isTranslationFile(p) && !named.some((n) => shortName(p) === n.name),
    )
    .map(read)
    .filter((f) => f !== undefined)
  const catalog = loadCatalog([...standing, ...named])
  if (!catalog.ok) problems.push(...catalog.problems)
  // The standing profiles' warnings belong to a whole check; naming files asks about those files only.
  else if (args.length === 0) notes.push(...catalog.warnings)
  else notes.push(...catalog.warnings.filter((w) => named.some((n) => n.name === w.file)))

  const checked = paths.filter((p) => !isActorFile(p))
  const reports: string[] = []
  const texts: { name: string; text: string }[] = []
  const reported = new Set<string>()
  for (const path of checked) {
    const file = read(path)
    if (!file) continue
    texts.push(file)
    if (!catalog.ok) continue
    const result = loadScenario(file.text, file.name, catalog.value)
    if (result.ok) {
      reports.push(playtestReport(file.name, result.value, [...file.warnings, ...result.warnings]))
      reported.add(file.name)
    } else problems.push(...result.problems)
  }
  problems.push(...sharedIds(checked, texts))
  for (const path of translations) {
    const checkedTranslation = checkTranslation(path, read)
    problems.push(...checkedTranslation.problems)
    notes.push(...checkedTranslation.warnings)
  }
  if (reports.length > 0) process.stdout.write(`${reports.join('\n\n')}\n\n`)

  // Notes on files without a play-test report of their own (an actor file, a file with problems), first.
  const unreported = notes.filter((n) => !reported.has(n.file))
  if (unreported.length > 0)
    process.stdout.write(`${unreported.map((n) => `${formatProblem(n)} (a warning)`).join('\n')}\n`)
  if (problems.length > 0) process.stdout.write(`${formatProblems(problems)}\n`)
  process.stdout.write(
    problems.length > 0
      ? `\n${count(problems, 'problem')}.\n`
      : `All good: ${checked.length} scenario${checked.length === 1 ? '' : 's'} and ${named.length + standing.length} actor profiles checked${translations.length > 0 ? `, with ${translations.length} translation${translations.length === 1 ? '' : 's'}` : ''}.\n`,
  )
  return problems.length > 0 ? 1 : 0
}

/** A translation against its original: its problems, and what is missing or stale as warnings. */
function checkTranslation(
  path: string,
  read: (path: string) => { name: string; text: string } | undefined,
): { problems: readonly Problem[]; warnings: readonly Problem[] } {
  const original = originalOf(path)
  if (!existsSync(original))
    return {
      problems: [
        {
          file: shortName(path),
          line: 1,
          column: 1,
          path: '',
          ...said('no-original', { original: shortName(original) }),
        },
      ],
      warnings: [],
    }
  const translation = read(path)
  // The original's own reading is reported where it is checked: here it is only the text to compare with.
  const r = readText(original, shortName(original))
  const source = r.ok ? { name: shortName(original), text: r.text } : undefined
  if (!translation || !source) return { problems: [], warnings: [] }
  const result = checkTranslationFile(isActorFile(path) ? 'actor' : 'scenario', translation, source)
  return result.ok ? { problems: [], warnings: result.warnings } : { problems: result.problems, warnings: [] }
}

/**
 * The checked files' ids against each other and against every file in scenarios/: the game finds a scenario by
 * its id, and a copy of a bundled file keeps the original's until it is changed.
 */
function sharedIds(checked: readonly string[], texts: readonly { name: string; text: string }[]): Problem[] {
  const mine = new Set(checked.map((p) => resolve(p)))
  const others = scenarioPaths()
    .filter((p) => !mine.has(resolve(p)))
    .flatMap((p) => {
      const r = readText(p, shortName(p))
      return r.ok ? [{ name: shortName(p), text: r.text }] : []
    })
  const names = new Set(texts.map((t) => t.name))
  return duplicateIds([...texts, ...others]).filter((p) => names.has(p.file))
}

/** "3 problems in 2 files" */
function count(list: readonly Problem[], noun: string): string {
  const files = new Set(list.map((p) => p.file)).size
  return `${list.length} ${noun}${list.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`
}

/** What the engine makes of a valid scenario, and what its author should look at again. */
function playtestReport(file: string, scenario: Scenario, loaded: readonly Problem[]): string {
  const { result, warnings } = playtest(scenario)
  const history = result.status === 'finished' ? formatHistory(scenario, result.report) : []
  const body = [formatPlay(scenario, result, 1, 0), ...(history.length > 0 ? ['', ...history] : [])]
    .join('\n')
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')
  const notes = [
    ...loaded.map((w) => `  ! line ${w.line}${w.path ? ` (${formatPath(w.path)})` : ''}: ${w.message}`),
    ...warnings.map((w) => `  ! ${describeWarning(w, scenario)}`),
  ]
  return `${file}: valid. Play-test with the engine in every role:\n${body}\n\n  Warnings:\n${notes.length > 0 ? notes.join('\n') : '  No warnings.'}`
}

fromWhereInvoked('check')
process.exitCode = main(process.argv.slice(2))
