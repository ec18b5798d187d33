// What the course amounted to on the ground, in a sentence: who went, how many, doing what, for how long.
import { MISSION_LABEL, type Report, UNIT_LABEL } from '../../engine'
import type { Scenario } from '../../scenario/types'
import { actorName } from '../../store'
import { formatNumber } from '../format'

const NONE = {
  'no-request': 'No troops went: no one asked for help.',
  refused: 'No troops went: the request was refused.',
  blocked: 'No troops went: a member broke the consensus in the Council.',
} as const

export function DeploymentSummary({ report, scenario }: { report: Report; scenario: Scenario }) {
  const d = report.deployment
  if (d.kind === 'none') return <p className="deployment">{NONE[d.why]}</p>
  if (d.kind === 'aid')
    return (
      <p className="deployment">
        No troops went: the members consulted and sent material aid under Article 2.
      </p>
    )
  const granted =
    report.course.response?.kind === 'grant' || report.course.response?.kind === 'bilateral'
      ? report.course.response.days
      : d.days
  const shares = report.contingent?.shares.filter((s) => s.troops > 0) ?? []
  return (
    <p className="deployment">
      {sentenceCase(UNIT_LABEL[d.unit])}
      {report.contingent ? ` of about ${formatNumber(report.contingent.troops)} troops` : ''}
      {shares.length > 0
        ? ` (${shares.map((s) => `${actorName(scenario, s.actor)} ${formatNumber(s.troops)}`).join(', ')})`
        : ''}{' '}
      went to {MISSION_LABEL[d.mission]} for {d.days} days
      {d.days < granted ? `, sent home early from the ${granted} agreed` : ''}.
    </p>
  )
}

const sentenceCase = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)
