// "Show the numbers": the model's figures behind a reason in words, for the student who wants them.
import type { Move } from '../../store'
import { SMALLEST_REASON } from '../../store/engine-face'
import { formatDecimal, signed } from '../format'
import { useLanguage, useText } from '../i18n/use-text'
import { decisionInsteadOf } from '../words/decisions'
import { INDICATOR_TITLE } from '../words/indicators'

/** The heading of each reason that is an actor's own term rather than an indicator. */
const OWN_TERM = {
  norm: 'reasons.norm',
  participation: 'reasons.participation',
  border: 'reasons.border',
  precedent: 'reasons.precedent',
} as const

export function ReasonNumbers({ move, mine }: { move: Move; mine: boolean }) {
  const t = useText()
  const language = useLanguage()
  if (!move.against) return null
  const instead = decisionInsteadOf(move.decision, move.against, t)
  const worth = (effect: number) => t('reasons.worth', { worth: signed(effect, 3, language) })
  return (
    <details className="reason-numbers">
      <summary>{t('reasons.show')}</summary>
      {move.reasons.length === 0 ? (
        <p>{t('reasons.none', { instead, smallest: formatDecimal(SMALLEST_REASON, 3, language) })}</p>
      ) : (
        <>
          <p>{t('reasons.intro', { instead })}</p>
          <ul>
            {move.reasons.map((r) => (
              <li key={r.kind === 'indicator' ? r.indicator : r.kind}>
                {r.kind === 'indicator' ? (
                  <>
                    {t(INDICATOR_TITLE[r.indicator])}:{' '}
                    {t('reasons.points', { delta: signed(r.delta, 1, language) })},{' '}
                    {t('reasons.weight', { weight: signed(r.weight, 2, language) })}, {worth(r.effect)}
                  </>
                ) : (
                  <>
                    {t(OWN_TERM[r.kind])}: {worth(r.effect)}
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        {/* A margin shown as 0.000 would read as "worth 0.000 less": say the two were worth the same, as shown. */}
        {Number(Math.abs(move.margin).toFixed(3)) === 0
          ? t('reasons.marginNone', { mine: mine ? 'yes' : 'no' })
          : t('reasons.margin', {
              margin: formatDecimal(Math.abs(move.margin), 3, language),
              more: move.margin >= 0 ? 'yes' : 'no',
              mine: mine ? 'yes' : 'no',
            })}
      </p>
    </details>
  )
}
