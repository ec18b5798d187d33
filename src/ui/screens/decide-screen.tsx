// The player's turn: the question, what has happened so far (the request being answered comes first), how the
// treaty reads the case, and the choices: read in that order, and drawn in it, on a phone as on a desktop.
import './decide-screen.css'
import { FRAMINGS, type GameView, hrefFor, selectBusy, type TreatyReading, useGame } from '../../store'
import { DecisionForm } from '../components/decision-form'
import { MoveCard } from '../components/move-card'
import { PageHeading } from '../components/page-heading'
import { VerdictBadge, VerdictRules } from '../components/verdict-rules'
import { useLanguage, useText } from '../i18n/use-text'
import { FRAMING_LABEL } from '../words/decisions'
import { ruleReason } from '../words/rules'
import { stageIntro } from '../words/stage-intro'

export function DecideScreen({ view }: { view: GameView }) {
  const t = useText()
  const language = useLanguage()
  const decide = useGame((s) => s.decide)
  const busy = useGame(selectBusy)
  const outcomes = useGame((s) => hrefFor(s, 'outcomes'))
  const { result, scenario } = view
  if (result.status !== 'awaiting')
    return (
      <>
        <PageHeading title={t('decide.noDecision')} />
        <p>{t('decide.done')}</p>
        <p>
          <a className="button" href={outcomes}>
            {t('decide.outcomes')}
          </a>
        </p>
      </>
    )
  const stage = result.pending.stage
  return (
    <>
      <PageHeading title={t(`help.stage.${stage}.question`)} eyebrow={t('decide.eyebrow')}>
        <p className="lede">{stageIntro(result.pending, t, language)}</p>
      </PageHeading>
      <div className="decide-layout">
        <section aria-labelledby="so-far-title" className="decide-so-far">
          <h2 id="so-far-title">{t('decide.soFar')}</h2>
          {result.moves.length === 0 ? (
            <p>{t('decide.first')}</p>
          ) : (
            <ol className="timeline">
              {result.moves.map((move, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: moves are a fixed sequence
                <li key={i}>
                  {/* Only the move being answered says why at length here: the debrief has the rest. */}
                  <MoveCard
                    move={move}
                    game={result.moves}
                    scenario={scenario}
                    viewer={view.role.actor}
                    why={i === result.moves.length - 1}
                  />
                </li>
              ))}
            </ol>
          )}
        </section>
        <div className="decide-treaty">
          <TreatyPanel reading={view.treaty} />
        </div>
        <fieldset className="decide-form" disabled={busy}>
          <DecisionForm
            key={result.moves.length}
            point={result.pending}
            onDecide={(d) => void decide(d)}
            start={scenario.dates.start}
          />
          {busy ? (
            <p className="loading" role="status">
              {t('decide.deciding')}
            </p>
          ) : null}
        </fieldset>
      </div>
    </>
  )
}

function TreatyPanel({ reading }: { reading: TreatyReading }) {
  const t = useText()
  if (reading.kind === 'by-framing')
    return (
      <section aria-labelledby="treaty-now-title" className="panel">
        <h2 id="treaty-now-title">{t('decide.framings')}</h2>
        <p>{t('decide.framingsIntro')}</p>
        <dl className="framing-verdicts">
          {FRAMINGS.map((framing) => {
            const verdict = reading.verdicts[framing]
            const open = verdict.rules.filter((r) => r.status !== 'holds')
            return (
              <div key={framing}>
                <dt>
                  {t(FRAMING_LABEL[framing])}: <VerdictBadge status={verdict.status} />
                </dt>
                {open.map((r) => (
                  <dd key={r.rule}>{ruleReason(r, verdict.text, t)}</dd>
                ))}
              </div>
            )
          })}
        </dl>
      </section>
    )
  return (
    <section aria-labelledby="treaty-now-title" className="panel">
      <h2 id="treaty-now-title">
        {t(reading.kind === 'on-request' ? 'decide.readsRequest' : 'decide.readsCase')}
      </h2>
      <p>
        <VerdictBadge status={reading.verdict.status} />
      </p>
      <VerdictRules verdict={reading.verdict} sources={false} />
    </section>
  )
}
