// What the course amounted to on the ground, in a sentence: who went, how many, doing what, for how long.
import { actorName, type Report, type Scenario } from '../../store'
import { formatNumber, sentence } from '../format'
import { currentLanguage } from '../i18n/messages'
import { MISSION_PURPOSE, UNIT_WORDS } from '../words/decisions'

const TEXT = {
  'no-request': 'No troops went: no one asked for help.',
  refused: 'No troops went: the request was refused.',
  blocked: 'No troops went: a member broke the consensus in the Council.',
  aid: 'No troops went: the members consulted and sent material aid under Article 2.',
  troops: (n: string) => ` of about ${n} troops`,
  early: (agreed: number) => `, sent home early from the ${agreed} agreed`,
  went: (purpose: string, days: number) => `went ${purpose} for ${days} days`,
}

/** The deployment as a sentence, for the outcomes' headline and the debrief's summary. */
export function deploymentSentence(report: Report, scenario: Scenario): string {
  const d = report.deployment
  if (d.kind === 'none') return TEXT[d.why]
  if (d.kind === 'aid') return TEXT.aid
  const response = report.course.response
  const agreed = response?.kind === 'grant' || response?.kind === 'bilateral' ? response.days : d.days
  const shares = report.contingent?.shares.filter((s) => s.troops > 0) ?? []
  const size = report.contingent ? TEXT.troops(formatNumber(report.contingent.troops, currentLanguage())) : ''
  const who =
    shares.length > 1
      ? ` (${shares.map((s) => `${actorName(scenario, s.actor)} ${formatNumber(s.troops, currentLanguage())}`).join(', ')})`
      : ''
  return `${sentence(UNIT_WORDS[d.unit])}${size}${who} ${TEXT.went(MISSION_PURPOSE[d.mission], d.days)}${
    d.days < agreed ? TEXT.early(agreed) : ''
  }.`
}

export function DeploymentSummary({ report, scenario }: { report: Report; scenario: Scenario }) {
  return <p className="deployment">{deploymentSentence(report, scenario)}</p>
}
