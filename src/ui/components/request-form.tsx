// The requester's decision: whether to ask under Article 4 and, if so, how to describe the threat, what help to
// ask for and for how long, each choice among those the engine offers, with its help.
import { type FormEvent, useState } from 'react'
import type { Decision, Duration, Force, Framing } from '../../store'
import { useText } from '../i18n/use-text'
import { FRAMING_LABEL } from '../words/decisions'
import { ChoiceGroup } from './choice-group'
import { daysChoices, FormEnd, type FormProps, forceChoices, unique } from './decision-form-parts'
import { useDraftField } from './draft-fields'

type Request = Extract<Decision, { kind: 'request' }>

export function RequestForm({ point, onDecide, initial, help: text }: FormProps) {
  const t = useText()
  const requests = point.options.filter((o): o is Request => o.kind === 'request')
  const sent = initial?.kind === 'request' ? initial : undefined
  const [ask, setAsk] = useDraftField<'request' | 'no-request'>(
    'ask',
    initial?.kind === 'request' || initial?.kind === 'no-request' ? initial.kind : undefined,
  )
  const [framing, setFraming] = useDraftField<Framing>('framing', sent?.framing)
  const [help, setHelp] = useDraftField<Force>('help', sent?.help)
  const [days, setDays] = useDraftField<Duration>('days', sent?.days)
  const [error, setError] = useState<string>()
  // The message says what was missing when the form was sent: the next choice answers it, and sending again checks anew.
  const clearError = () => setError(undefined)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!ask) return setError('form.errorAsk')
    const found =
      ask === 'no-request'
        ? point.options.find((o) => o.kind === 'no-request')
        : requests.find((r) => r.framing === framing && r.help === help && r.days === days)
    if (!found) return setError('form.errorRequest')
    onDecide(found)
  }
  return (
    <form
      className="decision-form"
      onSubmit={submit}
      onChange={clearError}
      aria-label={t('form.request')}
      noValidate
    >
      <ChoiceGroup
        legend={t('form.doYouAsk')}
        testId="choice-ask"
        value={ask}
        onChange={setAsk}
        choices={[
          { value: 'request', label: t('form.ask'), help: text.ask.request },
          { value: 'no-request', label: t('form.noRequest'), help: text.ask['no-request'] },
        ]}
      />
      {ask === 'request' ? (
        <>
          <ChoiceGroup
            legend={t('form.framing')}
            testId="choice-framing"
            value={framing}
            onChange={setFraming}
            choices={unique(requests.map((r) => r.framing)).map((f) => ({
              value: f,
              label: t(FRAMING_LABEL[f]),
              help: text.framing[f],
            }))}
          />
          <ChoiceGroup
            legend={t('form.help')}
            testId="choice-help"
            value={help}
            onChange={setHelp}
            choices={forceChoices(t, unique(requests.map((r) => r.help)), text)}
          />
          <ChoiceGroup
            legend={t('form.howLong')}
            testId="choice-days"
            value={days}
            onChange={setDays}
            choices={daysChoices(t, unique(requests.map((r) => r.days)), text)}
          />
        </>
      ) : null}
      <FormEnd error={error} label={t(ask === 'no-request' ? 'form.noRequest' : 'form.send')} />
    </form>
  )
}
