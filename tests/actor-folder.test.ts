// An instructor's own actor profiles, in an actors/ folder beside their scenario: npm run check and npm run sim
// read the same catalog (the standing profiles, with those beside the scenario in place of their namesakes), so
// a scenario passes both or fails both, with the same explanation.
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
})
