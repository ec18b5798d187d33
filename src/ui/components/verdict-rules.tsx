// The treaty verdict rule by rule: whether each condition held, why in plain words, the facts it read behind
// "Show the numbers", and the clause it stands on.
import './verdict-rules.css'
import type { ReactNode } from 'react'
import type { RuleStatus, ShownVerdict, Verdict } from '../../store'
import { formatFigure } from '../format'
import { useLanguage, useText } from '../i18n/use-text'
import { clauseWords } from '../words/clauses'
import { type Council, ruleReason, ruleTitle } from '../words/rules'
import { FACT_WORDS, factValueText, STATUS_WORDS, VERDICT_WORDS } from '../words/verdicts'

const STATUS_MARK: Readonly<Record<RuleStatus, string>> = { holds: '✓', contested: '?', fails: '✗' }

export function VerdictBadge({ status }: { status: ShownVerdict }) {
  const t = useText()
  return <span className={`verdict-badge ${status}`}>{t(VERDICT_WORDS[status])}</span>
}

export function VerdictRules({
  verdict,
  sources = true,
  council,
}: {
  verdict: Verdict
  sources?: boolean
  /** The Council's votes, to word the consensus rule: a game's verdict has them, a reading before one does not. */
  council?: Omit<Council, 'language'>
}) {
  const t = useText()
  const language = useLanguage()
  return (
    <>
      <p className="verdict-text">
        {t('verdict.read', { text: verdict.text === '1992' ? 'original' : 'amended' })}
      </p>
      <ol className="rules">
        {verdict.rules.map((rule) => {
          const title = ruleTitle(rule, verdict.text, t)
          return (
            <li key={rule.rule} className={`rule ${rule.status}`}>
              <p className="rule-head">
                <span className={`rule-status ${rule.status}`}>
                  <span aria-hidden="true">{STATUS_MARK[rule.status]} </span>
                  {t(STATUS_WORDS[rule.status])}
                </span>{' '}
                <strong>{title}</strong>
              </p>
              <p className="rule-reason">
                {ruleReason(rule, verdict.text, t, council && { ...council, language })}
              </p>
              {rule.facts.some((f) => typeof f.value === 'number') ? (
                <RuleDetails className="rule-numbers" summary={t('verdict.numbers')} rule={title}>
                  {rule.facts.map((f) => (
                    <li key={f.path}>
                      {t(FACT_WORDS[f.path])}:{' '}
                      <strong>
                        {typeof f.value === 'number'
                          ? formatFigure(f.value, language)
                          : factValueText(f.path, String(f.value), t)}
                      </strong>
                    </li>
                  ))}
                </RuleDetails>
              ) : null}
              {sources && rule.clauses.length > 0 ? (
                <RuleDetails className="rule-sources" summary={t('verdict.sources')} rule={title}>
                  {rule.clauses.map((c) => {
                    const words = clauseWords(c, t)
                    return (
                      <li key={c.id}>
                        <strong>{words.label}.</strong> {words.citation}
                      </li>
                    )
                  })}
                </RuleDetails>
              ) : null}
            </li>
          )
        })}
      </ol>
    </>
  )
}

/** A rule's folded list (its numbers, its sources), its summary naming the rule for a screen reader's list of them. */
function RuleDetails({
  className,
  summary,
  rule,
  children,
}: {
  className: string
  summary: string
  rule: string
  children: ReactNode
}) {
  return (
    <details className={className}>
      <summary>
        {summary}
        <span className="visually-hidden">: {rule}</span>
      </summary>
      <ul>{children}</ul>
    </details>
  )
}
