// The player's decision at the point the engine is waiting on: only the options the engine offers, each with its help.
import './decision-form.css'
import { type FormEvent, useState } from 'react'
import type { Decision, DecisionPoint, Duration, Force, Framing, Mission } from '../../store'
import { type DecisionHelp, decisionHelp } from '../decision-help'
import { type Translate, useText } from '../i18n/use-text'
import { FORCE_LABEL, FRAMING_LABEL, MISSION_LABEL } from '../words/decisions'
import { type Choice, ChoiceGroup } from './choice-group'

type Request = Extract<Decision, { kind: 'request' }>
type Grant = Extract<Decision, { kind: 'grant' }>
type Bilateral = Extract<Decision, { kind: 'bilateral' }>

interface FormProps {
  readonly point: DecisionPoint
  readonly onDecide: (decision: Decision) => void
  /** The help beside each option, with only the precedents that came before the scenario's start. */
  readonly help: DecisionHelp
}

export function DecisionForm({
  point,
  onDecide,
  start,
}: Omit<FormProps, 'help'> & {
  /** The scenario's start date: the help cites only precedents before it. */
  readonly start: string
}) {
  const t = useText()
  const help = decisionHelp(start, t)
  switch (point.stage) {
    case 'request':
      return <RequestForm point={point} onDecide={onDecide} help={help} />
    case 'response':
      return <ResponseForm point={point} onDecide={onDecide} help={help} />
    case 'vote':
      return (
        <SimpleForm
          point={point}
          onDecide={onDecide}
          legend={t('form.vote')}
          help={help}
          choiceHelp={help.vote}
          submit={t('form.castVote')}
        />
      )
    case 'reaction':
      return (
        <SimpleForm
          point={point}
          onDecide={onDecide}
          legend={t('form.beijing')}
          help={help}
          choiceHelp={help.reaction}
          submit={t('form.respond')}
        />
      )
    case 'exit':
      return (
        <SimpleForm
          point={point}
          onDecide={onDecide}
          legend={t('form.contingent')}
          help={help}
          choiceHelp={help.exit}
          submit={t('form.decide')}
        />
      )
  }
}

const unique = <T,>(xs: readonly T[]): T[] => [...new Set(xs)]
const daysChoices = (t: Translate, days: readonly Duration[], help: DecisionHelp): Choice<Duration>[] =>
  days.map((d) => ({ value: d, label: t('form.days', { days: d }), help: help.days[d] }))
const forceChoices = (t: Translate, forces: readonly Force[], help: DecisionHelp): Choice<Force>[] =>
  forces.map((f) => ({ value: f, label: t(FORCE_LABEL[f]), help: help.force[f] }))

function RequestForm({ point, onDecide, help: text }: FormProps) {
  const t = useText()
  const requests = point.options.filter((o): o is Request => o.kind === 'request')
  const [ask, setAsk] = useState<'request' | 'no-request'>()
  const [framing, setFraming] = useState<Framing>()
  const [help, setHelp] = useState<Force>()
  const [days, setDays] = useState<Duration>()
  const [error, setError] = useState<string>()
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
    <form className="decision-form" onSubmit={submit} aria-label={t('form.request')} noValidate>
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

type Answer = 'refuse' | 'consult' | 'grant' | 'bilateral'
const ANSWER_LABEL: Readonly<Record<Answer, string>> = {
  refuse: 'form.answer.refuse',
  consult: 'form.answer.consult',
  grant: 'form.answer.grant',
  bilateral: 'form.answer.bilateral',
}

function ResponseForm({ point, onDecide, help: text }: FormProps) {
  const t = useText()
  const grants = point.options.filter((o): o is Grant => o.kind === 'grant')
  const bilaterals = point.options.filter((o): o is Bilateral => o.kind === 'bilateral')
  const answers = unique(point.options.map((o) => o.kind as Answer))
  const [answer, setAnswer] = useState<Answer | undefined>(answers.length === 1 ? answers[0] : undefined)
  const [force, setForce] = useState<Force>()
  const [mission, setMission] = useState<Mission>()
  const [days, setDays] = useState<Duration>()
  const [error, setError] = useState<string>()
  const troops: readonly (Grant | Bilateral)[] =
    answer === 'grant' ? grants.filter((g) => g.force === force) : answer === 'bilateral' ? bilaterals : []
  const missions = unique(troops.map((g) => g.mission))
  const durations = unique(troops.filter((g) => g.mission === mission).map((g) => g.days))
  const chooseForce = (f: Force) => {
    setForce(f)
    // A mission the new force cannot take on is no longer a choice.
    if (mission && !grants.some((g) => g.force === f && g.mission === mission)) setMission(undefined)
  }
  const chooseAnswer = (a: Answer) => {
    setAnswer(a)
    setMission(undefined)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!answer) return setError('form.errorAnswer')
    const found =
      answer === 'refuse' || answer === 'consult'
        ? point.options.find((o) => o.kind === answer)
        : troops.find((g) => g.mission === mission && g.days === days)
    if (!found) return setError(answer === 'grant' ? 'form.errorGrant' : 'form.errorBilateral')
    onDecide(found)
  }
  const sendsTroops = answer === 'grant' ? !!force : answer === 'bilateral'
  return (
    <form className="decision-form" onSubmit={submit} aria-label={t('form.yourAnswer')} noValidate>
      {grants.length === 0 ? <p className="panel warning">{text.response.onlyRefuse}</p> : null}
      <ChoiceGroup
        legend={t('form.yourAnswer')}
        testId="choice-answer"
        value={answer}
        onChange={chooseAnswer}
        choices={answers.map((a) => ({ value: a, label: t(ANSWER_LABEL[a]), help: text.response[a] }))}
      />
      {answer === 'grant' ? (
        <ChoiceGroup
          legend={t('form.force')}
          testId="choice-force"
          value={force}
          onChange={chooseForce}
          choices={forceChoices(t, unique(grants.map((g) => g.force)), text)}
        />
      ) : null}
      {sendsTroops ? (
        <ChoiceGroup
          legend={t('form.mission')}
          testId="choice-mission"
          value={mission}
          onChange={setMission}
          choices={missions.map((m) => ({
            value: m,
            label: t(MISSION_LABEL[m]),
            help: text.mission[m],
          }))}
        />
      ) : null}
      {sendsTroops && mission ? (
        <ChoiceGroup
          legend={t('form.howLong')}
          testId="choice-days"
          value={days}
          onChange={setDays}
          choices={daysChoices(t, durations, text)}
        />
      ) : null}
      <FormEnd error={error} label={t('form.give')} />
    </form>
  )
}

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

function SimpleForm({
  point,
  onDecide,
  legend,
  choiceHelp,
  submit: label,
}: FormProps & {
  legend: string
  choiceHelp: Readonly<Partial<Record<SimpleKind, string>>>
  submit: string
}) {
  const t = useText()
  const [choice, setChoice] = useState<SimpleKind>()
  const [error, setError] = useState<string>()
  const kinds = point.options.map((o) => o.kind as SimpleKind)
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
        choices={kinds.map((k) => ({ value: k, label: t(SIMPLE_LABEL[k]), help: choiceHelp[k] ?? '' }))}
      />
      <FormEnd error={error} label={label} />
    </form>
  )
}

function FormEnd({ error, label }: { error: string | undefined; label: string }) {
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
