// npm run check -- [files...]: checks scenario and actor files, prints every problem as
// file:line:column  field  message, a play-test report for each valid scenario, and warnings (such as a
// year named before the debrief that comes after the scenario's start), which do not fail the check.
import { readdirSync } from 'node:fs'
import { relative, sep } from 'node:path'
import { describeWarning, playtest } from '../engine'
import { formatProblems, loadCatalog, loadScenario, type Problem, type Scenario } from '../scenario'
import { formatPlay } from './format-play'
import { ACTOR_DIR, readText, scenarioPaths } from './scenario-files'

/** A file inside an `actors/` folder is an actor profile; any other is a scenario. */
const isActorFile = (path: string): boolean => path.split(sep).includes('actors')

function main(args: readonly string[]): number {
  const paths = args.length > 0 ? [...args] : [...scenarioPaths(), ...scenarioPaths(ACTOR_DIR)]
  const problems: Problem[] = []
  const warnings: Problem[] = []
  const read = (path: string) => {
    const r = readText(path)
    if (!r.ok) problems.push({ ...r.problem, file: relative(process.cwd(), path) || path })
    return r.ok ? { name: relative(process.cwd(), path) || path, text: r.text } : undefined
  }

  // The catalog is the standing one, with any actor files named on the command line in place of their namesakes.
  const named = paths
    .filter(isActorFile)
    .map(read)
    .filter((f) => f !== undefined)
  const standing = readdirSync(ACTOR_DIR)
    .map((f) => `${ACTOR_DIR}${sep}${f}`)
    .filter((p) => /\.(ya?ml|json)$/.test(p) && !named.some((n) => relative(process.cwd(), p) === n.name))
    .map(read)
    .filter((f) => f !== undefined)
  const catalog = loadCatalog([...standing, ...named])
  if (!catalog.ok) problems.push(...catalog.problems)
  // The standing profiles' warnings belong to a whole check; naming files asks about those files only.
  else if (args.length === 0) warnings.push(...catalog.warnings)
  else warnings.push(...catalog.warnings.filter((w) => named.some((n) => n.name === w.file)))

  let scenarios = 0
  const reports: string[] = []
  for (const path of paths.filter((p) => !isActorFile(p))) {
    const file = read(path)
    if (!file) continue
    scenarios++
    if (!catalog.ok) continue
    const result = loadScenario(file.text, file.name, catalog.value)
    if (result.ok) {
      reports.push(playtestReport(file.name, result.value))
      warnings.push(...result.warnings)
    } else problems.push(...result.problems)
  }
  if (reports.length > 0) process.stdout.write(`${reports.join('\n\n')}\n\n`)
  if (warnings.length > 0)
    process.stdout.write(
      `Warnings (the files load, but look again):\n${formatProblems(warnings)}\n${count(warnings, 'warning')}.\n\n`,
    )

  if (problems.length > 0) process.stdout.write(`${formatProblems(problems)}\n`)
  process.stdout.write(
    problems.length > 0
      ? `\n${count(problems, 'problem')}.\n`
      : `All good: ${scenarios} scenario${scenarios === 1 ? '' : 's'} and ${named.length + standing.length} actor profiles checked.\n`,
  )
  return problems.length > 0 ? 1 : 0
}

/** "3 problems in 2 files" */
function count(list: readonly Problem[], noun: string): string {
  const files = new Set(list.map((p) => p.file)).size
  return `${list.length} ${noun}${list.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`
}

/** What the engine makes of a valid scenario, and what its author should look at again. */
function playtestReport(file: string, scenario: Scenario): string {
  const { result, warnings } = playtest(scenario)
  const body = formatPlay(scenario, result, 1, 0)
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')
  const notes =
    warnings.length > 0
      ? warnings.map((w) => `  ! ${describeWarning(w, scenario)}`).join('\n')
      : '  No warnings.'
  return `${file}: valid. Play-test with the engine in every role:\n${body}\n\n  Warnings:\n${notes}`
}

process.exitCode = main(process.argv.slice(2))
