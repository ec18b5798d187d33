// An instructor's own actor profiles, in an actors/ folder beside their scenario: npm run check and npm run sim
// read the same catalog (the standing profiles, with those beside the scenario in place of their namesakes), so
// a scenario passes both or fails both, with the same explanation. The translations there are checked against
// their profiles as the bundled ones are.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ActorId } from '../src/scenario'
import { readScenario } from '../src/scenario/files'
import { PROCESS_BUDGET, ROOT, runCli } from './cli-process'

async function cli(script: 'check' | 'sim', file: string): Promise<{ code: number; out: string }> {
  const { code, stdout, stderr } = await runCli(script, [file])
  return { code, out: stdout + stderr }
}

const bundled = (path: string) => readFileSync(join(ROOT, 'scenarios', path), 'utf8')

/** A folder holding Armenia 2020 under an id of its own, with Georgia watching, and an actors/ folder. */
function folder(profiles: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'article-four-actors-'))
  const scenario = bundled('armenia-2020.yaml')
    .replace(/^id: .*$/m, 'id: my-armenia')
    .replace(
      'observers: [china, west, azerbaijan, turkey]',
      'observers: [china, west, azerbaijan, turkey, georgia]',
    )
  writeFileSync(join(dir, 'crisis.yaml'), scenario)
  mkdirSync(join(dir, 'actors'))
  for (const [name, text] of Object.entries(profiles)) writeFileSync(join(dir, 'actors', name), text)
  return join(dir, 'crisis.yaml')
}
const georgia = bundled('actors/armenia.yaml')
  .replace('id: armenia', 'id: georgia')
  .replace('name: Armenia', 'name: Georgia')

describe('an actors/ folder beside a scenario', { timeout: PROCESS_BUDGET }, () => {
  it('adds its profiles to the standing ones, for check and sim alike', async () => {
    const file = folder({ 'georgia.yaml': georgia })
    const loaded = readScenario(file)
    expect(loaded.ok ? Object.keys(loaded.scenario.actors).sort() : loaded.problems).toContain('georgia')
    const [check, sim] = await Promise.all([cli('check', file), cli('sim', file)])
    expect(check.out).toMatch(/crisis\.yaml: valid\./)
    expect(check.out).toMatch(/^All good: 1 scenario and 12 actor profiles checked\.$/m)
    expect(check.code).toBe(0)
    expect(sim.out).toMatch(/^Armenia, autumn 2020/m)
    expect(sim.code).toBe(0)
  })

  it('puts a profile in place of the standing one with the same id', async () => {
    const russia = bundled('actors/russia.yaml').replace(/^name: .*$/m, 'name: Russia as we teach it')
    const file = folder({ 'russia.yaml': russia, 'georgia.yaml': georgia })
    const loaded = readScenario(file)
    expect(loaded.ok && loaded.scenario.actors['russia' as ActorId]?.name).toBe('Russia as we teach it')
    const check = await cli('check', file)
    expect(check.out).toContain('Russia as we teach it')
    expect(check.code).toBe(0)
  })

  it('fails check and sim with the same explanation when a profile there is broken', async () => {
    const file = folder({ 'georgia.yaml': georgia.replace(/^kind: member\n/m, '') })
    const [check, sim] = await Promise.all([cli('check', file), cli('sim', file)])
    const told = (out: string) => out.split('\n').filter((l) => l.includes('georgia.yaml:'))
    const explanation = (out: string) =>
      told(out).map((l) => l.replace(/^\S*georgia\.yaml:/, 'georgia.yaml:'))
    expect(explanation(check.out)).toEqual([
      'georgia.yaml:2:1  kind  missing field "kind": one of "leading-member", "member", "neighbour-power", "outsider"',
    ])
    expect(explanation(sim.out)).toEqual(explanation(check.out))
    expect([check.code, sim.code]).toEqual([1, 1])
  })

  it("keeps a valid profile's warnings, for check and sim, when another profile there is broken", async () => {
    const dated = georgia.replace('A landlocked member', 'Since 2008, a landlocked member')
    const broken = georgia.replace('id: georgia', 'id: abkhazia').replace(/^kind: member\n/m, '')
    const file = folder({ 'georgia.yaml': dated, 'abkhazia.yaml': broken })
    const [check, sim] = await Promise.all([cli('check', file), cli('sim', file)])
    expect(check.out).toMatch(/georgia\.yaml:6:9 {2}summary {2}names 2008.*\(a warning\)$/m)
    expect(sim.out).toMatch(/^warning: \S*georgia\.yaml:6:9 {2}summary {2}names 2008/m)
    expect(check.out).toMatch(/abkhazia\.yaml:2:1 {2}kind {2}missing field "kind"/)
    expect(check.out).toMatch(/^1 problem and 1 warning in 2 files\.$/m)
    expect(check.code).toBe(1)
  })
})

/** Armenia's Russian profile, as the translation of Georgia (Armenia renamed): its name's English has changed. */
const georgiaRu = bundled('actors/armenia.ru.yaml').replace('text: Армения', 'text: Грузия')
const warned = (out: string) =>
  out
    .split('\n')
    .filter((l) => /georgia\.\w+\.yaml:/i.test(l))
    .map((l) => l.replace(/^\S*actors\//, 'actors/'))

describe('the translations in an actors/ folder beside a scenario', { timeout: PROCESS_BUDGET }, () => {
  it('are checked with it: a stale, a missing and an untranslated text each warn at its line', async () => {
    const translation = georgiaRu
      .replace(/^summary:[\s\S]*?(?=^record:)/m, '')
      .replace(
        'Одно из шести государств, подписавших Договор о коллективной безопасности в Ташкенте [cst-1992].',
        'One of the six states that signed the Collective Security Treaty at Tashkent [cst-1992].',
      )
    const file = folder({ 'georgia.yaml': georgia, 'georgia.ru.yaml': translation })
    const { code, out } = await cli('check', file)
    expect(warned(out)).toEqual([
      expect.stringMatching(
        /^actors\/georgia\.ru\.yaml:2:1 {2}summary {2}missing: no translation of summary \(the English is at \S*actors\/georgia\.yaml:5\) \(a warning\)$/,
      ),
      expect.stringMatching(
        /^actors\/georgia\.ru\.yaml:3:7 {2}name\.of {2}stale: the English \(\S*actors\/georgia\.yaml:3\) has changed since this was translated\./,
      ),
      expect.stringMatching(
        /^actors\/georgia\.ru\.yaml:7:11 {2}record, item 1, text {2}still the English, word for word \(\S*actors\/georgia\.yaml:12\): translate it \(a warning\)$/,
      ),
    ])
    expect(out).toMatch(
      /^All good: 1 scenario and 12 actor profiles checked, with 1 translation; 3 warnings in 1 file\.$/m,
    )
    expect(code).toBe(0)
  })

  it('fail the check with a text their profile lacks, or with no profile of their name', async () => {
    const file = folder({
      'georgia.yaml': georgia,
      'georgia.ru.yaml': `${georgiaRu}motto:\n  text: Сила в единстве\n`,
      'abkhazia.ru.yaml': georgiaRu,
    })
    const { code, out } = await cli('check', file)
    expect(out).toMatch(/crisis\.yaml: valid\./)
    expect(out).toMatch(/^\S*actors\/georgia\.ru\.yaml:\d+:\d+ {2}motto {2}/m)
    expect(out).toMatch(
      /^\S*actors\/abkhazia\.ru\.yaml:1:1 {2}\(file\) {2}translates \S*actors\/abkhazia\.yaml, which is not there/m,
    )
    expect(out).toMatch(/^2 problems in 2 files\.$/m)
    expect(code).toBe(1)
  })

  it('are told when misnamed, by check and sim in the same words, and not read as profiles', async () => {
    const file = folder({ 'georgia.yaml': georgia, 'georgia.RU.yaml': georgiaRu })
    const [check, sim] = await Promise.all([cli('check', file), cli('sim', file)])
    const misnamed = [
      "actors/georgia.RU.yaml:1:1  (file)  a translation's name is written in lower case: rename this file to georgia.ru.yaml, the name the game and npm run check look for",
    ]
    expect(warned(check.out)).toEqual(misnamed)
    expect(warned(sim.out)).toEqual(misnamed)
    expect([check.code, sim.code]).toEqual([1, 1])
  })
})
