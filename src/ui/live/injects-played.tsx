// The injects each table played under, for the debrief's comparison. Injects go to the whole session, but a table
// that played out before one was released finished without it: two tables deciding alike can then end apart,
// and the comparison says why. When every table played under the same ones, it says so once.
import './injects-played.css'
import type { TableView } from '../../store'
import { useText } from '../i18n/use-text'

type Injects = TableView['injects']

const idsOf = (injects: Injects): string => injects.map((i) => i.id).join('\n')

/** Every table played under the same injects (released at the same rounds, since a release is the session's). */
export const sameInjects = (tables: readonly TableView[]): boolean =>
  tables.every((table) => idsOf(table.injects) === idsOf(tables[0]!.injects))

/** Each inject's title and the round it came in; "none" for a table that played under none. */
export function InjectList({ injects }: { injects: Injects }) {
  const t = useText()
  if (injects.length === 0) return <>{t('live.debrief.noInjects')}</>
  return (
    <ul className="injects-played">
      {injects.map((i) => (
        <li key={i.id}>{t('live.debrief.injectRound', { title: i.title, round: i.round })}</li>
      ))}
    </ul>
  )
}

/** Above the comparison: the injects every table shared, or a word that they differ (then each row lists its own). */
export function InjectsNote({ tables }: { tables: readonly TableView[] }) {
  const t = useText()
  if (!sameInjects(tables)) return <p className="injects-note">{t('live.debrief.injectsDiffer')}</p>
  const shared = tables[0]?.injects ?? []
  if (shared.length === 0) return null
  return (
    <div className="injects-note">
      <p>{t('live.debrief.injectsShared', { tables: tables.length === 1 ? 'one' : 'several' })}</p>
      <InjectList injects={shared} />
    </div>
  )
}
