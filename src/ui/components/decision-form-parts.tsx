// What the decision forms share: their props, the choices of a duration and of a force with their help, and the
// end of a form (its error, said as an alert, and its button).
import type { Decision, DecisionPoint, Duration, Force } from '../../store'
import type { DecisionHelp } from '../decision-help'
import { type Translate, useText } from '../i18n/use-text'
import { FORCE_LABEL } from '../words/decisions'
import type { Choice } from './choice-group'

export interface FormProps {
  readonly point: DecisionPoint
  readonly onDecide: (decision: Decision) => void
  /** A decision to start from, every field chosen as in it: a live team changing the one it sent. */
  readonly initial?: Decision | undefined
  /** The help beside each option, with only the precedents that came before the scenario's start. */
  readonly help: DecisionHelp
}

export const unique = <T,>(xs: readonly T[]): T[] => [...new Set(xs)]
export const daysChoices = (
  t: Translate,
  days: readonly Duration[],
  help: DecisionHelp,
): Choice<Duration>[] =>
  days.map((d) => ({ value: d, label: t('form.days', { days: d }), help: help.days[d] }))
export const forceChoices = (t: Translate, forces: readonly Force[], help: DecisionHelp): Choice<Force>[] =>
  forces.map((f) => ({ value: f, label: t(FORCE_LABEL[f]), help: help.force[f] }))

export function FormEnd({ error, label }: { error: string | undefined; label: string }) {
  const t = useText()
  return (
    <div className="form-end">
      {error ? (
        <p className="field-error" role="alert">
          {t(error)}
        </p>
      ) : null}
      <button type="submit" className="button" data-testid="decide-submit">
        {label}
      </button>
    </div>
  )
}
