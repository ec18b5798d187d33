// A finished table's outcome reaches the clients after the reveal that finished it, as a notice of a few hundred
// bytes rather than every view again whole: the server takes from each audience's view the outcomes it shows
// (`outcomesShown`), and the client puts them into the view it holds (`withOutcomes`), which then equals the view
// the server would have sent.
import type { OutcomesNotice, TableView, View } from './protocol'

type Outcomes = OutcomesNotice['outcomes']

/** The outcomes of `tables` that `view` shows, once each: a team sees its own table's, and every table's at the end. */
export function outcomesShown(view: View, tables: ReadonlySet<number>): Outcomes {
  const shown = new Map<number, Outcomes[number]>()
  const take = (t: TableView | null | undefined) => {
    if (t?.outcome && tables.has(t.table) && !shown.has(t.table))
      shown.set(t.table, { table: t.table, outcome: t.outcome })
  }
  if (view.audience === 'team') {
    take(view.table)
    view.debrief?.tables.forEach(take)
  } else view.tables.forEach(take)
  return [...shown.values()]
}

/**
 * `view` with the notice's outcomes in every place it shows those tables finished without one; the same view when
 * none applies (a table's outcome is one, so one already there is the notice's).
 */
export function withOutcomes<V extends View>(view: V, notice: OutcomesNotice): V {
  if (notice.code !== view.code) return view
  const byTable = new Map(notice.outcomes.map((o) => [o.table, o.outcome]))
  let changed = false
  const put = <T extends TableView>(t: T): T => {
    const outcome = byTable.get(t.table)
    if (outcome === undefined || t.status !== 'finished' || t.outcome !== null) return t
    changed = true
    return { ...t, outcome }
  }
  const next =
    view.audience === 'team'
      ? {
          ...view,
          table: view.table ? put(view.table) : null,
          debrief: view.debrief && { ...view.debrief, tables: view.debrief.tables.map(put) },
        }
      : { ...view, tables: view.tables.map(put) }
  return changed ? (next as V) : view
}
