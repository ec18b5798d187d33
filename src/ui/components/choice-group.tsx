// A labelled group of radio buttons, each option with its help text read out as its description.
import './choice-group.css'
import { useId } from 'react'

export interface Choice<T extends string | number> {
  readonly value: T
  readonly label: string
  readonly help: string
}

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
  const id = useId()
  return (
    <fieldset className="choice-group" data-testid={testId}>
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const inputId = `${id}-${choice.value}`
        return (
          <div key={choice.value} className={`choice${value === choice.value ? ' selected' : ''}`}>
            <input
              type="radio"
              id={inputId}
              name={id}
              value={String(choice.value)}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              aria-describedby={`${inputId}-help`}
            />
            <label htmlFor={inputId}>{choice.label}</label>
            <p id={`${inputId}-help`} className="choice-help">
              {choice.help}
            </p>
          </div>
        )
      })}
    </fieldset>
  )
}
