// The what-if outcomes: the replay's bands beside the student's own (its verdict and changed choices are counted in
// what-if-status.tsx). It follows the replay shown, and nothing else on the page does but the status and the list of
// choices. What a screen reader hears of it is said once a replay settles (what-if-heard.tsx), not at every step of a
// drag.
import { endedBeforeYourTurn, type GameView, selectWhatIf, useGame } from '../../store'
import { BandChart } from '../components/band-chart'
import { useText } from '../i18n/use-text'
import { WhatIfHeardRegion } from './what-if-heard'

/** The student's own finished game. */
export type Finished = Extract<GameView['result'], { status: 'finished' }>

export function WhatIfOutcomes({ mine }: { mine: Finished }) {
  const t = useText()
  const whatIf = useGame(selectWhatIf)
  return (
    <section aria-labelledby="outcomes-title" className="what-if-outcomes">
      <h2 id="outcomes-title" className="visually-hidden">
        {t('whatIf.outcomes')}
      </h2>
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
