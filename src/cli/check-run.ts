// What npm run check does (check.ts): the files named read, each scenario loaded with its catalog and play-tested,
// each translation compared with its original, and every problem and warning printed.
import { readdirSync } from 'node:fs'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { describeWarning, playtest } from '../engine'
import {
  formatProblem,
  formatProblems,
  isTranslationFile,
  LANGUAGES,
  misnamedProblem,
  misnamedTranslation,
  type Problem,
  type Scenario,
  translationOf,
} from '../scenario'
import { actorsBeside, type CatalogFiles, catalogFor } from '../scenario/catalog-files'
import { ACTOR_DIR, readText, scenarioPaths, translationPaths, unreadName } from '../scenario/files'
import { readScenarios } from './check-scenarios'
import { allChecked, folderGiven, found, isFolder } from './check-summary'
import { type CheckedOriginal, checkTranslation } from './check-translation'
import { formatHistory } from './format-history'
import { formatPlay } from './format-play'
import { formatWarnings } from './format-warning'

/** Whether a file is there under exactly this name: a Mac's existsSync finds crisis.RU.yaml as crisis.ru.yaml. */
const listed = (path: string): boolean => {
  try {
    return readdirSync(dirname(path)).includes(basename(path))
  } catch {
    return false
  }
}

/** The files beside a scenario named like its translation into a language or a case the game does not read. */
function misnamedBeside(path: string): string[] {
  if (misnamedTranslation(path) || isTranslationFile(path)) return []
  try {
    return readdirSync(dirname(path))
      .filter((f) => misnamedTranslation(f)?.original.toLowerCase() === basename(path).toLowerCase())
      .map((f) => join(dirname(path), f))
  } catch {
    return []
  }
}

/** The translation files of an instructor's actors/ folder, if there is one. */
const translationsBeside = (dir: string | undefined): string[] => (dir ? translationPaths(dir) : [])

/** A file inside an `actors/` folder is an actor profile; any other is a scenario. */
const isActorFile = (path: string): boolean => path.split(sep).includes('actors')
const shortName = (path: string): string => relative(process.cwd(), path) || path

const USAGE = `usage: npm run check -- [files...]
  Checks scenario and actor files (YAML or JSON) and their translations (name.ru.yaml), every bundled one when
  no file is named. Each problem is printed as  file:line:column  field  message, and each warning the same
  way, marked (a warning); a valid scenario gets a play-test report with the engine in every role. Exits 1 when
  any file has a problem; warnings alone do not fail the check.`

/** The check of the files named (every bundled one when none is): its report on standard output, and its exit code. */
export function runCheck(args: readonly string[]): number {
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
  const folder = given.find(isFolder)
  if (folder) {
    process.stderr.write(`${folderGiven(folder)}\n`)
    return 1
  }
  const problems: Problem[] = []
  const notes: Problem[] = []
  // A name like a translation the game cannot read (crisis.de.yaml, crisis.RU.yaml) is told as that, once, and
  // not read as a scenario: named, or beside a scenario named, by the folder's own list of names, so that a
  // Mac, which would open crisis.RU.yaml as crisis.ru.yaml, says what Linux does.
  const misnamed = [...new Set([...given, ...given.flatMap(misnamedBeside)])].flatMap(
    (p) => misnamedProblem(p, shortName(p)) ?? [],
  )
  problems.push(...misnamed)
  const wellNamed = given.filter((p) => !misnamedTranslation(p))
  const paths = wellNamed.filter((p) => !isTranslationFile(p))
  notes.push(...paths.flatMap((p) => unreadName(p, shortName(p)) ?? []))
  // Each file once, however it was named (a path typed, or found in a folder).
  const translations = [
    ...new Map(
      [
        ...wellNamed.filter(isTranslationFile),
        // A file not named .yaml, .yml or .json has no translation's name beside it (translationOf keeps its name).
        ...paths.flatMap((p) =>
          LANGUAGES.map((l) => translationOf(p, l)).filter((t) => t !== p && listed(t)),
        ),
        // The translations of the profiles in an actors/ folder beside a scenario, read with it as its catalog is.
        ...paths.filter((p) => !isActorFile(p)).flatMap((p) => translationsBeside(actorsBeside(p))),
      ].map((t) => [resolve(t), t]),
    ).values(),
  ]
  const read = (path: string) => {
    const r = readText(path, shortName(path))
    if (!r.ok) problems.push(r.problem)
    else notes.push(...r.warnings)
    return r.ok ? { name: shortName(path), text: r.text, warnings: r.warnings } : undefined
  }

  // Each scenario's catalog is the one npm run sim plays it with (catalog-files.ts): the standing profiles, with
  // those of an actors/ folder beside it in place of their namesakes, and here any actor files named as well.
  const named = paths.filter(isActorFile)
  const catalogs = new Map<string, CatalogFiles>()
  const catalogOf = (scenario?: string): CatalogFiles => {
    const key = (scenario === undefined ? undefined : actorsBeside(scenario)) ?? ''
    const known = catalogs.get(key)
    if (known) return known
    const catalog = catalogFor({ scenario, named, name: shortName })
    catalogs.set(key, catalog)
    if (!catalog.ok) problems.push(...catalog.problems)
    // The standing profiles' warnings belong to a whole check; naming files asks about those files only.
    notes.push(...catalog.warnings, ...(args.length === 0 ? catalog.standingWarnings : []))
    return catalog
  }

  const checked = paths.filter((p) => !isActorFile(p))
  const reports: string[] = []
  const texts = checked.flatMap((path) => {
    const file = read(path)
    return file ? [{ ...file, path }] : []
  })
  // An id another file has is a problem of the file like any other: the file is not valid, and gets no report.
  const scenarios = readScenarios(texts, bundledBesides(checked))
  problems.push(...scenarios.shared)
  const sharing = new Set(scenarios.shared.map((p) => p.file))
  if (checked.length === 0) catalogOf()
  for (const file of scenarios.files) {
    const catalog = catalogOf(file.path)
    if (!catalog.ok) continue
    const result = file.load(catalog.catalog)
    notes.push(...result.warnings)
    if (!result.ok) {
      problems.push(...result.problems)
      continue
    }
    if (!sharing.has(file.name)) reports.push(playtestReport(file.name, result.value))
  }
  // A translation is compared with its original as the original was checked, when it was: a scenario, or a profile
  // of a catalog, is read and parsed once.
  const originals = new Map<string, CheckedOriginal | undefined>(checked.map((p) => [resolve(p), undefined]))
  for (const file of scenarios.files) originals.set(resolve(file.path), file)
  for (const catalog of catalogs.values())
    for (const [path, profile] of catalog.parsed)
      originals.set(path, profile && { name: profile.name, parsed: () => profile.parsed })
  for (const path of translations) {
    const checkedTranslation = checkTranslation(path, {
      kind: isActorFile(path) ? 'actor' : 'scenario',
      read,
      checked: originals,
      name: shortName,
    })
    problems.push(...checkedTranslation.problems)
    notes.push(...checkedTranslation.warnings)
  }
  if (reports.length > 0) process.stdout.write(`${reports.join('\n\n')}\n\n`)

  // Every warning with its place in a file, as problems are printed, then the problems. Each is told and counted once.
  const warnings = [...new Map(notes.map((w) => [formatProblem(w), w])).values()]
  const warned = formatWarnings(warnings)
  if (warned.length > 0) process.stdout.write(`${warned.join('\n')}\n`)
  // A profile read for several scenarios' catalogs says its problem once.
  const told = [...new Map(problems.map((p) => [formatProblem(p), p])).values()]
  if (told.length > 0) process.stdout.write(`${formatProblems(told)}\n`)
  // The profiles in play: those of the catalogs the scenarios were checked with (one profile in place of its
  // namesake counts once), or with no scenario, the actor files named (every one, in a whole check).
  const inPlay = new Set(
    [...catalogs.values()].flatMap((c) =>
      c.ok ? [...c.catalog.values()].map((a) => JSON.stringify(a)) : [],
    ),
  ).size
  const profiles = checked.length > 0 || args.length === 0 ? inPlay : named.length
  process.stdout.write(
    told.length > 0
      ? `\n${found(told, warnings)}.\n`
      : `All good: ${allChecked(checked.length, profiles, translations.length)}${warnings.length > 0 ? `; ${found([], warnings)}` : ''}.\n`,
  )
  return told.length > 0 ? 1 : 0
}

/** The files in scenarios/ not checked, whose ids the checked files' are compared with: the game finds a scenario by its id. */
function bundledBesides(checked: readonly string[]): { name: string; text: string }[] {
  const mine = new Set(checked.map((p) => resolve(p)))
  return scenarioPaths()
    .filter((p) => !mine.has(resolve(p)))
    .flatMap((p) => {
      const r = readText(p, shortName(p))
      return r.ok ? [{ name: shortName(p), text: r.text }] : []
    })
}

/** What the engine makes of a valid scenario, and what in its play its author should look at again. */
function playtestReport(file: string, scenario: Scenario): string {
  const { result, warnings } = playtest(scenario)
  const history = result.status === 'finished' ? formatHistory(scenario, result.report) : []
  const body = [formatPlay(scenario, result, 1, 0), ...(history.length > 0 ? ['', ...history] : [])]
    .join('\n')
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')
  const notes = warnings.map((w) => `  ! ${describeWarning(w, scenario)}`)
  return `${file}: valid. Play-test with the engine in every role:\n${body}\n\n  Play-test warnings:\n${notes.length > 0 ? notes.join('\n') : '  None.'}`
}
