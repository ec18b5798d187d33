// A play-test warning (the engine's finding about a scenario as a class would meet it) in the reader's words:
// the engine gives its kind and the actors, stages and decisions it is about.
import { actorName, type PlaytestWarning, type Scenario } from '../../store'
import type { Translate } from '../i18n/use-text'
import { decisionNow, STAGE_WORDS } from '../words/decisions'
import { INDICATOR_TITLE } from '../words/indicators'
import { midSentence } from '../words/mid-sentence'

export function playtestWarning(w: PlaytestWarning, scenario: Scenario, t: Translate): string {
  switch (w.kind) {
    case 'no-decision':
      return t('workshop.warning.noDecision', {
        role: w.role,
        name: midSentence(actorName(scenario, w.actor)),
      })
    case 'no-real-choice':
      return t('workshop.warning.noRealChoice', {
        role: w.role,
        name: midSentence(actorName(scenario, w.actor)),
        stage: t(STAGE_WORDS[w.stage]),
      })
    case 'constant-outcome':
      return t('workshop.warning.constantOutcome', {
        indicator: t(INDICATOR_TITLE[w.indicator]),
        value: Math.round(w.value),
      })
    case 'override-without-decision':
      return t('workshop.warning.overrideWithoutDecision', {
        name: midSentence(actorName(scenario, w.actor)),
      })
    case 'against-interests':
      return t('workshop.warning.againstInterests', {
        name: midSentence(actorName(scenario, w.actor)),
        stage: t(STAGE_WORDS[w.stage]),
        overridden: decisionNow(w.overridden, t),
        standing: decisionNow(w.standing, t),
      })
  }
}
