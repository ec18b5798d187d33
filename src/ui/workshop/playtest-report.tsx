// The play-test beside the editor: what the engine makes of the scenario, as `npm run check` prints it, and for a
// historical file the engine's game beside the record, in the reader's language. The last valid text's stays,
// marked, while the text has problems.
import { actorName, type GoodCheck, shownVerdict } from '../../store'
import { HISTORY_ASPECT, historyValue } from '../components/history-comparison'
import { VerdictBadge } from '../components/verdict-rules'
import { useLanguage, useText } from '../i18n/use-text'
import { decisionNow } from '../words/decisions'
import { INDICATOR_TITLE } from '../words/indicators'
import { ruleReason, ruleTitle } from '../words/rules'
import { STATUS_WORDS } from '../words/verdicts'
import { playtestWarning } from './playtest-warning'

const MARK = { holds: '✓', contested: '?', fails: '✗' } as const

/** `stale`: the text as last checked has problems, so `good`, if any, is of an earlier version of the file. */
export function PlaytestReport({ good, stale }: { good: GoodCheck | null; stale: boolean }) {
  const t = useText()
  const language = useLanguage()
  if (!good)
    return (
      <section className="panel playtest" aria-labelledby="playtest-title">
        <h2 id="playtest-title">{t('workshop.playtest')}</h2>
        <p>{stale ? t('workshop.playtestNoneYet') : t('workshop.playtestWaits')}</p>
      </section>
    )
  const { scenario, verdict, moves, outcomes, invalid, warnings, history } = good.playtest
  return (
    <section className={`panel playtest${stale ? ' stale' : ''}`} aria-labelledby="playtest-title">
      <h2 id="playtest-title">{t('workshop.playtestOf', { title: scenario.title })}</h2>
      {stale ? <p className="stale-note">{t('workshop.staleLong')}</p> : null}
      <p className="meta">{t('workshop.everyRole')}</p>
      {verdict ? (
        <>
          <h3>
            {t('workshop.verdict')} <VerdictBadge status={shownVerdict(verdict)} />
          </h3>
          <ul className="playtest-rules">
            {verdict.rules.map((r) => (
              <li key={r.rule}>
                <span aria-hidden="true">{MARK[r.status]}</span>{' '}
                <strong>{ruleTitle(r, verdict.text, t)}</strong> ({t(STATUS_WORDS[r.status])}):{' '}
                {ruleReason(r, verdict.text, t, { moves, scenario, language })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('workshop.actorsDo')}</h3>
      <ol className="playtest-moves">
        {moves.map((m, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: moves are a fixed sequence, replaced whole.
          <li key={i}>
            {actorName(scenario, m.actor)} {decisionNow(m.decision, t, moves)}.
          </li>
        ))}
      </ol>
      {history ? (
        <>
          <h3 id="playtest-history">{t('workshop.besideHistory')}</h3>
          <p className="meta">{t('workshop.historyWords')}</p>
          <table className="playtest-history" aria-labelledby="playtest-history">
            <thead>
              <tr>
                <th scope="col">{t('workshop.point')}</th>
                <th scope="col">{t('workshop.engine')}</th>
                <th scope="col">{t('workshop.history')}</th>
              </tr>
            </thead>
            <tbody>
              {history.rows
                .filter((r) => r.game !== '-' || r.record !== '-')
                .map((r) => (
                  <tr key={r.aspect} className={r.matches === false ? 'different' : undefined}>
                    <th scope="row">{t(HISTORY_ASPECT[r.aspect])}</th>
                    <td>{historyValue(scenario, r.aspect, r.game, t, language)}</td>
                    <td>
                      {historyValue(scenario, r.aspect, r.record, t, language)}
                      {r.matches === false ? (
                        <strong className="departs"> {t('workshop.differs')}</strong>
                      ) : null}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      ) : null}
      {outcomes ? (
        <>
          <h3>{t('workshop.outcomes')}</h3>
          <table className="playtest-outcomes">
            <thead>
              <tr>
                <th scope="col">{t('workshop.indicator')}</th>
                <th scope="col">{t('workshop.median')}</th>
                <th scope="col">{t('workshop.band')}</th>
              </tr>
            </thead>
            <tbody>
              {outcomes.map((o) => (
                <tr key={o.indicator}>
                  <th scope="row">{t(INDICATOR_TITLE[o.indicator])}</th>
                  <td>{o.median.toFixed(0)}</td>
                  <td>
                    {o.p10.toFixed(0)}–{o.p90.toFixed(0)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {invalid ? <p className="field-error">{invalid}</p> : null}
      <h3>{t('workshop.warnings')}</h3>
      {warnings.length > 0 ? (
        <ul className="playtest-warnings">
          {warnings.map((w) => {
            const words = playtestWarning(w, scenario, t)
            return <li key={words}>{words}</li>
          })}
        </ul>
      ) : (
        <p>{t('workshop.noWarnings')}</p>
      )}
    </section>
  )
}
