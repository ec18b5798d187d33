// npm run check as an instructor runs it: a real process, real files, plain output and an exit code.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { actorJsonSchema, scenarioJsonSchema } from '../src/scenario'
import { fakeScenarioData } from './fakes'

const ROOT = resolve(import.meta.dirname, '..')
const run = promisify(execFile)

async function check(...files: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run('node', ['--import', 'tsx', 'src/cli/check.ts', ...files], {
      cwd: ROOT,
    })
    return { code: 0, out: stdout + stderr }
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string }
    return { code: err.code, out: err.stdout + err.stderr }
  }
}

// Each test starts a fresh node process that transpiles the checker and, for valid files, play-tests them with
// the engine: fixed work of a few seconds that a loaded machine stretches past vitest's default 5 s.
describe('npm run check', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'article-four-check-'))

  it('passes every bundled scenario and actor file', async () => {
    const { code, out } = await check()
    expect(out).toMatch(/^All good: \d+ scenarios? and 11 actor profiles checked\.$/m)
    expect(code).toBe(0)
  })

  it('prints a play-test report for a valid scenario: verdict, decisions, outcome bands, warnings', async () => {
    const { code, out } = await check('scenarios/armenia-2020.yaml')
    expect(code).toBe(0)
    expect(out).toMatch(/scenarios\/armenia-2020\.yaml: valid\. Play-test with the engine in every role:/)
    expect(out).toMatch(/Treaty verdict: NOT-ELIGIBLE/)
    expect(out).toMatch(/1\. Armenia \(engine\) makes no request for help\./)
    expect(out).toMatch(/Risk of casualties and escalation +\d+ +\[\d+–\d+\]/)
    expect(out).toMatch(/! Role "kremlin" \(Russia\) never decides/)
  })

  it('prints each problem as file:line:column  field  message and exits 1', async () => {
    const bad = join(dir, 'bad.yaml')
    const stray = join(dir, 'stray.yaml')
    writeFileSync(bad, stringify(fakeScenarioData()).replace('regimeThreat: 0.8', 'regimeThreat: 2'))
    writeFileSync(stray, stringify(fakeScenarioData()).replace('requester: kazakhstan', 'requester: narnia'))
    const { code, out } = await check(bad, stray)
    expect(code).toBe(1)
    expect(out).toMatch(
      /bad\.yaml:\d+:\d+ {2}facts\.threat\.regimeThreat {2}expected a number from 0 to 1, got 2/,
    )
    expect(out).toMatch(
      /stray\.yaml:\d+:\d+ {2}requester {2}the requester "narnia" must be one of the members/,
    )
    expect(out).toMatch(/\d+ problems in 2 files\./)
  })

  it('warns, with file and line, when text before the debrief names a year after the start, and still passes', async () => {
    const later = join(dir, 'later.yaml')
    const text = stringify(
      fakeScenarioData({
        dates: { start: '2010-06-10' },
        background: 'Unrest in the south.\n\nLike Kazakhstan in 2022, the army wavers.',
      }),
    )
    writeFileSync(later, text)
    const line = text.split('\n').findIndex((l) => l.includes('Kazakhstan in 2022')) + 1
    const { code, out } = await check(later)
    expect(code).toBe(0)
    expect(out).toContain(
      `later.yaml:${line}:${text.split('\n')[line - 1]!.indexOf('2022') + 1}  background  names 2022, after the scenario starts (2010-06-10)`,
    )
    expect(out).toMatch(/1 warning in 1 file\./)
  })

  it('says plainly when a file does not exist, without a stack trace', async () => {
    const { code, out } = await check(join(dir, 'missing.yaml'))
    expect(code).toBe(1)
    expect(out).toMatch(/missing\.yaml:1:1 {2}\(file\) {2}cannot read this file/)
    expect(out).not.toMatch(/\n\s+at /)
  })

  it('reports broken YAML without a stack trace', async () => {
    const broken = join(dir, 'broken.yaml')
    writeFileSync(broken, 'id: x\ntitle: [oops\n')
    const { code, out } = await check(broken)
    expect(code).toBe(1)
    expect(out).toMatch(/broken\.yaml:\d+:\d+ {2}\(file\) {2}broken YAML/)
    expect(out).not.toMatch(/\n\s+at /)
  })
})

describe('the published JSON Schema', () => {
  it('is what the schema generates (run npm run schema after changing it)', () => {
    const published = (f: string) => JSON.parse(readFileSync(join(ROOT, 'public', f), 'utf8'))
    expect(published('scenario.schema.json')).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())))
    expect(published('actor.schema.json')).toEqual(JSON.parse(JSON.stringify(actorJsonSchema())))
  })
})
