// Armenia, September 2022: what keeps Moscow to observers. Two limits hold at the record's facts, and either is
// enough alone: troops against Azerbaijan, a partner, would cost Moscow that partner, and Russia's forces are at
// war. The scenario's note beside the commitments slider and docs/model.md's account of the case say the same, in
// both languages where a scenario text is involved.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { type FactChange, formatDecision, play, withFacts } from '../src/engine'
import { bundledScenarios } from './bundled-scenarios'

const ROOT = join(import.meta.dirname, '..')
const armenia = bundledScenarios().find((s) => s.id === 'armenia-2022')!
const ARMED_GROUPS: FactChange = { fact: 'adversary', to: { kind: 'outsider' } }
const commitments = (to: number): FactChange => ({ fact: 'moscow.commitments', to })

/** Moscow's answer in the engine's game, every role its own. */
function moscow(changes: readonly FactChange[]): string {
  const r = play(withFacts(armenia, changes), { seed: 1, runs: 100 })
  if (r.status !== 'finished') throw new Error('the engine did not finish')
  return formatDecision(r.moves.find((m) => m.actor === 'russia')!.decision)
}

describe("Moscow's answer to Armenia in 2022", () => {
  it('is observers for Baku alone, with all its forces free', () => {
    expect(armenia.facts.moscow.commitments).toBe(0.9)
    expect(moscow([])).toBe('grant:observers:observe:14')
    expect(moscow([commitments(0)])).toBe('grant:observers:observe:14')
  })

  it('would be observers for the war alone, with armed groups from abroad in place of Baku', () => {
    expect(moscow([ARMED_GROUPS])).toBe('grant:observers:observe:14')
    expect(moscow([ARMED_GROUPS, commitments(0)])).toBe('grant:peacekeepers:guard-sites:14')
  })

  it("is told so, both limits, in the commitments slider's note in both languages and in docs/model.md", () => {
    const english = armenia.inert['moscow.commitments']!
    expect(english).toMatch(/Baku alone is enough/)
    expect(english).toMatch(/the war alone holds Moscow to observers/)
    const ru = parse(readFileSync(join(ROOT, 'scenarios', 'armenia-2022.ru.yaml'), 'utf8')).inert[
      'moscow.commitments'
    ].text as string
    expect(ru).toMatch(/Хватает одного Баку/)
    expect(ru).toMatch(/ограничит одна война/)
    const doc = readFileSync(join(ROOT, 'docs', 'model.md'), 'utf8')
    const paragraph = doc.slice(
      doc.indexOf('- **Armenia, September 2022.**'),
      doc.indexOf('### What the switches'),
    )
    expect(paragraph.replace(/\s+/g, ' ')).toMatch(
      /Two limits keep Moscow to observers, and either is enough alone/,
    )
  })
})
