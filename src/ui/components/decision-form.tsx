// The player's decision at the point the engine is waiting on: only the options the engine offers, each with its help.
import './decision-form.css'
import { decisionHelp } from '../decision-help'
import { useText } from '../i18n/use-text'
import type { FormProps } from './decision-form-parts'
import { RequestForm } from './request-form'
import { ResponseForm } from './response-form'
import { SimpleForm } from './simple-form'

export function DecisionForm({
  point,
  onDecide,
  initial,
  start,
}: Omit<FormProps, 'help'> & {
  /** The scenario's start date: the help cites only precedents before it. */
  readonly start: string
}) {
  const t = useText()
  const help = decisionHelp(start, t)
  switch (point.stage) {
    case 'request':
      return <RequestForm point={point} onDecide={onDecide} initial={initial} help={help} />
    case 'response':
      return <ResponseForm point={point} onDecide={onDecide} initial={initial} help={help} />
    case 'vote':
      return (
        <SimpleForm
          point={point}
          onDecide={onDecide}
          initial={initial}
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
          initial={initial}
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
          initial={initial}
          legend={t('form.contingent')}
          help={help}
          choiceHelp={help.exit}
          submit={t('form.decide')}
        />
      )
  }
}
