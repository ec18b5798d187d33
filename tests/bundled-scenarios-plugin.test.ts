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

/** The code the build makes of a virtual module: the plugin's load hook, with the little of Rollup it uses. */
function code(root: string, id: string): string {
  const plugin = bundledScenarios(root)
  const load = plugin.load as unknown as (this: unknown, id: string) => string
  return load.call(
    {
      addWatchFile() {},
      error(message: string): never {
        throw new Error(message)
      },
    },
    `\0${id}`,
  )
}

/** The data of a module written as `export default JSON.parse("…")`. */
const data = (module: string): unknown =>
  JSON.parse(JSON.parse(/^export default JSON\.parse\((.*)\)$/s.exec(module)![1]!))

/** The index module's entries, run as the browser would run them, without following their imports. */
function index(module: string): unknown[] {
  const body = module.replace(/^export default /, 'return ').replaceAll(/import\(("[^"]*")\)/g, '$1')
  return new Function(body)() as unknown[]
}

describe('the bundled scenarios plugin', () => {
  it('ships each scenario as the loader read it, in a module of its own named in an index', () => {
    const root = project({ 'crisis.yaml': stringify(fakeScenarioData()), 'broken.yaml': 'id: [' })
    const items = index(code(root, 'virtual:bundled-scenarios')) as { id?: string; load?: () => string }[]
    expect(items).toEqual([
      {
        failed: expect.objectContaining({
          ok: false,
          problems: [expect.objectContaining({ file: 'scenarios/broken.yaml' })],
        }),
      },
      { id: 'test-crisis', load: expect.any(Function) },
    ])
    const module = items[1]!.load!()
    expect(module).toBe('virtual:bundled/scenario-test-crisis')
    expect(data(code(root, module))).toEqual(
      expect.objectContaining({ ok: true, value: expect.objectContaining({ id: 'test-crisis' }) }),
    )
    expect(() => code(root, 'virtual:bundled/scenario-no-such-crisis')).toThrow(
      'no bundled scenario has the id',
    )
  })

  it('ships the actor catalog apart, for the scenarios an instructor brings', () => {
    const catalog = data(code(project({}), 'virtual:bundled-catalog')) as {
      ok: boolean
      value: { id: string }[]
    }
    expect(catalog.ok).toBe(true)
    expect(catalog.value.map((a) => a.id)).toContain('russia')
  })

  it('stops the build when two files share an id, naming both', () => {
    const copy = readFileSync(join(ROOT, 'scenarios', 'armenia-2020.yaml'))
    const root = project({ 'armenia-2020.yaml': copy, 'my-crisis.yaml': copy })
    expect(() => code(root, 'virtual:bundled-scenarios')).toThrow(
      /scenarios\/armenia-2020\.yaml:2:5 {2}id {2}the id "armenia-2020" is also the id of scenarios\/my-crisis\.yaml/,
    )
  })

  it('stops the build at a translation named in capitals, as npm run check does, rather than read it as a scenario', () => {
    const root = project({
      'armenia-2020.yaml': readFileSync(join(ROOT, 'scenarios', 'armenia-2020.yaml')),
      'armenia-2020.RU.yaml': readFileSync(join(ROOT, 'scenarios', 'armenia-2020.ru.yaml')),
    })
    expect(() => code(root, 'virtual:bundled-scenarios')).toThrow(
      /scenarios\/armenia-2020\.RU\.yaml:1:1 {2}\(file\) {2}a translation's name is written in lower case: rename this file to armenia-2020\.ru\.yaml/,
    )
  })
})
