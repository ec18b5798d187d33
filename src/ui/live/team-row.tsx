// A team's row on the facilitator's dashboard: its name, its seat (table and roles), whether it has submitted, and,
// on a server, whether its device is connected (in the lobby, that alone: a "Joined" beside it said nothing more).
// Sighted, one line of words and badges; to a screen reader, short lists of labelled facts (a term hidden from the
// eye before each), so it hears "Team: Steppe, Role: Government, Status: Deciding…" in parts rather than one
// run-on line of names and badges. Who the team is and how it stands are two lists, so that the badges wrap as one:
// beside the name where the row has room for both, else together beneath it, never one here and one there.
import './team-row.css'
import type { ReactNode } from 'react'
import type { FacilitatorView, PublicScenario } from '../../store'
import { useText } from '../i18n/use-text'
import { roleTitle } from './live-moves'
import { TeamConnection } from './team-connection'

type Team = FacilitatorView['teams'][number]

export function DashboardTeamRow({
  team,
  view,
  scenario,
  skew,
  connection,
  action,
}: {
  team: Team
  view: FacilitatorView
  scenario: PublicScenario
  skew: number
  /** On a server only: on a shared screen every team is at this one device. */
  connection: boolean
  /** What the facilitator can do for the team, after its facts: hand it the device, on a shared screen. */
  action?: ReactNode
}) {
  const t = useText()
  const phase = view.phase.kind
  // One badge in the lobby: on a server its connection says all there is (a listed team has joined).
  const status = !(phase === 'finished' || (phase === 'lobby' && connection))
  return (
    <li className="team-row" data-testid={`team-${team.name}`}>
      <dl className="team-facts">
        <Fact term={t('live.panel.rowTeam')}>
          <span className="team-name">{team.name}</span>
        </Fact>
        <Fact term={t('live.panel.rowRole')} className="team-seat">
          {view.settings.format.kind === 'one-table' ? '' : `${t('live.table', { table: team.table })} · `}
          {team.roles.length === scenario.roles.length && scenario.roles.length > 1
            ? t('live.team.everyRole')
            : team.roles.map((r) => roleTitle(scenario, r)).join(', ')}
        </Fact>
      </dl>
      {status || connection ? (
        <dl className="team-facts team-badges">
          {status ? (
            <Fact term={t('live.panel.rowStatus')}>
              <SubmittedBadge submitted={phase === 'lobby' ? 'joined' : team.submitted} />
            </Fact>
          ) : null}
          {connection ? (
            <Fact term={t('live.panel.rowConnection')}>
              <TeamConnection connection={team.connection} skew={skew} />
            </Fact>
          ) : null}
        </dl>
      ) : null}
      {action}
    </li>
  )
}

/** One fact of the row: its term, read but not drawn, and its value as the row shows it. */
function Fact({ term, className, children }: { term: string; className?: string; children: ReactNode }) {
  return (
    <div className={className ? `team-fact ${className}` : 'team-fact'}>
      <dt className="visually-hidden">{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

function SubmittedBadge({ submitted }: { submitted: boolean | null | 'joined' }) {
  const t = useText()
  if (submitted === 'joined') return <span className="status done">{t('live.status.joined')}</span>
  if (submitted === null) return <span className="status idle">{t('live.status.idle')}</span>
  return submitted ? (
    <span className="status done">{t('live.status.submitted')}</span>
  ) : (
    <span className="status waiting">{t('live.status.deciding')}</span>
  )
}
