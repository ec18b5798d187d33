// A labelled group of radio buttons, each option with its help text and the precedents that illustrate it read out
// as its description, the precedents under a disclosure: open on a wide screen, folded on a narrower one, where a
// choice's four precedents once pushed the form's button a screen and a half down a phone.
import './choice-group.css'
import { useId, useState } from 'react'
import { useText } from '../i18n/use-text'
import type { HelpRead } from '../precedents'

export interface Choice<T extends string | number> {
  readonly value: T
  readonly label: string
  readonly help: HelpRead
}

/** Below this the decide screen is one column (decide-screen.css), and an option's precedents start folded. */
const NARROW = '(max-width: 59.99rem)'

const narrow = (): boolean => typeof window.matchMedia === 'function' && window.matchMedia(NARROW).matches

export function ChoiceGroup<T extends string | number>({
  legend,
  choices,
  value,
  onChange,
  testId,
}: {
  legend: string
  choices: readonly Choice<T>[]
  value: T | undefined
  onChange: (value: T) => void
  testId?: string
}) {
  const t = useText()
  const id = useId()
  // Measured once: a precedent opened or closed by the reader stays so when the window turns.
  const [folded] = useState(narrow)
  return (
    <fieldset className="choice-group" data-testid={testId}>
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const inputId = `${id}-${choice.value}`
        const { precedents } = choice.help
        return (
          <div key={choice.value} className={`choice${value === choice.value ? ' selected' : ''}`}>
            <input
              type="radio"
              id={inputId}
              name={id}
              value={String(choice.value)}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              // The precedents too, folded or not: a screen reader hears them with the option, as it always did.
              aria-describedby={
                precedents.length > 0 ? `${inputId}-help ${inputId}-precedents` : `${inputId}-help`
              }
            />
            <label htmlFor={inputId}>{choice.label}</label>
            <p id={`${inputId}-help`} className="choice-help">
              {choice.help.text}
            </p>
            {precedents.length > 0 ? (
              <details className="choice-precedents" open={!folded}>
                <summary>{t('form.precedents', { count: precedents.length })}</summary>
                <div id={`${inputId}-precedents`}>
                  {precedents.map((p) => (
                    <p key={p}>{p}</p>
                  ))}
                </div>
              </details>
            ) : null}
          </div>
        )
      })}
    </fieldset>
  )
}
