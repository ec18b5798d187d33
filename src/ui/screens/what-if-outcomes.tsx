// The what-if outcomes: the replay's verdict, how many of the others' choices it changed, and its bands beside the
// student's own. It follows the replay shown, and nothing else on the page does but the list of choices. What a
// screen reader hears of it is said once a replay settles (what-if-heard.tsx), not at every step of a drag.
import {
  endedBeforeYourTurn,
  type GameView,
  selectReplaying,
  selectWhatIf,
  shownVerdict,
  useGame,
} from '../../store'
import { choicesDiffering } from '../../store/other-pages'
import { BandChart } from '../components/band-chart'
import { VerdictBadge } from '../components/verdict-rules'
import { useText } from '../i18n/use-text'
import { WhatIfHeardRegion } from './what-if-heard'

/** The student's own finished game. */
type Finished = Extract<GameView['result'], { status: 'finished' }>

export function WhatIfOutcomes({ mine }: { mine: Finished }) {
  const t = useText()
  const whatIf = useGame(selectWhatIf)
  const replaying = useGame(selectReplaying)
  const moves = whatIf?.moves ?? mine.moves
  const changes = choicesDiffering(mine.moves, moves)
  return (
    <section aria-labelledby="outcomes-title" className="what-if-outcomes">
      <h2 id="outcomes-title" className="visually-hidden">
        {t('whatIf.outcomes')}
      </h2>
      <p className="what-if-status">
        <VerdictBadge status={whatIf?.verdict ?? shownVerdict(mine.report.verdict)} />{' '}
        <span data-testid="whatif-summary">
          {replaying
            ? t('whatIf.replaying')
            : changes === 0
              ? t('whatIf.same')
              : t('whatIf.differ', { count: changes })}
        </span>
      </p>
      <WhatIfHeardRegion />
      {whatIf && whatIf.seat !== 'yours' ? (
        // A student whose turn never came made no decision that could fail to fit: their seat simply comes to decide.
        <p className="panel warning">
          {t(
            whatIf.seat === 'engine'
              ? 'whatIf.tookOver'
              : endedBeforeYourTurn(mine.moves)
                ? 'whatIf.tookOverNoTurn'
                : 'whatIf.extraTurn',
          )}
        </p>
      ) : null}
      <BandChart
        caption={whatIf ? t('whatIf.changedCaption') : t('whatIf.yourCaption')}
        compare
        series={
          whatIf
            ? [
                // The student's game keeps the colour it has on the outcomes page; the changed one takes a third.
                {
                  label: t('whatIf.changed'),
                  short: t('whatIf.changedShort'),
                  bands: whatIf.outcomes,
                  colour: 2,
                },
                {
                  label: t('whatIf.yours'),
                  short: t('whatIf.yoursShort'),
                  bands: mine.report.outcomes,
                  colour: 0,
                },
              ]
            : [{ label: t('whatIf.yours'), short: t('whatIf.yoursShort'), bands: mine.report.outcomes }]
        }
      />
    </section>
  )
}
