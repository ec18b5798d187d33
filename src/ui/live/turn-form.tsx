// A team's decision this round: the game's own decision form, fed the options the server offers.
// The choice goes back as notation; until the reveal the team may change it.
import { useState } from 'react'
import type { Decision, TeamView } from '../../store'
import { decisionOf, notationOf, turnPoint } from '../../store/engine-face'
import { DecisionForm } from '../components/decision-form'
import { useText } from '../i18n/use-text'
import { inWords } from './live-moves'

type Turn = NonNullable<TeamView['turn']>

export function TurnForm({
  turn,
  open,
  start,
  onSubmit,
}: {
  turn: Turn
  /** The scenario's start date: the help beside each option cites only precedents before it. */
  start: string
  /** False when the facilitator has ended the round or its time is up. */
  open: boolean
  onSubmit: (round: number, decision: string) => void
}) {
  const t = useText()
  const [changing, setChanging] = useState(false)
  if (turn.submitted !== null && !changing)
    return (
      <section className="panel sealed" aria-labelledby="sealed-title">
        <h2 id="sealed-title">{t('live.turn.sealed')}</h2>
        <p>{t('live.turn.sealedText', { decision: inWords(turn.submitted) })}</p>
        {open ? (
          <button type="button" className="button secondary" onClick={() => setChanging(true)}>
            {t('live.turn.change')}
          </button>
        ) : null}
      </section>
    )
  const point = turnPoint(turn)
  // Changing a decision starts from the one sent, every field as it was: a team changes one thing, not all.
  const sent = turn.submitted === null ? undefined : (decisionOf(turn.submitted) ?? undefined)
  const decide = (d: Decision) => {
    setChanging(false)
    onSubmit(turn.round, notationOf(d))
  }
  // A closed round keeps the form, its choices disabled but not dropped: when "+1 minute" reopens the round, the
  // team finds it as it left it. The notice sits before it, so the form keeps its place and its state.
  return (
    <>
      {open ? null : (
        <p className="notice" role="status">
          {t('live.turn.closed')}
        </p>
      )}
      <fieldset className="turn-hold" disabled={!open}>
        <DecisionForm
          key={`${turn.round}-${turn.stage}`}
          point={point}
          onDecide={decide}
          initial={sent}
          start={start}
        />
      </fieldset>
    </>
  )
}
