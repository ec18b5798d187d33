// npm run sim as an instructor runs it: a scenario named by its id or its path, and a translation given in its
// place told as one, with the original to give instead.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
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

  it("says who went and how many, calling an observer mission's people officers, not troops", async () => {
    const observers = await sim('armenia-2022')
    expect(observers.code).toBe(0)
    expect(observers.out).toMatch(
      /\nOn the ground: about \d+ officers \(Russia \d+(, [A-Z][a-z]+ \d+)*\) in an observer mission, to observe and report for \d+ days\.\n/,
    )
    const peacekeepers = await sim('kazakhstan-2022')
    expect(peacekeepers.out).toMatch(
      /\nOn the ground: about [\d,]+ troops \(Russia [\d,]+(, [A-Z][a-z]+ [\d,]+)*\) in a peacekeeping contingent, to guard strategic sites for \d+ days\.\n/,
    )
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

  it('explains --seed N when asked how it is used', async () => {
    const { out } = await sim('--help')
    expect(out).toMatch(/\n {2}--seed N +the seed of the engine's dice, a whole number/)
  })

  it('refuses a seed or temperature that is not written as a plain number, rather than read it as 0 or 16', async () => {
    const said = await Promise.all([
      sim('armenia-2020', '--seed='),
      sim('armenia-2020', '--seed', '0x10'),
      sim('armenia-2020', '--temperature', ''),
      sim('armenia-2020', '--temperature', '1e-2'),
    ])
    expect(said).toEqual([
      { code: 1, out: '', err: '--seed takes a whole number of 0 or more, such as --seed 7, not ""\n' },
      { code: 1, out: '', err: '--seed takes a whole number of 0 or more, such as --seed 7, not "0x10"\n' },
      {
        code: 1,
        out: '',
        err: '--temperature takes a number from 0 to 5, such as --temperature 0.05, not ""\n',
      },
      {
        code: 1,
        out: '',
        err: '--temperature takes a number from 0 to 5, such as --temperature 0.05, not "1e-2"\n',
      },
    ])
  })

  it('refuses a choice in the words of the role typed, listing the options that role has there', async () => {
    const { code, out } = await sim('kazakhstan-2022', '--as', 'kremlin', '--choose', 'consent')
    expect(code).toBe(1)
    expect(out.slice(out.indexOf('Not a valid choice')).split('\n')).toEqual([
      'Not a valid choice: "consent" is not an option for kremlin (Russia) at the response stage. Its options:',
      '  --choose refuse',
      '  --choose consult',
      '  --choose grant:observers:observe:14',
      '  --choose grant:peacekeepers:guard-sites:14',
      '  --choose grant:peacekeepers:restore-order:14',
      '  --choose bilateral:guard-sites:14',
      '  --choose bilateral:restore-order:14',
      '',
    ])
  })

  it("prints the verdict and history in the moves' words, not the files' ids", async () => {
    const { code, out } = await sim('kazakhstan-2022')
    expect(code).toBe(0)
    expect(out).toMatch(/^Treaty verdict: Contested: the treaty can be read either way$/m)
    const rows = out.slice(out.indexOf('Beside history:')).split('\n').slice(2, 11)
    expect(rows.map((l) => l.trim().split(/ {2,}/).slice(0, 2))).toEqual([
      ['asked for help', 'yes'],
      ['framing', 'foreign-backed terrorism'],
      ['help asked for', 'a peacekeeping contingent'],
      ['response', 'a peacekeeping contingent'],
      ['mission', 'guard strategic sites'],
      ['Council', 'agreed'],
      ['troops', '2500'],
      ['days', '14'],
      ['China', 'endorses the outcome publicly'],
    ])
  })

  it('tells an actor profile for what it is, rather than list the fields a scenario has', async () => {
    const said = await sim('scenarios/actors/russia.yaml')
    expect(said).toEqual({
      code: 1,
      out: '',
      err: 'scenarios/actors/russia.yaml is an actor profile, not a scenario: npm run sim plays a scenario, which names the actors it uses. npm run check -- scenarios/actors/russia.yaml checks the profile.\n',
    })
  })

  it('names a missing file as the reader typed it, as check does', async () => {
    const said = await sim('nothere.yaml')
    expect(said).toEqual({
      code: 1,
      out: '',
      err: 'nothere.yaml:1:1  (file)  cannot read this file: does it exist?\n',
    })
  })

  it('quotes a path with a space in the commands it suggests', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'article-four-sim-')), 'my course')
    mkdirSync(folder)
    writeFileSync(join(folder, 'my crisis.yaml'), stringify(fakeScenarioData()))
    writeFileSync(join(folder, 'my crisis.ru.yaml'), 'title:\n  text: Кризис\n')
    const { code, stderr: err } = await runCli('sim', ['my course/my crisis.ru.yaml'], {
      ...process.env,
      INIT_CWD: join(folder, '..'),
      npm_lifecycle_event: 'sim',
    })
    expect(code).toBe(1)
    expect(err.split('\n')).toEqual([
      'my course/my crisis.ru.yaml is the Russian translation of my course/my crisis.yaml, not a scenario, and npm run sim plays scenarios in English only. Give it the original:',
      '  npm run sim -- "my course/my crisis.yaml"',
      'npm run check -- "my course/my crisis.yaml" checks the translation against it.',
      '',
    ])
  })

  it('names the ids it knows when given one it does not', async () => {
    const { code, err } = await sim('gbao-2022')
    expect(code).toBe(1)
    expect(err).toMatch(/no scenario with the id "gbao-2022" in scenarios\/; the ids there: armenia-2020, /)
  })

  it('tells a bundled translation named as an id for what it is, and names its original', async () => {
    const { code, out, err } = await sim('kazakhstan-2022.ru')
    expect({ code, out }).toEqual({ code: 1, out: '' })
    expect(err).toMatch(
      /^\S*scenarios\/kazakhstan-2022\.ru\.yaml is the Russian translation of \S*scenarios\/kazakhstan-2022\.yaml, not a scenario/,
    )
    expect(err).toMatch(/^ {2}npm run sim -- \S*scenarios\/kazakhstan-2022\.yaml$/m)
  })
})

describe('npm run sim, given a translation in place of a scenario', { timeout: PROCESS_BUDGET }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'article-four-sim-'))
  const russian = readFileSync(join(ROOT, 'scenarios', 'armenia-2020.ru.yaml'), 'utf8')
  writeFileSync(
    join(dir, 'crisis.yaml'),
    readFileSync(join(ROOT, 'scenarios', 'armenia-2020.yaml'), 'utf8').replace(/^id: .*$/m, 'id: my-armenia'),
  )
  const given = async (name: string) => {
    writeFileSync(join(dir, name), russian)
    return sim(join(dir, name))
  }

  it('says it is the Russian translation of its original, and names the original to play', async () => {
    const { code, out, err } = await given('crisis.ru.yaml')
    expect({ code, out }).toEqual({ code: 1, out: '' })
    expect(err.split('\n')).toEqual([
      expect.stringMatching(
        /^\S*crisis\.ru\.yaml is the Russian translation of \S*crisis\.yaml, not a scenario, and npm run sim plays scenarios in English only\. Give it the original:$/,
      ),
      expect.stringMatching(/^ {2}npm run sim -- \S*crisis\.yaml$/),
      expect.stringMatching(/^npm run check -- \S*crisis\.yaml checks the translation against it\.$/),
      '',
    ])
    expect(err).not.toMatch(/missing field/)
  })

  it('plays the original it names', async () => {
    const { err } = await given('crisis.ru.yaml')
    const original = /npm run sim -- (\S+)/.exec(err)?.[1]
    const played = await sim(join(ROOT, original!))
    expect(played.code).toBe(0)
    expect(played.out).toMatch(/^Armenia, autumn 2020/)
  })

  it('says when the original it translates is not there', async () => {
    const { code, err } = await given('lone.ru.yaml')
    expect(code).toBe(1)
    expect(err).toMatch(
      /^\S*lone\.ru\.yaml is the Russian translation of \S*lone\.yaml, which is not there\. npm run sim plays a scenario, not a translation: if \S*lone\.ru\.yaml is a whole scenario, name it without "\.ru"\.\n$/,
    )
  })

  it('tells a translation into another language as check does, then names the original', async () => {
    const { code, out, err } = await given('crisis.de.yaml')
    expect({ code, out }).toEqual({ code: 1, out: '' })
    expect(err.split('\n').slice(0, 3)).toEqual([
      expect.stringMatching(
        /^\S*crisis\.de\.yaml:1:1 {2}\(file\) {2}named as a translation into German \("\.de\."\), but only Russian translations are supported/,
      ),
      expect.stringMatching(
        /^\S*crisis\.de\.yaml is named as the German translation of \S*crisis\.yaml, not a scenario, and npm run sim plays scenarios in English only\. Give it the original:$/,
      ),
      expect.stringMatching(/^ {2}npm run sim -- \S*crisis\.yaml$/),
    ])
    expect(err).not.toMatch(/missing field/)
  })

  it('tells a Russian translation named in capitals as check does, then names the original', async () => {
    const { code, err } = await given('crisis.RU.yaml')
    expect(code).toBe(1)
    expect(err).toMatch(
      /^\S*crisis\.RU\.yaml:1:1 {2}\(file\) {2}a translation's name is written in lower case: rename this file to crisis\.ru\.yaml/,
    )
    expect(err).toMatch(
      /\n\S*crisis\.RU\.yaml is named as the Russian translation of \S*crisis\.yaml, not a scenario/,
    )
    expect(err).toMatch(/\n {2}npm run sim -- \S*crisis\.yaml\n$/)
  })
})
