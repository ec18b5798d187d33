// The treaty verdict rule by rule: whether each condition held, why in plain words, the facts it read behind
// "Show the numbers", and the clause it stands on.
import './verdict-rules.css'
import type { RuleStatus, Verdict, VerdictStatus } from '../../store'
import { factWords, plainReason, STATUS_WORDS, VERDICT_WORDS } from '../words/verdicts'

const STATUS_MARK: Readonly<Record<RuleStatus, string>> = { holds: '✓', contested: '?', fails: '✗' }

const TEXT = {
  numbers: 'Show the numbers',
  sources: 'What it stands on',
  read: (label: string) => `Read under ${label}.`,
}

export function VerdictBadge({ status }: { status: VerdictStatus }) {
  return <span className={`verdict-badge ${status}`}>{VERDICT_WORDS[status]}</span>
}

export function VerdictRules({ verdict, sources = true }: { verdict: Verdict; sources?: boolean }) {
  return (
    <>
      <p className="verdict-text">{TEXT.read(verdict.textLabel)}</p>
      <ol className="rules">
        {verdict.rules.map((rule) => (
          <li key={rule.rule} className={`rule ${rule.status}`}>
            <p className="rule-head">
              <span className={`rule-status ${rule.status}`}>
                <span aria-hidden="true">{STATUS_MARK[rule.status]} </span>
                {STATUS_WORDS[rule.status]}
              </span>{' '}
              <strong>{rule.title}</strong>
            </p>
            <p className="rule-reason">{plainReason(rule.reason)}</p>
            {rule.facts.some((f) => typeof f.value === 'number') ? (
              <details className="rule-numbers">
                <summary>
                  {TEXT.numbers}
                  <span className="visually-hidden">: {rule.title}</span>
                </summary>
                <ul>
                  {rule.facts.map((f) => (
                    <li key={f.path}>
                      {factWords(f.path)}: <strong>{String(f.value)}</strong>
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
            {sources && rule.clauses.length > 0 ? (
              <details className="rule-sources">
                <summary>
                  {TEXT.sources}
                  <span className="visually-hidden">: {rule.title}</span>
                </summary>
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
    </>
  )
}
