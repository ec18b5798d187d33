// What the treaty and the precedents say about each choice: the help beside every option. Each says what the
// choice means, timelessly, and dated precedents illustrate it; a player sees only those that came before the
// scenario's start, so no game hears of later cases or of how its own crisis ended. The words are the catalog's,
// in the player's language: `help.<table>.<option>` for what an option means, `help.<table>.<option>.<date>` for
// each precedent, by the day it happened.
import type { Duration, Force, Framing, Mission } from '../store'
import type { Translate } from './i18n/use-text'
import { type DatedHelp, type HelpRead, tableAsOf } from './precedents'

type Dates = readonly string[]

const ASK = {
  request: ['2010-06-12', '2022-01-06', '2022-09-13'],
  'no-request': ['2010-04-08', '2020-08-15', '2020-10-31', '2021-04-30'],
} as const satisfies Record<string, Dates>

const FRAMING = {
  'internal-unrest': ['2010-06-11', '2010-06-12'],
  'foreign-backed': ['2022-01-05'],
  'external-attack': ['2020-10-07'],
} as const satisfies Record<Framing, Dates>

const FORCE = {
  observers: ['2022-09-15'],
  peacekeepers: ['2022-01-06'],
  'rapid-reaction': [],
} as const satisfies Record<Force, Dates>

const MISSION = {
  observe: [],
  'guard-sites': ['2022-01-13'],
  'restore-order': [],
  combat: [],
} as const satisfies Record<Mission, Dates>

const DAYS = {
  14: ['2022-01-19'],
  90: [],
} as const satisfies Record<Duration, Dates>

const RESPONSE = {
  consult: ['2010-06-25', '2021-05-14'],
  bilateral: ['2010-06-13', '2020-08-27', '2020-11-10'],
  refuse: ['2010-06-12'],
  grant: ['2022-01-06'],
} as const satisfies Record<string, Dates>

const VOTE = {
  abstain: ['2024-05-08'],
  consent: ['2022-01-06'],
  object: ['2012-06-28', '2022-11-23'],
} as const satisfies Record<string, Dates>

const REACTION = {
  endorse: ['2020-08-10', '2022-01-07'],
  'stay-silent': ['2010-06-15'],
  warn: [],
} as const satisfies Record<string, Dates>

const EXIT = {
  keep: [],
  'ask-to-leave': ['2022-01-19'],
} as const satisfies Record<string, Dates>

/** A table of options as dated help: each option's message and its precedents' messages, by date. */
function table<K extends string | number>(
  name: string,
  options: Readonly<Record<K, Dates>>,
): Record<K, DatedHelp> {
  const help = (option: K, dates: Dates): [K, DatedHelp] => [
    option,
    {
      text: `help.${name}.${option}`,
      precedents: dates.map((date) => ({ date, text: `help.${name}.${option}.${date}` })),
    },
  ]
  return Object.fromEntries(
    (Object.entries(options) as [K, Dates][]).map(([option, dates]) => help(option, dates)),
  ) as Record<K, DatedHelp>
}

/** Every dated help table, its texts as message ids, for tests and tools that read them whole. */
export const DATED_HELP = {
  ask: table('ask', ASK),
  framing: table('framing', FRAMING),
  force: table('force', FORCE),
  mission: table('mission', MISSION),
  days: table('days', DAYS),
  response: table('response', RESPONSE),
  vote: table('vote', VOTE),
  reaction: table('reaction', REACTION),
  exit: table('exit', EXIT),
} as const

/** The help beside every option, as a player in a scenario starting on `start` may read it, in `t`'s language. */
export function decisionHelp(start: string, t: Translate) {
  return Object.fromEntries(
    (Object.entries(DATED_HELP) as [string, Readonly<Record<string, DatedHelp>>][]).map(([name, table]) => [
      name,
      tableAsOf(table, start, t),
    ]),
  ) as { readonly [T in keyof typeof DATED_HELP]: Readonly<Record<keyof (typeof DATED_HELP)[T], HelpRead>> }
}
export type DecisionHelp = ReturnType<typeof decisionHelp>
