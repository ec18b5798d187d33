// npm run sim -- <scenario> [--seed N] [--temperature T] [--as ROLE --choose DECISION ...] [--json]
// Plays in English: given a translation (crisis.ru.yaml), it names the original to give it instead.
import { existsSync, statSync } from 'node:fs'
import { isAbsolute, relative, sep } from 'node:path'
import { parseArgs } from 'node:util'
import { compareWithHistory, type PlaySetup, parseDecision, play } from '../engine'
import { formatProblem, formatProblems, type Problem } from '../scenario'
import { findScenario, readScenario } from '../scenario/files'
import { npmCommand } from '../scenario/wording/command'
import { formatHistory } from './format-history'
import { formatPlay } from './format-play'
import { fromWhereInvoked } from './invoked-from'
import { translationGiven } from './translation-given'

const USAGE = `usage: npm run sim -- <scenario id or file> [--seed N] [--temperature T] [--as ROLE --choose DECISION ...] [--json]
  --seed N             the seed of the engine's dice, a whole number (0, 1, 2 …; 1 unless given): the same seed
                       plays the same game again
  --as ROLE            play this role (a role id of the scenario); the engine plays the rest
  --choose DECISION    your decisions in order, e.g. request:foreign-backed:peacekeepers:14, grant:peacekeepers:guard-sites:14,
                       bilateral:guard-sites:14, refuse, consult, consent, abstain, object, endorse, stay-silent, warn, keep,
                       ask-to-leave, no-request
  --temperature T      bounded rationality of the engine's actors (0 = always the best reply; 0.05 = realistic)
  --json               the game as one JSON object
  --help               this text`

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(1)
}

function main(): void {
  let args: ReturnType<typeof parse>
  try {
    args = parse()
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`)
  }
  const { values, positionals } = args
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  if (positionals.length !== 1) fail(USAGE)
  // Only what reads as the number it is: Number() would take "" for 0 and 0x10 for 16.
  const given = (option: 'seed' | 'temperature', fallback: string) => values[option] ?? fallback
  if (!/^\d+$/.test(given('seed', '1')))
    fail(`--seed takes a whole number of 0 or more, such as --seed 7, not "${given('seed', '1')}"`)
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(given('temperature', '0')))
    fail(
      `--temperature takes a number from 0 to 5, such as --temperature 0.05, not "${given('temperature', '0')}"`,
    )
  const seed = Number(given('seed', '1'))
  const temperature = Number(given('temperature', '0'))
  if (!Number.isSafeInteger(seed)) fail('--seed takes a whole number of 0 or more, such as --seed 7')
  if (temperature > 5) fail('--temperature takes a number from 0 to 5, such as --temperature 0.05')

  const found = findScenario(positionals[0]!)
  if (!found.ok) fail(found.message)
  const file = shortName(found.path)
  if (existsSync(found.path) && statSync(found.path).isDirectory())
    fail(`${file} is a folder: npm run sim plays one scenario, so name the scenario's file in it`)
  const translation = translationGiven(found.path)
  if (translation) fail(translation)
  if (found.path.split(sep).includes('actors'))
    fail(
      `${file} is an actor profile, not a scenario: npm run sim plays a scenario, which names the actors it uses. ${npmCommand('check', file)} checks the profile.`,
    )
  const loaded = readScenario(found.path)
  // On stderr, so that --json output stays one JSON object; a scenario with problems is told its warnings too.
  for (const w of loaded.warnings) process.stderr.write(`warning: ${formatProblem(named(w))}\n`)
  if (!loaded.ok) fail(formatProblems(loaded.problems.map(named)))
  const { scenario } = loaded

  let player: PlaySetup['player']
  if (values.as !== undefined) {
    const role = scenario.roles.find((r) => r.id === values.as)
    if (!role)
      fail(
        `no role "${values.as}" in ${scenario.id}; its roles: ${scenario.roles.map((r) => r.id).join(', ')}`,
      )
    const decisions = (values.choose ?? []).map((text) => {
      const parsed = parseDecision(text.trim())
      return parsed.ok ? parsed.decision : fail(parsed.message)
    })
    player = { actor: role.actor, decisions }
  } else if (values.choose) fail('--choose needs --as ROLE')

  const result = play(scenario, { seed, temperature, ...(player ? { player } : {}) })
  if (values.json) {
    const { status, moves } = result
    const rest =
      result.status === 'finished'
        ? {
            ...result.report,
            history: compareWithHistory(scenario, result.report.course, result.report.contingent),
          }
        : result.status === 'awaiting'
          ? { pending: result.pending }
          : { message: result.message }
    process.stdout.write(
      `${JSON.stringify({ scenario: scenario.id, seed, temperature, status, moves, ...rest }, null, 2)}\n`,
    )
  } else {
    const history = result.status === 'finished' ? formatHistory(scenario, result.report) : []
    const parts = [
      formatPlay(scenario, result, seed, temperature, values.as),
      ...(history.length > 0 ? [history.join('\n')] : []),
    ]
    process.stdout.write(`${parts.join('\n\n')}\n`)
  }
  if (player && result.status === 'finished') unusedChoices(values.as!, values.choose ?? [], result.moves)
  if (result.status === 'invalid') process.exit(1)
}

/** A file as the reader named it: from the folder they typed the command in, as npm run check names it. */
const shortName = (path: string): string => relative(process.cwd(), path) || path
const named = (p: Problem): Problem => (isAbsolute(p.file) ? { ...p, file: shortName(p.file) } : p)

/** Says, on stderr, which --choose decisions the game never came to: the role was asked fewer times. */
function unusedChoices(role: string, chosen: readonly string[], moves: readonly { by: string }[]): void {
  const used = moves.filter((m) => m.by === 'player').length
  if (chosen.length <= used) return
  const left = chosen.slice(used)
  process.stderr.write(
    `note: ${role} decided ${used === 1 ? 'once' : `${used} times`} in this game, so ${
      left.length === 1 ? 'this --choose was' : `these ${left.length} --choose were`
    } not used: ${left.join(', ')}\n`,
  )
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      seed: { type: 'string' },
      temperature: { type: 'string' },
      as: { type: 'string' },
      choose: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}

fromWhereInvoked('sim')
main()
