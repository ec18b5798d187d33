// A grant the Council blocks, set beside the record. In the record's terms nothing went, a refusal; the debrief's
// table once said "The answer: Refused" beside a resolution in which Moscow had granted a force and Armenia had
// objected, and a student read it as Moscow refusing. The row now says the Council blocked the force, on either
// side, while the comparison itself is unchanged: a block and a recorded refusal are the same outcome.
import { describe, expect, it } from 'vitest'
import { compareWithHistory, play } from '../src/engine'
import type { ActorId } from '../src/scenario'
import { historyValue } from '../src/ui/components/history-comparison'
import { armenia, armeniaBlockedGrant } from './armenia-blocked-grant'
import { bundledScenario } from './bundled-scenarios'
import { i18n, loadCatalogs, t } from './catalogs'

const kazakhstan = bundledScenario('kazakhstan-2022')
const russia = 'russia' as ActorId

/** The game's record, beside the record of Armenia 2022, where an observer mission went. */
const blockedGame = () => {
  const played = armeniaBlockedGrant()
  return compareWithHistory(armenia, played.report.course, played.report.contingent)!
}

describe('a grant the Council blocks, beside the record', () => {
  it('shows the block as the answer, not a refusal, and departs from a record where observers went', () => {
    const rows = blockedGame().rows
    const response = rows.find((r) => r.aspect === 'response')!
    expect(response.game).toBe('blocked')
    expect(response.matches).toBe(false)
    expect(rows.find((r) => r.aspect === 'council')!.game).toBe(
      'blocked; kyrgyzstan objected; belarus stayed out; kazakhstan stayed out',
    )
    expect(rows.find((r) => r.aspect === 'troops')!.game).toBe('0')
  })

  it('words it in English and Russian', async () => {
    await loadCatalogs()
    i18n.activate('en')
    expect(historyValue(kazakhstan, 'response', 'blocked', t, 'en')).toBe(
      'A collective force, blocked in the Council; no troops went',
    )
    i18n.activate('ru')
    expect(historyValue(kazakhstan, 'response', 'blocked', t, 'ru')).toBe(
      'Коллективные силы, заблокированные в Совете; войска не направлены',
    )
    i18n.activate('en')
  })

  it('keeps a refusal by Moscow a refusal', () => {
    const played = play(kazakhstan, { seed: 1, player: { actor: russia, decisions: [{ kind: 'refuse' }] } })
    if (played.status !== 'finished') throw new Error(`the game did not finish: ${played.status}`)
    const rows = compareWithHistory(kazakhstan, played.report.course, played.report.contingent)!.rows
    expect(rows.find((r) => r.aspect === 'response')!.game).toBe('refused')
  })
})
