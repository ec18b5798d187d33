// Moscow's answer to a request: refuse it, call consultations, send its own troops under the bilateral treaty, or
// take it to the Council as a collective force, with the force, its mission and its stay among those offered.
import { type FormEvent, useState } from 'react'
import type { Decision, Duration, Force, Mission } from '../../store'
import { useText } from '../i18n/use-text'
import { MISSION_LABEL } from '../words/decisions'
import { ChoiceGroup } from './choice-group'
import { daysChoices, FormEnd, type FormProps, forceChoices, unique } from './decision-form-parts'
import { useDraftField } from './draft-fields'

type Grant = Extract<Decision, { kind: 'grant' }>
type Bilateral = Extract<Decision, { kind: 'bilateral' }>

type Answer = 'refuse' | 'consult' | 'grant' | 'bilateral'
const ANSWER_LABEL: Readonly<Record<Answer, string>> = {
  refuse: 'form.answer.refuse',
  consult: 'form.answer.consult',
  grant: 'form.answer.grant',
  bilateral: 'form.answer.bilateral',
}

/**
 * What is left when the treaty's conditions fail and no force can be sent under Article 4: refusing, and whichever
 * of the answers outside it are offered (consultations and aid, Russia's own troops), as the message's select reads it.
 */
function leftWithout(answers: readonly Answer[]): 'both' | 'consult' | 'bilateral' | 'none' {
  const consult = answers.includes('consult')
  const bilateral = answers.includes('bilateral')
  return consult && bilateral ? 'both' : consult ? 'consult' : bilateral ? 'bilateral' : 'none'
}

export function ResponseForm({ point, onDecide, initial, help: text }: FormProps) {
  const t = useText()
  const grants = point.options.filter((o): o is Grant => o.kind === 'grant')
  const bilaterals = point.options.filter((o): o is Bilateral => o.kind === 'bilateral')
  const answers = unique(point.options.map((o) => o.kind as Answer))
  const before = answers.find((a) => a === initial?.kind)
  const troopsSent = initial?.kind === 'grant' || initial?.kind === 'bilateral' ? initial : undefined
  const [answer, setAnswer] = useDraftField<Answer>(
    'answer',
    before ?? (answers.length === 1 ? answers[0] : undefined),
  )
  const [force, setForce] = useDraftField<Force>(
    'force',
    initial?.kind === 'grant' ? initial.force : undefined,
  )
  const [mission, setMission] = useDraftField<Mission>('mission', troopsSent?.mission)
  const [days, setDays] = useDraftField<Duration>('days', troopsSent?.days)
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
  // The message says what was missing when the form was sent: the next choice answers it, and sending again checks anew.
  const clearError = () => setError(undefined)
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
    <form
      className="decision-form"
      onSubmit={submit}
      onChange={clearError}
      aria-label={t('form.yourAnswer')}
      noValidate
    >
      {grants.length === 0 ? (
        <p className="panel warning">{t('form.noGrant', { left: leftWithout(answers) })}</p>
      ) : null}
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
