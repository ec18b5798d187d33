// The play-test's warnings in the reader's language: each kind the engine reports, worded from the catalog with
// the actors' names, stages, indicators and decisions it is about, in English and in Russian.
import { afterAll, describe, expect, it } from 'vitest'
import type { PlaytestWarning, Scenario } from '../src/store'
import { otherPagesMessages, translate } from '../src/ui/i18n/messages'
import { playtestWarning } from '../src/ui/workshop/playtest-warning'
import { activateLanguage } from './active-language'

afterAll(() => activateLanguage('en'))

const WARNINGS: readonly PlaytestWarning[] = [
  { kind: 'no-decision', role: 'beijing', actor: 'china' as never },
  { kind: 'no-real-choice', role: 'kremlin', actor: 'russia' as never, stage: 'response' },
  { kind: 'constant-outcome', indicator: 'westRelations', value: 41.6 },
  { kind: 'override-without-decision', actor: 'china' as never },
  {
    kind: 'against-interests',
    actor: 'russia' as never,
    stage: 'response',
    standing: { kind: 'grant', force: 'peacekeepers', mission: 'guard-sites', days: 14 },
    overridden: { kind: 'refuse' },
  },
]

const scenario = (china: string, russia: string) =>
  ({ actors: { china: { name: china }, russia: { name: russia } } }) as unknown as Scenario

describe("the play-test's warnings", () => {
  it('are worded in English, with the names and numbers they are about', async () => {
    await activateLanguage('en')
    await otherPagesMessages()
    const words = WARNINGS.map((w) => playtestWarning(w, scenario('China', 'Russia'), translate))
    expect(words[0]).toMatch(/^Role "beijing" \(China\) never decides/)
    expect(words[2]).toMatch(/stays at about 42 whatever anyone chooses/)
    for (const w of words) expect(w).not.toMatch(/[{}]|undefined/)
  })

  it('are worded in Russian, every one of them', async () => {
    await activateLanguage('ru')
    await otherPagesMessages()
    const words = WARNINGS.map((w) => playtestWarning(w, scenario('Китай', 'Россия'), translate))
    expect(words[0]).toMatch(/^Роль «beijing» \(Китай\) не принимает ни одного решения/)
    expect(words[4]).toMatch(/Россия отказывает/)
    for (const w of words) {
      expect(w).toMatch(/[а-яё]/)
      expect(w).not.toMatch(/[{}]|undefined|\b(the|is|of|and)\b/)
    }
  })
})
