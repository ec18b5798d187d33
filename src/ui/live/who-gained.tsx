// Who gained at each table of the projector's debrief: each actor's utility against what it would have had with the
// engine in every role, one column per table that has played out; where the tables' columns do not fit, each actor's
// row is a block of its tables' figures, each labelled with its table (comparison-table.css).
import { useRef } from 'react'
import type { PublicScenario, TableView } from '../../store'
import { useStacked } from '../components/use-stacked'
import { signed } from '../format'
import { useLanguage, useText } from '../i18n/use-text'
import { actorName } from './live-moves'

/** Each actor's utility at each table, against what it would have had with the engine in every role. */
export function WhoGained({ tables, scenario }: { tables: readonly TableView[]; scenario: PublicScenario }) {
  const t = useText()
  const language = useLanguage()
  const done = tables.filter((table) => table.outcome !== null)
  const box = useRef<HTMLDivElement>(null)
  const stacked = useStacked(box, `${language} ${done.length}`)
  if (done.length === 0) return null
  const actors = done[0]!.outcome!.actors.map((a) => a.actor)
  return (
    <section aria-labelledby="gained-title">
      <h2 id="gained-title">{t('live.debrief.gained')}</h2>
      <p>{t('live.debrief.gainedText')}</p>
      <div className="table-scroll" ref={box}>
        <table className={`comparison stackable${stacked ? ' stacked' : ''}`}>
          <thead>
            <tr>
              <th scope="col">{t('live.debrief.actor')}</th>
              {done.map((table) => (
                <th scope="col" key={table.table}>
                  {t('live.table', { table: table.table })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {actors.map((actor) => (
              <tr key={actor}>
                <th scope="row">{actorName(scenario, actor)}</th>
                {done.map((table) => {
                  const a = table.outcome!.actors.find((x) => x.actor === actor)
                  const diff = a ? a.utility - a.engineUtility : 0
                  return (
                    <td
                      key={table.table}
                      className={diff > 0.005 ? 'gain' : diff < -0.005 ? 'loss' : ''}
                      data-label={t('live.table', { table: table.table })}
                    >
                      {signed(diff, 2, language)}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
