// The lede above Moscow's answer lists exactly the answers the engine offers there, in both languages: Armenia's
// plea of September 2022 for observers leaves no room for Russia's own troops, Tokayev's for peacekeepers does.
import { beforeAll, describe, expect, it } from 'vitest'
import { type DecisionPoint, play } from '../src/engine'
import type { ActorId } from '../src/scenario'
import { stageIntro } from '../src/ui/words/stage-intro'
import { bundledScenario } from './bundled-scenarios'
import { i18n, loadCatalogs, t } from './catalogs'

beforeAll(loadCatalogs)

/** The point where the Kremlin answers in this crisis and game, as a student playing it meets it. */
function kremlinAnswers(id: string, seed: number): DecisionPoint {
  const scenario = bundledScenario(id)
  const result = play(scenario, { seed, player: { actor: 'russia' as ActorId, decisions: [] }, runs: 1 })
  if (result.status !== 'awaiting' || result.pending.stage !== 'response')
    throw new Error(`${id}: no answer owed`)
  return result.pending
}

describe("the lede above Moscow's answer", () => {
  it('names only the answers offered when Armenia asks for observers against Azerbaijan', () => {
    const point = kremlinAnswers('armenia-2022', 992)
    expect(point.options.map((o) => o.kind)).not.toContain('bilateral')
    i18n.activate('en')
    expect(stageIntro(point, t, 'en')).toBe(
      'As the leading member you answer first: refuse, offer consultations and aid or put a collective force to the Collective Security Council, which decides by consensus. You may grant less than was asked, never more.',
    )
    i18n.activate('ru')
    expect(stageIntro(point, t, 'ru')).toBe(
      'Как ведущее государство вы отвечаете первым: отказать, предложить консультации и помощь или вынести вопрос о коллективных силах на Совет коллективной безопасности, который решает консенсусом. Дать можно меньше, чем просили, но не больше.',
    )
  })

  it("names Russia's own troops where they are offered, as in Kazakhstan in January 2022", () => {
    const point = kremlinAnswers('kazakhstan-2022', 77)
    expect(point.options.map((o) => o.kind)).toContain('bilateral')
    i18n.activate('en')
    expect(stageIntro(point, t, 'en')).toBe(
      "As the leading member you answer first: refuse, offer consultations and aid, send Russia's own troops outside the alliance or put a collective force to the Collective Security Council, which decides by consensus. You may grant less than was asked, never more.",
    )
    i18n.activate('ru')
    expect(stageIntro(point, t, 'ru')).toBe(
      'Как ведущее государство вы отвечаете первым: отказать, предложить консультации и помощь, направить собственные российские войска вне рамок организации или вынести вопрос о коллективных силах на Совет коллективной безопасности, который решает консенсусом. Дать можно меньше, чем просили, но не больше.',
    )
  })

  it('leaves the other stages as they were', () => {
    i18n.activate('en')
    expect(stageIntro({ stage: 'vote', actor: 'armenia' as ActorId, options: [] }, t, 'en')).toBe(
      'The Council decides by consensus: one objection and the grant lapses.',
    )
  })
})
