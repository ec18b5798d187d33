// One move of the crisis: who did what, at which stage, and — for the engine's moves — why.
import { describeDecision, INDICATOR_LABEL, type Move, type Reason, type Stage } from '../../engine'
import type { Scenario } from '../../scenario/types'
import { actorName, rivalOf, sameDecision, topReasons } from '../../store'
import { signed } from '../format'

const STAGE_LABEL: Readonly<Record<Stage, string>> = {
  request: 'The request',
  response: 'The answer',
  vote: 'The Council',
  reaction: 'The neighbour',
  exit: 'The end of the mission',
}

export function MoveCard({ move, scenario, why = true }: { move: Move; scenario: Scenario; why?: boolean }) {
  const name = actorName(scenario, move.actor)
  const rival = rivalOf(move)
  return (
    <div className={`move-card ${move.by}`}>
      <p className="move-stage">
        {STAGE_LABEL[move.stage]}
        {move.by === 'player' ? <span className="badge you">You</span> : null}
      </p>
      <p className="move-line">
        <strong>{name}</strong> {describeDecision(move.decision)}.
      </p>
      {why && move.by === 'engine' && rival && move.reasons.length > 0 ? (
        <div className="move-why">
          <p>
            {sameDecision(move.decision, move.best)
              ? `Why, against the next best choice (it ${describeDecision(rival)}):`
              : `Not its best reply: the engine's actors now and then take a close second, as real governments do. Against its best (it ${describeDecision(rival)}):`}
          </p>
          <ReasonList reasons={topReasons(move.reasons)} />
        </div>
      ) : null}
    </div>
  )
}

/** Each reason as the student reads it: the change it expects, and whether that counts for or against. */
export function ReasonList({
  reasons,
  marks = ['For', 'Against'],
  owner = 'its',
}: {
  reasons: readonly Reason[]
  /** What a reason in favour and one against are called: "For"/"Against" for a choice, "Gained"/"Cost" for a departure. */
  marks?: readonly [string, string]
  /** Whose reading of Article 4 a norm reason speaks of: the actor's, or the player's own. */
  owner?: 'its' | 'your'
}) {
  return (
    <ul className="reasons">
      {reasons.map((r) => (
        <li key={r.kind === 'indicator' ? r.indicator : r.kind} className={r.effect > 0 ? 'for' : 'against'}>
          <span className="reason-mark">{r.effect > 0 ? marks[0] : marks[1]}</span> {reasonText(r, owner)}
        </li>
      ))}
    </ul>
  )
}

export function reasonText(r: Reason, owner: 'its' | 'your' = 'its'): string {
  if (r.kind === 'norm')
    return r.effect > 0
      ? `it keeps to ${owner} reading that Article 4 covers only attacks from outside`
      : `it strains ${owner} reading that Article 4 covers only attacks from outside`
  if (r.kind === 'participation')
    return r.effect > 0 ? `it spares ${owner} own soldiers` : `it sends ${owner} own soldiers`
  const points = Math.round(Math.abs(r.delta)) === 1 ? 'point' : 'points'
  return `${INDICATOR_LABEL[r.indicator]}: ${signed(r.delta)} ${points} (weight ${signed(r.weight, 2)})`
}
