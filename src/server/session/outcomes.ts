// A finished table's outcome, from the engine's report: computed once per table (tables are immutable
// once finished), on demand, so the transport can send a reveal first and the outcome a moment later.
import { formatDecision, withFacts } from '../../engine'
import { INDICATORS } from '../../scenario'
import type { OutcomeView } from '../protocol'
import { reportOf } from './table-play'
import type { Session, Table } from './types'

const computed = new WeakMap<Table, OutcomeView>()

/** The outcome if it has been computed already; never computes (for views on the hot path). */
export const knownOutcome = (_s: Session, table: Table): OutcomeView | null => computed.get(table) ?? null

/** The outcome of a finished table, computing it the first time (tens of milliseconds). */
export function outcomeOf(s: Session, table: Table): OutcomeView | null {
  if (table.state.kind !== 'finished') return null
  const known = computed.get(table)
  if (known) return known
  const changes = s.released
    .slice(0, table.state.injects)
    .flatMap((r) => s.base.injects.find((i) => i.id === r.inject)?.changes ?? [])
  const report = reportOf(withFacts(s.base, changes), s.settings.temperature, s.settings.seed, table.moves)
  const d = report.deployment
  const outcome: OutcomeView = {
    verdict: report.verdict.status,
    deployment:
      d.kind === 'none'
        ? { kind: 'none', why: d.why }
        : {
            kind: 'deployed',
            grant: formatDecision(d.grant),
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
  computed.set(table, outcome)
  return outcome
}

/** Finished tables whose outcome is still to compute. */
export const missingOutcomes = (s: Session): Table[] =>
  s.tables.filter((t) => t.state.kind === 'finished' && !computed.has(t))
