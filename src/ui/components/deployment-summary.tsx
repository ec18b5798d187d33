// What the course amounted to on the ground, in a sentence: who went, how many, doing what, for how long.
import { actorName, type Language, type Report, type Scenario } from '../../store'
import { formatNumber } from '../format'
import type { Translate } from '../i18n/use-text'
import { key } from '../words/decisions'

const NONE = {
  'no-request': 'outcomes.deployment.noRequest',
  refused: 'outcomes.deployment.refused',
  blocked: 'outcomes.deployment.blocked',
} as const

/** The deployment as a sentence, for the outcomes' headline and the debrief's summary. */
export function deploymentSentence(
  report: Report,
  scenario: Scenario,
  t: Translate,
  language: Language,
): string {
  const d = report.deployment
  if (d.kind === 'none') return t(NONE[d.why])
  if (d.kind === 'aid') return t('outcomes.deployment.aid')
  const response = report.course.response
  const agreed = response?.kind === 'grant' || response?.kind === 'bilateral' ? response.days : d.days
  const shares = report.contingent?.shares.filter((s) => s.troops > 0) ?? []
  const each = shares.map((s) =>
    t('outcomes.deployment.share', {
      name: actorName(scenario, s.actor),
      troops: formatNumber(s.troops, language),
    }),
  )
  return t('outcomes.deployment.went', {
    unit: key(d.unit),
    troops: report.contingent?.troops ?? 0,
    shares: shares.length > 1 ? ` (${each.join(', ')})` : '',
    mission: key(d.mission),
    days: d.days,
    agreed: d.days < agreed ? agreed : 0,
  })
}
