// The treaty verdict rule by rule: what each condition saw, whether it held, and the clause it stands on.
import type { RuleStatus, Verdict, VerdictStatus } from '../../engine'

export const VERDICT_TEXT: Readonly<Record<VerdictStatus, string>> = {
  eligible: 'Eligible: every condition of Article 4 holds',
  contested: 'Contested: the treaty can be read either way',
  'not-eligible': 'Not eligible: a condition of Article 4 fails',
}

const STATUS_TEXT: Readonly<Record<RuleStatus, string>> = {
  holds: 'Holds',
  contested: 'Contested',
  fails: 'Fails',
}
const STATUS_MARK: Readonly<Record<RuleStatus, string>> = { holds: '✓', contested: '?', fails: '✗' }

export function VerdictBadge({ status }: { status: VerdictStatus }) {
  return <span className={`verdict-badge ${status}`}>{VERDICT_TEXT[status]}</span>
}

export function VerdictRules({ verdict, sources = true }: { verdict: Verdict; sources?: boolean }) {
  return (
    <ol className="rules">
      {verdict.rules.map((rule) => (
        <li key={rule.rule} className={`rule ${rule.status}`}>
          <p className="rule-head">
            <span className={`rule-status ${rule.status}`}>
              <span aria-hidden="true">{STATUS_MARK[rule.status]} </span>
              {STATUS_TEXT[rule.status]}
            </span>{' '}
            <strong>{rule.title}</strong>
          </p>
          <p className="rule-reason">{rule.reason}</p>
          {sources ? (
            <details className="rule-sources">
              <summary>What it stands on</summary>
              <ul>
                {rule.clauses.map((c) => (
                  <li key={c.id}>
                    <strong>{c.label}.</strong> {c.citation}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  )
}
