// The engine's game beside the scenario's historical record, for the terminal: one line per aspect, marked where
// they agree (✓), where they part (✗), and where the record or the game is silent.
import { compareWithHistory, type HistoryAspect, type Report } from '../engine'
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

/** Lines setting the game beside history; none for a scenario without a record. */
export function formatHistory(scenario: Scenario, report: Report): string[] {
  const comparison = compareWithHistory(scenario, report.course, report.contingent)
  if (!comparison) return []
  const rows = comparison.rows
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
