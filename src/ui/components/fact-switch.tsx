// One what-if switch: where the fighting is, the kind of crisis or the adversary, as a group of radio buttons with
// the scenario's own value first. Choosing a value replays the game in full.
import './fact-slider.css'
import { memo, useId } from 'react'
import { type SwitchFact, type SwitchValue, switchKey } from '../../store'
import { useText } from '../i18n/use-text'
import { inertText } from '../words/inert-note'

export interface SwitchChoice {
  readonly value: SwitchValue
  /** The value in words, as its radio button reads. */
  readonly text: string
}

// Drawn again only when its own props change: a move of a slider leaves the switches as they were.
export const FactSwitch = memo(function FactSwitch({
  fact,
  legend,
  choices,
  value,
  inert,
  othersMoved = false,
  onChoose,
  onReset,
}: {
  fact: SwitchFact
  legend: string
  /** The scenario's own value first, then the alternatives. */
  choices: readonly SwitchChoice[]
  value: SwitchValue
  /** Why no value of this fact changes anybody's decision in this crisis when the engine plays every side, if so. */
  inert?: string | undefined
  /** Another fact is off the crisis's own value, where the note was not checked. */
  othersMoved?: boolean
  onChoose: (value: SwitchValue) => void
  onReset: () => void
}) {
  const t = useText()
  const name = useId()
  const chosen = switchKey(value)
  const changed = chosen !== switchKey(choices[0]!.value)
  return (
    <fieldset
      className={`fact-slider fact-switch${changed ? ' changed' : ''}`}
      data-testid={`whatif-switch-${fact}`}
    >
      <legend>
        {legend}
        {changed ? (
          <>
            {' '}
            <span className="fact-slider-changed">— {t('whatIf.slider.changed')}</span>
          </>
        ) : null}
      </legend>
      {choices.map((choice, i) => {
        const key = switchKey(choice.value)
        return (
          <label key={key} className="fact-switch-choice">
            <input
              type="radio"
              name={name}
              value={key}
              checked={key === chosen}
              onChange={() => onChoose(choice.value)}
            />
            <span>
              {choice.text}
              {i === 0 ? (
                <>
                  {' '}
                  <span className="fact-switch-own">{t('whatIf.switch.asItWas')}</span>
                </>
              ) : null}
            </span>
          </label>
        )
      })}
      {changed || inert ? (
        <p className="slider-note">
          {changed ? (
            <button type="button" className="link-button" onClick={onReset}>
              {t('whatIf.slider.reset')} <span className="visually-hidden">{legend}</span>
            </button>
          ) : null}
          {inert ? <span className="slider-inert"> {inertText(inert, othersMoved, t)}</span> : null}
        </p>
      ) : null}
    </fieldset>
  )
})
