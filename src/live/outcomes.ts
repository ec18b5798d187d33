// A finished table's outcome, from the engine's report: computed once per table (tables are immutable
// once finished), on demand, so the transport can send a reveal first and the outcome a moment later.
import { formatDecision } from '../engine'
import type { Scenario } from '../scenario'
import { INDICATORS } from '../scenario'
import { playedUnder } from './played-under'
import type { OutcomeView } from './protocol'
import { scenarioWith } from './reduce'
import { reportOf } from './table-play'
import type { Session, Table, TableMove } from './types'

const computed = new WeakMap<Table, OutcomeView>()

/** The outcome if it has been computed already; never computes (for views on the hot path). */
export const knownOutcome = (_s: Session, table: Table): OutcomeView | null => computed.get(table) ?? null

/** The outcome of a finished table, computing it the first time (tens of milliseconds). */
export function outcomeOf(s: Session, table: Table): OutcomeView | null {
  if (table.state.kind !== 'finished') return null
  const known = computed.get(table)
  if (known) return known
  const job = outcomeJob(s, table)
  const outcome = computeOutcome(job)
  computed.set(table, outcome)
  return outcome
}

/** Everything an outcome depends on, as plain data: what a worker thread receives. */
export interface OutcomeJob {
  readonly scenario: Scenario
  /** The same key, the same scenario: a worker receives a copy and keeps one per key, to reuse its solved tree. */
  readonly scenarioKey: string
  readonly seed: number
  readonly moves: readonly TableMove[]
}

const numbers = new WeakMap<Scenario, number>()
let counter = 0
const numberOf = (base: Scenario): number => {
  let n = numbers.get(base)
  if (n === undefined) {
    n = ++counter
    numbers.set(base, n)
  }
  return n
}
export function outcomeJob(s: Session, table: Table): OutcomeJob {
  const injects = table.state.kind === 'finished' ? playedUnder(s, table).map((r) => r.inject) : []
  return {
    scenario: scenarioWith(s.base, injects),
    scenarioKey: `${numberOf(s.base)}|${injects.join('|')}`,
    seed: s.settings.seed,
    moves: table.moves,
  }
}

/** Keeps an outcome computed elsewhere (a worker thread) for this table. */
export function rememberOutcome(table: Table, outcome: OutcomeView): void {
  computed.set(table, outcome)
}

export function computeOutcome(job: OutcomeJob): OutcomeView {
  const report = reportOf(job.scenario, job.seed, job.moves)
  const d = report.deployment
  return {
    verdict: report.verdict.status,
    deployment:
      d.kind === 'none'
        ? { kind: 'none', why: d.why }
        : d.kind === 'aid'
          ? { kind: 'aid' }
          : {
              kind: 'deployed',
              grant: formatDecision(report.course.response!),
              days: d.days,
              troops: report.contingent?.troops ?? 0,
            },
    indicators: Object.fromEntries(
      INDICATORS.map((k) => {
        const o = report.outcomes[k]
        return [k, { median: o.median, p10: o.p10, p90: o.p90 }]
      }),
    ) as OutcomeView['indicators'],
    actors: report.actors.map((a) => ({
      actor: a.actor,
      utility: a.utility,
      engineUtility: a.engineUtility,
    })),
  }
}

/** Finished tables whose outcome is still to compute. */
export const missingOutcomes = (s: Session): Table[] =>
  s.tables.filter((t) => t.state.kind === 'finished' && !computed.has(t))
