// "Show the numbers": the model's figures behind a reason in words, for the student who wants them.
import type { Move } from '../../store'
import { signed } from '../format'
import { useText } from '../i18n/use-text'
import { decisionInstead } from '../words/decisions'
import { INDICATOR_TITLE } from '../words/indicators'

const TEXT = {
  show: 'Show the numbers',
  intro: (instead: string) =>
    `The model's figures against ${instead}. Each indicator runs from 0 to 100; the weight says how much this actor cares (−1 to 1); the worth is the change times the weight, in the model's units of utility.`,
  point: (delta: string) => `${delta} points`,
  weight: (w: string) => `weight ${w}`,
  worth: (w: string) => `worth ${w}`,
  norm: 'Its reading of Article 4 (a choice that strains it costs a strict reader)',
  participation: 'Its own soldiers sent, or spared',
  margin: (m: string, more: boolean, mine: boolean) =>
    `In all, this choice was worth ${m} ${more ? 'more' : 'less'} to ${mine ? 'you' : 'it'} than the alternative.`,
}

export function ReasonNumbers({ move, mine }: { move: Move; mine: boolean }) {
  const t = useText()
  if (!move.against) return null
  return (
    <details className="reason-numbers">
      <summary>{TEXT.show}</summary>
      <p>{TEXT.intro(decisionInstead(move.against, t))}</p>
      <ul>
        {move.reasons.map((r) => (
          <li key={r.kind === 'indicator' ? r.indicator : r.kind}>
            {r.kind === 'indicator' ? (
              <>
                {INDICATOR_TITLE[r.indicator]}: {TEXT.point(signed(r.delta, 1))},{' '}
                {TEXT.weight(signed(r.weight, 2))}, {TEXT.worth(signed(r.effect, 3))}
              </>
            ) : (
              <>
                {r.kind === 'norm' ? TEXT.norm : TEXT.participation}: {TEXT.worth(signed(r.effect, 3))}
              </>
            )}
          </li>
        ))}
      </ul>
      <p>{TEXT.margin(Math.abs(move.margin).toFixed(3), move.margin >= 0, mine)}</p>
    </details>
  )
}
