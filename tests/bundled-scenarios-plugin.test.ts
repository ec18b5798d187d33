// The build's scenarios: checked with the same loader, and stopped when two files share an id.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { bundledScenarios } from '../scripts/bundled-scenarios-plugin'
import { fakeScenarioData } from './fakes'

const ROOT = resolve(import.meta.dirname, '..')

/** A project folder with the standing actors and the given scenario files. */
function project(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'article-four-build-'))
  mkdirSync(join(root, 'scenarios'))
  cpSync(join(ROOT, 'scenarios', 'actors'), join(root, 'scenarios', 'actors'), { recursive: true })
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'scenarios', name), text)
  return root
}

/** What the build does with the virtual module: the plugin's load hook, with the little of Rollup it uses. */
function build(root: string): unknown {
  const plugin = bundledScenarios(root)
  const load = plugin.load as unknown as (this: unknown, id: string) => string
  const code = load.call(
    {
      addWatchFile() {},
      error(message: string): never {
        throw new Error(message)
      },
    },
    '\0virtual:bundled-scenarios',
  )
  return JSON.parse(JSON.parse(/^export default JSON\.parse\((.*)\)$/s.exec(code)![1]!))
}

describe('the bundled scenarios plugin', () => {
  it('ships each scenario as the loader read it', () => {
    const data = build(project({ 'crisis.yaml': stringify(fakeScenarioData()) })) as {
      scenarios: { ok: boolean; value: { id: string } }[]
    }
    expect(data.scenarios).toEqual([
      expect.objectContaining({ ok: true, value: expect.objectContaining({ id: 'test-crisis' }) }),
    ])
  })

  it('stops the build when two files share an id, naming both', () => {
    const copy = readFileSync(join(ROOT, 'scenarios', 'armenia-2020.yaml'))
    const root = project({ 'armenia-2020.yaml': copy, 'my-crisis.yaml': copy })
    expect(() => build(root)).toThrow(
      /scenarios\/armenia-2020\.yaml:2:5 {2}id {2}the id "armenia-2020" is also the id of scenarios\/my-crisis\.yaml/,
    )
  })
})
