// Who has submitted this round reaches the facilitator after a submission that does not reveal, as a notice of a
// few dozen bytes rather than its whole view again: the server takes it from the session (`submissionsNotice`),
// and the client lays it over the newest view it holds (`withSubmissions`), which then equals the view the server
// would have sent. A submission changes nothing else the facilitator sees: not the phase, the tables' moves, the
// facts nor the teams; only the version, the server's clock, each team's and each table's `submitted`, and
// `allSubmitted` (views.ts builds them all from the tables' pending decisions).
import type { FacilitatorView, SubmissionsNotice, View } from './protocol'
import type { Session } from './types'

/** Who has submitted this round, by team and by table, as the facilitator's view says it; null between rounds. */
export function submissionsNotice(s: Session, now: number): SubmissionsNotice | null {
  if (s.phase.kind !== 'deciding') return null
  const teams: string[] = []
  const tables: number[] = []
  for (const t of s.tables)
    if (t.state.kind === 'deciding' && t.state.submission !== undefined) {
      teams.push(t.state.pending.team)
      tables.push(t.index)
    }
  return { code: s.code, version: s.version, serverNow: now, round: s.phase.round, teams, tables }
}

/**
 * Whether the notice tells of a later moment of `view`'s round: a notice no newer than the view says nothing the
 * view does not, and one of another round knows nothing of the view's tables' pending decisions.
 */
export const isNewsFor = (view: View, notice: SubmissionsNotice): view is FacilitatorView =>
  view.audience === 'facilitator' &&
  notice.code === view.code &&
  notice.version > view.version &&
  view.phase.kind === 'deciding' &&
  view.phase.round === notice.round

/**
 * `view` as it stands once the notice's submissions are in: the same view when the notice is not news for it.
 * Absolute, so the newest notice alone is enough: every team and table it does not name has not submitted. A
 * rejoin code the view shows pending and the notice's clock has seen run out is left out, as the server leaves
 * it out of a view built then.
 */
export function withSubmissions<V extends View>(view: V, notice: SubmissionsNotice): V {
  if (!isNewsFor(view, notice)) return view
  const teams = new Set(notice.teams)
  const tables = new Set(notice.tables)
  const rows = view.tables.map((t) =>
    t.pending === null ? t : { ...t, pending: { ...t.pending, submitted: tables.has(t.table) } },
  )
  const next: FacilitatorView = {
    ...view,
    serverNow: notice.serverNow,
    version: notice.version,
    teams: view.teams.map(({ rejoinUntil, ...t }) => ({
      ...t,
      submitted: t.submitted === null ? null : teams.has(t.id),
      ...(rejoinUntil !== undefined && rejoinUntil > notice.serverNow ? { rejoinUntil } : {}),
    })),
    tables: rows,
    allSubmitted: rows.every((t) => t.pending === null || t.pending.submitted),
  }
  return next as V
}
