// npm run sim as an instructor runs it: a scenario named by its id or its path.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { findScenario } from '../src/scenario/files'
import { PROCESS_BUDGET, ROOT, runCli } from './cli-process'
import { fakeScenarioData } from './fakes'

async function sim(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { code, stdout, stderr } = await runCli('sim', args)
  return { code, out: stdout, err: stderr }
}

describe('finding a scenario', () => {
  const dir = mkdtempSync(join(tmpdir(), 'article-four-sim-'))
  writeFileSync(join(dir, 'gbao.yaml'), stringify(fakeScenarioData({ id: 'gbao-2022' })))

  it('by the id inside the file, when the file is named otherwise', () => {
    expect(findScenario('gbao-2022', dir)).toEqual({ ok: true, path: join(dir, 'gbao.yaml') })
  })

  it('by the file name without its extension', () => {
    expect(findScenario('gbao', dir)).toEqual({ ok: true, path: join(dir, 'gbao.yaml') })
  })

  it('by a path', () => {
    expect(findScenario(join(dir, 'gbao.yaml'))).toEqual({ ok: true, path: join(dir, 'gbao.yaml') })
  })

  it('or says which ids there are', () => {
    expect(findScenario('karakalpakstan-2022', dir)).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^no scenario with the id "karakalpakstan-2022" in .*; the ids there: gbao-2022\./,
      ),
    })
  })
})

describe('npm run sim', { timeout: PROCESS_BUDGET }, () => {
  it('plays a scenario named by its id', async () => {
    const { code, out } = await sim('armenia-2020')
    expect(code).toBe(0)
    expect(out).toMatch(/^Armenia[^\n]* — seed 1, temperature 0\n/)
    expect(out).toMatch(/\n\nBeside history:\n +the game +the record\n {2}asked for help +no +no +✓\n/)
  })

  it('sets the game beside history in its JSON too', async () => {
    const { code, out } = await sim('kazakhstan-2022', '--json')
    expect(code).toBe(0)
    const { history } = JSON.parse(out) as { history: { rows: { aspect: string; matches?: boolean }[] } }
    expect(history.rows.map((r) => r.aspect)).toEqual([
      'requested',
      'framing',
      'help',
      'response',
      'mission',
      'council',
      'troops',
      'days',
      'china',
    ])
  })

  it("runs the README's examples as written, the player's decision taken", async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const examples = [...readme.matchAll(/^npm run sim -- (.+)$/gm)].map((m) => m[1]!.split(' '))
    expect(examples.length).toBeGreaterThan(0)
    for (const args of examples) {
      const { code, out, err } = await sim(...args)
      expect({ args, code, err }).toEqual({ args, code: 0, err: '' })
      if (args.includes('--as')) expect(out).toMatch(/\(player\)/)
    }
  })

  it('says which --choose decisions the game never came to', async () => {
    // Armenia does not ask in 2020, so the Kremlin never answers.
    const unasked = await sim('armenia-2020', '--as', 'kremlin', '--choose', 'refuse')
    expect(unasked.code).toBe(0)
    expect(unasked.err).toBe(
      'note: kremlin decided 0 times in this game, so this --choose was not used: refuse\n',
    )
    const spare = await sim(
      'kazakhstan-2022',
      '--as',
      'kremlin',
      '--choose',
      'grant:peacekeepers:guard-sites:14',
      '--choose',
      'refuse',
    )
    expect(spare.err).toBe('note: kremlin decided once in this game, so this --choose was not used: refuse\n')
  })

  it('says how it is used when asked, and plays nothing', async () => {
    const { code, out, err } = await sim('--help')
    expect({ code, err }).toEqual({ code: 0, err: '' })
    expect(out).toMatch(/^usage: npm run sim -- <scenario id or file>/)
    expect(out).toMatch(/bilateral:guard-sites:14, refuse, consult/)
  })

  it('names the ids it knows when given one it does not', async () => {
    const { code, err } = await sim('gbao-2022')
    expect(code).toBe(1)
    expect(err).toMatch(/no scenario with the id "gbao-2022" in scenarios\/; the ids there: armenia-2020, /)
  })
})
