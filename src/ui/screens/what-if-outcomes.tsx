// The what-if outcomes: the replay's verdict, how many of the others' choices it changed, and its bands beside the
// student's own. It follows what of the replay it prints (a verdict, a count, a seat), so a release that changes
// only the bands, which what-if-bands.tsx writes, draws nothing here. What a screen reader hears of it is said once
// a replay settles (what-if-heard.tsx), not at every step of a drag.
import { choicesDiffering, endedBeforeYourTurn, type GameView, selectReplaying, useGame } from '../../store'
import { VerdictBadge } from '../components/verdict-rules'
import { useText } from '../i18n/use-text'
import { WhatIfBands } from './what-if-bands'
import { WhatIfHeardRegion } from './what-if-heard'

/** The student's own finished game. */
type Finished = Extract<GameView['result'], { status: 'finished' }>

export function WhatIfOutcomes({ mine }: { mine: Finished }) {
  const t = useText()
  const verdict = useGame((s) => s.whatIf?.verdict)
  const seat = useGame((s) => s.whatIf?.seat)
  const changes = useGame((s) => choicesDiffering(mine.moves, s.whatIf?.moves ?? mine.moves))
  const replaying = useGame(selectReplaying)
  return (
    <section aria-labelledby="outcomes-title" className="what-if-outcomes">
      <h2 id="outcomes-title" className="visually-hidden">
        {t('whatIf.outcomes')}
      </h2>
      <p className="what-if-status">
        <VerdictBadge status={verdict ?? mine.report.verdict.status} />{' '}
        <span data-testid="whatif-summary">
          {replaying
            ? t('whatIf.replaying')
            : changes === 0
              ? t('whatIf.same')
              : t('whatIf.differ', { count: changes })}
        </span>
      </p>
      <WhatIfHeardRegion />
      {seat && seat !== 'yours' ? (
        // A student whose turn never came made no decision that could fail to fit: their seat simply comes to decide.
        <p className="panel warning">
          {t(
            seat === 'engine'
              ? 'whatIf.tookOver'
              : endedBeforeYourTurn(mine.moves)
                ? 'whatIf.tookOverNoTurn'
                : 'whatIf.extraTurn',
          )}
        </p>
      ) : null}
      <WhatIfBands mine={mine} />
    </section>
  )
}
