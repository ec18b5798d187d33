// The lede above a decision: what the stage is about and, for Moscow's answer, the answers open at this point. The
// engine offers fewer at times (no collective force where the treaty cannot reach the case, none of Russia's own
// troops against a fellow member or for a mere observer mission), and a lede listing one not offered misleads.
import type { Decision, DecisionPoint, Language } from '../../store'
import { formatChoices } from '../format'
import type { Translate } from '../i18n/use-text'

/** Moscow's answers in the order the lede names them, restraint first, each as the clause the lede lists. */
const ANSWERS: readonly (readonly [Decision['kind'], string])[] = [
  ['refuse', 'help.stage.response.refuse'],
  ['consult', 'help.stage.response.consult'],
  ['bilateral', 'help.stage.response.bilateral'],
  ['grant', 'help.stage.response.grant'],
]

/** The lede for the point a player decides at: "As the leading member you answer first: refuse or …". */
export function stageIntro(point: DecisionPoint, t: Translate, language: Language): string {
  if (point.stage !== 'response') return t(`help.stage.${point.stage}.intro`)
  const offered = ANSWERS.filter(([kind]) => point.options.some((o) => o.kind === kind)).map(([, id]) =>
    t(id),
  )
  return t('help.stage.response.intro', { answers: formatChoices(offered, language) })
}
