// The player's decision at the point the engine is waiting on: only the options the engine offers, each with its help.
import './decision-form.css'
import { type FormEvent, useState } from 'react'
import type { Decision, DecisionPoint, Duration, Force, Framing, Mission } from '../../store'
import { type DecisionHelp, decisionHelp } from '../decision-help'
import { sentence } from '../format'
import {
  FORCE_WORDS as FORCE_LABEL,
  FRAMING_WORDS as FRAMING_LABEL,
  MISSION_WORDS as MISSION_LABEL,
} from '../words/decisions'
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
  const help = decisionHelp(start)
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
          legend="Your vote"
          help={help}
          choiceHelp={help.vote}
          submit="Cast your vote"
        />
      )
    case 'reaction':
      return (
        <SimpleForm
          point={point}
          onDecide={onDecide}
          legend="Beijing's position"
          help={help}
          choiceHelp={help.reaction}
          submit="Respond"
        />
      )
    case 'exit':
      return (
        <SimpleForm
          point={point}
          onDecide={onDecide}
          legend="The contingent"
          help={help}
          choiceHelp={help.exit}
          submit="Decide"
        />
      )
  }
}

const unique = <T,>(xs: readonly T[]): T[] => [...new Set(xs)]
const daysChoices = (days: readonly Duration[], help: DecisionHelp): Choice<Duration>[] =>
  days.map((d) => ({ value: d, label: `${d} days`, help: help.days[d] }))
const forceChoices = (forces: readonly Force[], help: DecisionHelp): Choice<Force>[] =>
  forces.map((f) => ({ value: f, label: sentence(FORCE_LABEL[f]), help: help.force[f] }))

function RequestForm({ point, onDecide, help: text }: FormProps) {
  const requests = point.options.filter((o): o is Request => o.kind === 'request')
  const [ask, setAsk] = useState<'request' | 'no-request'>()
  const [framing, setFraming] = useState<Framing>()
  const [help, setHelp] = useState<Force>()
  const [days, setDays] = useState<Duration>()
  const [error, setError] = useState<string>()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!ask) return setError('Choose whether to ask for help.')
    const found =
      ask === 'no-request'
        ? point.options.find((o) => o.kind === 'no-request')
        : requests.find((r) => r.framing === framing && r.help === help && r.days === days)
    if (!found) return setError('Choose how to frame the threat, what help to ask for, and for how long.')
    onDecide(found)
  }
  return (
    <form className="decision-form" onSubmit={submit} aria-label="Your request" noValidate>
      <ChoiceGroup
        legend="Do you ask?"
        testId="choice-ask"
        value={ask}
        onChange={setAsk}
        choices={[
          { value: 'request', label: 'Ask for help under Article 4', help: text.ask.request },
          { value: 'no-request', label: 'Make no request', help: text.ask['no-request'] },
        ]}
      />
      {ask === 'request' ? (
        <>
          <ChoiceGroup
            legend="How do you describe the threat?"
            testId="choice-framing"
            value={framing}
            onChange={setFraming}
            choices={unique(requests.map((r) => r.framing)).map((f) => ({
              value: f,
              label: sentence(FRAMING_LABEL[f]),
              help: text.framing[f],
            }))}
          />
          <ChoiceGroup
            legend="What help do you ask for?"
            testId="choice-help"
            value={help}
            onChange={setHelp}
            choices={forceChoices(unique(requests.map((r) => r.help)), text)}
          />
          <ChoiceGroup
            legend="For how long?"
            testId="choice-days"
            value={days}
            onChange={setDays}
            choices={daysChoices(unique(requests.map((r) => r.days)), text)}
          />
        </>
      ) : null}
      <FormEnd error={error} label={ask === 'no-request' ? 'Make no request' : 'Send the request'} />
    </form>
  )
}

type Answer = 'refuse' | 'consult' | 'grant' | 'bilateral'
const ANSWER_LABEL: Readonly<Record<Answer, string>> = {
  refuse: 'Refuse',
  consult: 'Consultations and aid, no troops',
  grant: 'Send a collective force',
  bilateral: "Send Russia's own troops, outside the alliance",
}

function ResponseForm({ point, onDecide, help: text }: FormProps) {
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
    if (!answer) return setError('Choose your answer.')
    const found =
      answer === 'refuse' || answer === 'consult'
        ? point.options.find((o) => o.kind === answer)
        : troops.find((g) => g.mission === mission && g.days === days)
    if (!found)
      return setError(
        answer === 'grant'
          ? 'Choose the force, its mission and how long it stays.'
          : 'Choose the mission and how long the troops stay.',
      )
    onDecide(found)
  }
  const sendsTroops = answer === 'grant' ? !!force : answer === 'bilateral'
  return (
    <form className="decision-form" onSubmit={submit} aria-label="Your answer" noValidate>
      {grants.length === 0 ? <p className="panel warning">{text.response.onlyRefuse}</p> : null}
      <ChoiceGroup
        legend="Your answer"
        testId="choice-answer"
        value={answer}
        onChange={chooseAnswer}
        choices={answers.map((a) => ({ value: a, label: ANSWER_LABEL[a], help: text.response[a] }))}
      />
      {answer === 'grant' ? (
        <ChoiceGroup
          legend="What force? (no more than was asked)"
          testId="choice-force"
          value={force}
          onChange={chooseForce}
          choices={forceChoices(unique(grants.map((g) => g.force)), text)}
        />
      ) : null}
      {sendsTroops ? (
        <ChoiceGroup
          legend="What mission?"
          testId="choice-mission"
          value={mission}
          onChange={setMission}
          choices={missions.map((m) => ({
            value: m,
            label: sentence(MISSION_LABEL[m]),
            help: text.mission[m],
          }))}
        />
      ) : null}
      {sendsTroops && mission ? (
        <ChoiceGroup
          legend="For how long?"
          testId="choice-days"
          value={days}
          onChange={setDays}
          choices={daysChoices(durations, text)}
        />
      ) : null}
      <FormEnd error={error} label="Give your answer" />
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
  consent: 'Consent',
  abstain: 'Stay out without blocking',
  object: 'Object',
  endorse: 'Endorse the intervention',
  'stay-silent': 'Stay silent',
  warn: 'Warn against it',
  keep: 'Keep the contingent',
  'ask-to-leave': 'Ask it to leave early',
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
  const [choice, setChoice] = useState<SimpleKind>()
  const [error, setError] = useState<string>()
  const kinds = point.options.map((o) => o.kind as SimpleKind)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found = point.options.find((o) => o.kind === choice)
    if (!found) return setError('Choose one of the options.')
    onDecide(found)
  }
  return (
    <form className="decision-form" onSubmit={submit} aria-label={legend} noValidate>
      <ChoiceGroup
        legend={legend}
        testId={`choice-${point.stage}`}
        value={choice}
        onChange={setChoice}
        choices={kinds.map((k) => ({ value: k, label: SIMPLE_LABEL[k], help: choiceHelp[k] ?? '' }))}
      />
      <FormEnd error={error} label={label} />
    </form>
  )
}

function FormEnd({ error, label }: { error: string | undefined; label: string }) {
  return (
    <div className="form-end">
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button" data-testid="decide-submit">
        {label}
      </button>
    </div>
  )
}
