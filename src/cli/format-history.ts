// The engine's game beside the scenario's historical record, for the terminal: one line per aspect, marked where
// they agree (✓), where they part (✗), and where the record or the game is silent.
import {
  compareWithHistory,
  type Decision,
  describeDecision,
  FORCE_LABEL,
  FRAMING_LABEL,
  type HistoryAspect,
  type HistoryRow,
  MISSION_LABEL,
  RECORDED_RESPONSE_LABEL,
  type Report,
} from '../engine'
import type { Scenario } from '../scenario'

const ASPECT: Readonly<Record<HistoryAspect, string>> = {
  requested: 'asked for help',
  framing: 'framing',
  help: 'help asked for',
  response: 'response',
  mission: 'mission',
  council: 'Council',
  troops: 'troops',
  days: 'days',
  china: 'China',
}

/**
 * A value of a row in the words the moves above it use (the engine's labels), where the row holds an id: a
 * framing, a force, a mission, a response, China's reaction, the members of the Council by name.
 */
function valueWords(scenario: Scenario, aspect: HistoryAspect, value: string): string {
  if (value === '-') return value
  const label = (labels: Readonly<Record<string, string>>) => labels[value] ?? value
  switch (aspect) {
    case 'framing':
      return label(FRAMING_LABEL)
    case 'help':
      return label(FORCE_LABEL)
    case 'mission':
      return label(MISSION_LABEL)
    case 'response':
      return label(RECORDED_RESPONSE_LABEL)
    case 'china': {
      // The record says "silent" where the move is "stay-silent".
      const kind = value === 'silent' ? 'stay-silent' : value
      return ['endorse', 'stay-silent', 'warn'].includes(kind)
        ? describeDecision({ kind } as Decision)
        : value
    }
    case 'council':
      return value
        .split('; ')
        .map((part) =>
          part.replace(
            /^(\S+)(?= (?:objected|stayed out)$)/,
            (id) => scenario.actors[id as keyof Scenario['actors']]?.name ?? id,
          ),
        )
        .join('; ')
    default:
      return value
  }
}

/** Lines setting the game beside history; none for a scenario without a record. */
export function formatHistory(scenario: Scenario, report: Report): string[] {
  const comparison = compareWithHistory(scenario, report.course, report.contingent)
  if (!comparison) return []
  const rows: HistoryRow[] = comparison.rows.map((r) => ({
    ...r,
    game: valueWords(scenario, r.aspect, r.game),
    record: valueWords(scenario, r.aspect, r.record),
  }))
  const width = (f: (r: (typeof rows)[number]) => string) => Math.max(...rows.map((r) => f(r).length))
  const a = Math.max(...rows.map((r) => ASPECT[r.aspect].length))
  const g = Math.max(
    'the game'.length,
    width((r) => r.game),
  )
  const line = (aspect: string, game: string, record: string, mark: string) =>
    `  ${aspect.padEnd(a)}  ${game.padEnd(g)}  ${record.padEnd(width((r) => r.record))}  ${mark}`.trimEnd()
  const departures = comparison.departures.map((d) => ASPECT[d])
  return [
    'Beside history:',
    line('', 'the game', 'the record', ''),
    ...rows.map((r) =>
      line(ASPECT[r.aspect], r.game, r.record, r.matches === undefined ? '' : r.matches ? '✓' : '✗'),
    ),
    departures.length > 0
      ? `The game departs from the record on: ${departures.join(', ')}.`
      : 'The game follows the record wherever both say something.',
  ]
}
