// Prints a played scenario for the terminal: the verdict rule by rule, each move with its reasons, the outcome bands.
import {
  type DecisionPoint,
  describeDecision,
  FORCE_LABEL,
  formatDecision,
  INDICATOR_LABEL,
  INDICATORS,
  MISSION_LABEL,
  type Move,
  type PlayResult,
  type Reason,
  type Report,
  type RuleResult,
  SMALLEST_REASON,
} from '../engine'
import type { Scenario } from '../scenario'
import { verdictWords } from './ui-words'

const MARK: Readonly<Record<RuleResult['status'], string>> = { holds: '✓', contested: '?', fails: '✗' }

const signed = (x: number, digits = 1): string => `${x >= 0 ? '+' : ''}${x.toFixed(digits)}`

export function formatReason(r: Reason): string {
  switch (r.kind) {
    case 'norm':
      return `its reading of "aggression" (${signed(r.effect, 2)})`
    case 'participation':
      return `its own soldiers (${signed(r.effect, 2)})`
    case 'border':
      return `Russian troops at its own border (${signed(r.effect, 2)})`
    case 'precedent':
      return `the precedent for its own internal conflicts (${signed(r.effect, 2)})`
    case 'indicator':
      return `${INDICATOR_LABEL[r.indicator]} ${signed(r.delta)} pts × weight ${r.weight.toFixed(2)} (${signed(r.effect, 2)})`
  }
}

export function formatMove(scenario: Scenario, m: Move, n: number): string[] {
  const name = scenario.actors[m.actor]?.name ?? m.actor
  const lines = [`${n}. ${name} (${m.by}) ${describeDecision(m.decision)}.`]
  if (m.by === 'player' && formatDecision(m.best) !== formatDecision(m.decision))
    lines.push(`   The engine would have chosen: ${describeDecision(m.best)}.`)
  const why = m.reasons.slice(0, 3).map(formatReason)
  if (why.length > 0 && m.against)
    lines.push(
      m.by === 'player'
        ? `   Against that: ${why.join('; ')}`
        : `   Why (the alternative: it ${describeDecision(m.against)}): ${why.join('; ')}`,
    )
  else if (m.against && m.by === 'engine')
    lines.push(
      `   Why (the alternative: it ${describeDecision(m.against)}): ${
        m.blockedBy
          ? `the vote would change nothing, since ${scenario.actors[m.blockedBy]?.name ?? m.blockedBy} was expected to block the decision in any case`
          : `nearly even for it; no term worth ${SMALLEST_REASON} or more`
      }`,
    )
  return lines
}

export function formatVerdict(report: Report): string[] {
  return [
    `Treaty verdict: ${verdictWords(report.verdict.status)}`,
    ...report.verdict.rules.map(
      (r) => `  ${MARK[r.status]} ${r.title}: ${r.reason} [${r.clauses.map((c) => c.label).join('; ')}]`,
    ),
  ]
}

export function formatOutcomes(report: Report): string[] {
  const width = Math.max(...INDICATORS.map((k) => INDICATOR_LABEL[k].length))
  return [
    'Outcomes (median and 10–90% band, 0–100):',
    ...INDICATORS.map((k) => {
      const o = report.outcomes[k]
      const bar = ' '.repeat(Math.round(o.p10 / 5)) + '■'.repeat(Math.max(1, Math.round((o.p90 - o.p10) / 5)))
      return `  ${INDICATOR_LABEL[k].padEnd(width)}  ${o.median.toFixed(0).padStart(3)}  [${o.p10.toFixed(0)}–${o.p90.toFixed(0)}]  ${bar}`
    }),
  ]
}

/** Who went, how many, doing what and for how long: an observer mission's people are officers, not troops. */
function formatDeployment(scenario: Scenario, report: Report): string[] {
  const d = report.deployment
  if (d.kind !== 'deployed' || !report.contingent) return []
  const count = (n: number) => n.toLocaleString('en')
  const shares = report.contingent.shares
    .filter((s) => s.troops > 0)
    .map((s) => `${scenario.actors[s.actor]?.name ?? s.actor} ${count(s.troops)}`)
  const people = d.unit === 'observers' ? 'officers' : 'troops'
  return [
    `On the ground: about ${count(report.contingent.troops)} ${people} (${shares.join(', ')}) ${d.unit === 'russian-force' ? "of Russia's own, outside the alliance" : `in ${FORCE_LABEL[d.unit]}`}, to ${MISSION_LABEL[d.mission]} for ${d.days} days.`,
    '',
  ]
}

/** A decision point's options, each as the --choose that takes it. */
const options = (point: DecisionPoint): string[] =>
  point.options.map((o) => `  --choose ${formatDecision(o)}`)

/**
 * `role` is the role the reader plays, as they named it (`--as kremlin`): a choice waited for or refused is said
 * of it, with the options it has there.
 */
export function formatPlay(
  scenario: Scenario,
  result: PlayResult,
  seed: number,
  temperature: number,
  role?: string,
): string {
  const lines = [`${scenario.title} — seed ${seed}, temperature ${temperature}`, '']
  lines.push('Decisions:', ...result.moves.flatMap((m, i) => formatMove(scenario, m, i + 1)), '')
  switch (result.status) {
    case 'awaiting':
      lines.push(
        `Waiting for ${role ?? result.pending.actor} (${result.pending.stage}). Options:`,
        ...options(result.pending),
      )
      break
    case 'invalid': {
      const { wanted, pending } = result
      const who = role ?? pending.actor
      const actor = scenario.actors[pending.actor]?.name
      lines.push(
        `Not a valid choice: "${formatDecision(wanted)}" is not an option for ${who}${actor && actor !== who ? ` (${actor})` : ''} at the ${pending.stage} stage. Its options:`,
        ...options(pending),
      )
      break
    }
    case 'finished': {
      const { report } = result
      lines.push(...formatVerdict(report), '')
      lines.push(...formatDeployment(scenario, report))
      lines.push(...formatOutcomes(report))
    }
  }
  return lines.join('\n')
}
