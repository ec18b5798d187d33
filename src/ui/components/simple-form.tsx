// A decision of one choice among a few: a member's vote in the Council, Beijing's reaction, the requester's word
// on the contingent staying.
import { type FormEvent, useState } from 'react'
import { useText } from '../i18n/use-text'
import type { HelpRead } from '../precedents'
import { ChoiceGroup } from './choice-group'
import { FormEnd, type FormProps } from './decision-form-parts'
import { useDraftField } from './draft-fields'

type SimpleKind =
  | 'consent'
  | 'abstain'
  | 'object'
  | 'endorse'
  | 'stay-silent'
  | 'warn'
  | 'keep'
  | 'ask-to-leave'
const SIMPLE_LABEL: Readonly<Record<SimpleKind, string>> = {
  consent: 'form.simple.consent',
  abstain: 'form.simple.abstain',
  object: 'form.simple.object',
  endorse: 'form.simple.endorse',
  'stay-silent': 'form.simple.stay-silent',
  warn: 'form.simple.warn',
  keep: 'form.simple.keep',
  'ask-to-leave': 'form.simple.ask-to-leave',
}

/** An option the help tables do not describe. */
const NO_HELP: HelpRead = { text: '', precedents: [] }

export function SimpleForm({
  point,
  onDecide,
  initial,
  legend,
  choiceHelp,
  submit: label,
}: FormProps & {
  legend: string
  choiceHelp: Readonly<Partial<Record<SimpleKind, HelpRead>>>
  submit: string
}) {
  const t = useText()
  const kinds = point.options.map((o) => o.kind as SimpleKind)
  const [choice, setChoice] = useDraftField<SimpleKind>(
    'choice',
    kinds.find((k) => k === initial?.kind),
  )
  const [error, setError] = useState<string>()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found = point.options.find((o) => o.kind === choice)
    if (!found) return setError('form.errorOption')
    onDecide(found)
  }
  return (
    <form className="decision-form" onSubmit={submit} aria-label={legend} noValidate>
      <ChoiceGroup
        legend={legend}
        testId={`choice-${point.stage}`}
        value={choice}
        onChange={setChoice}
        choices={kinds.map((k) => ({ value: k, label: t(SIMPLE_LABEL[k]), help: choiceHelp[k] ?? NO_HELP }))}
      />
      <FormEnd error={error} label={label} />
    </form>
  )
}
