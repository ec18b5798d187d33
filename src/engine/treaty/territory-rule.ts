// Whether the fighting is on the member's own de jure territory. The treaty's text speaks of aggression against
// a member state and says nothing of where the fighting must be; that help stops at the member's own territory
// is Moscow's stated reading from 7 October 2020 (TASS, on Karabakh). Before that day the rule reads the same,
// but its reason says it is the model's own assumption, not the treaty's words.
import { ARTICLE_4, CLAUSES, type Clause, citable } from './clauses'
import type { TreatyRule } from './rule-types'

/**
 * Why land that is de jure another state's fails the rule: as Moscow's reading once its statement can be cited
 * (the reason then stands on it), before that as the model's own.
 */
const foreignReason = (cited: readonly Clause[]): string =>
  cited.includes(CLAUSES.karabakh2020)
    ? 'The fighting is on land that is de jure another state\'s. On 7 October 2020 Moscow said its obligations "do not extend to Karabakh", de jure Azerbaijani land, and cover only Armenia\'s own territory (TASS); the model applies that reading to any such land.'
    : "The fighting is on land that is de jure another state's. Article 4 speaks of aggression against a member state, and the model assumes that means an attack on the member's own territory: the treaty's text does not say so."

export const territoryRule: TreatyRule = {
  id: 'de-jure-territory',
  title: () => "On the member's own de jure territory",
  evaluate: (s) => {
    const facts = [{ path: 'territory' as const, value: s.facts.territory }]
    switch (s.facts.territory) {
      case 'own':
        return {
          status: 'holds',
          reason: "The fighting is on the member's recognised territory.",
          facts,
          clauses: [ARTICLE_4[s.text]],
        }
      case 'disputed':
        return {
          status: 'contested',
          reason: 'The border there is not demarcated: whose territory is attacked is itself in dispute.',
          facts,
          clauses: [ARTICLE_4[s.text]],
        }
      case 'foreign': {
        const clauses = citable([ARTICLE_4[s.text], CLAUSES.karabakh2020], s.date)
        return { status: 'fails', reason: foreignReason(clauses), facts, clauses }
      }
    }
  },
}
