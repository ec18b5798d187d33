// npm run check as an instructor runs it: a real process, real files, plain output and an exit code.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { actorJsonSchema, scenarioJsonSchema } from '../src/scenario'
import { PROCESS_BUDGET, ROOT, runCli } from './cli-process'
import { fakeCatalog, fakeProfileText, fakeScenarioData } from './fakes'

async function check(...files: string[]): Promise<{ code: number; out: string }> {
  const { code, stdout, stderr } = await runCli('check', files)
  return { code, out: stdout + stderr }
}

/** A file as npm run check names it: from the project's folder, where these tests run it. */
const named = (path: string): string => relative(ROOT, path)
/** The printed lines of an output, for asserting a whole line. */
const lines = (out: string): string[] => out.split('\n')

describe('npm run check', { timeout: PROCESS_BUDGET }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'article-four-check-'))

  it('passes every bundled scenario and actor file', async () => {
    const { code, out } = await check()
    expect(out).toMatch(/^All good: \d+ scenarios? and 11 actor profiles checked, with \d+ translations?\.$/m)
    expect(code).toBe(0)
  })

  it('prints a play-test report for a valid scenario: verdict, decisions, outcome bands, warnings', async () => {
    const { code, out } = await check('scenarios/armenia-2020.yaml')
    expect(code).toBe(0)
    expect(out).toMatch(/scenarios\/armenia-2020\.yaml: valid\. Play-test with the engine in every role:/)
    expect(out).toMatch(/\n {2}Treaty verdict: Not eligible: a condition of Article 4 fails\n/)
    expect(out).toMatch(/1\. Armenia \(engine\) makes no request for help\./)
    expect(out).toMatch(/Risk of casualties and escalation +\d+ +\[\d+–\d+\]/)
    expect(out).toMatch(/! Role "kremlin" \(Russia\) never decides/)
    expect(out).toMatch(/ {2}Beside history:\n +the game +the record\n +asked for help +no +no +✓\n/)
    expect(out).toMatch(/ {4}response +no request to answer +no request to answer +✓\n/)
    expect(out).toMatch(/ {4}China +- +stays silent\n/)
  })

  it("reads a relative path from the folder npm run check was typed in, not the project's", async () => {
    // npm starts the script in the project's folder and says where it was typed in INIT_CWD.
    const typedIn = join(ROOT, 'scenarios')
    const { code, stdout: out } = await runCli('check', ['armenia-2020.yaml'], {
      ...process.env,
      INIT_CWD: typedIn,
      npm_lifecycle_event: 'check',
    })
    expect(out).toMatch(/^armenia-2020\.yaml: valid\./m)
    expect(code).toBe(0)
  })

  // It reads it, but warns: the game's library and npm run sim read only .yaml, .yml and .json, so an instructor
  // whose editor saved crisis.yaml.txt (Notepad's hidden ending) once heard "valid" and then never saw the crisis.
  it('checks a scenario saved under another ending as a scenario, and warns that the game will not read it', async () => {
    const text = join(dir, 'saved-as-text.yaml.txt')
    // With an id of its own: a copy that keeps the bundled file's id is a problem (tested below), not valid.
    writeFileSync(
      text,
      readFileSync(join(ROOT, 'scenarios/armenia-2020.yaml'), 'utf8').replace(
        /^id: armenia-2020$/m,
        'id: saved-as-text',
      ),
    )
    const { code, out } = await check(text)
    expect(out).toMatch(/saved-as-text\.yaml\.txt: valid\./)
    expect(out).not.toMatch(/not a translation file/)
    expect(lines(out)).toContain(
      `${named(text)}:1:1  (file)  the game reads only files whose names end in .yaml, .yml or .json, so it will not show this one: rename it to saved-as-text.yaml (a warning)`,
    )
    expect(code).toBe(0)
  })

  it('says a folder is a folder, and names the command for the scenarios in it, quoted', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'article-four-check-')), 'my course')
    mkdirSync(folder)
    writeFileSync(join(folder, 'my crisis.yaml'), stringify(fakeScenarioData()))
    writeFileSync(join(folder, 'my crisis.ru.yaml'), 'title:\n  text: Кризис\n')
    const { code, stdout, stderr } = await runCli('check', ['my course'], {
      ...process.env,
      INIT_CWD: join(folder, '..'),
      npm_lifecycle_event: 'check',
    })
    expect({ code, stdout, stderr }).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'my course is a folder: npm run check reads files, so name them, such as npm run check -- "my course/my crisis.yaml" (a scenario\'s translations and its actors/ folder are checked with it)\n',
    })
  })

  it('counts the profiles in play, not the files read, and only what was checked', async () => {
    // An actors/ folder beside a scenario holding a copy of every standing profile: 11 in play, not 22.
    const folder = mkdtempSync(join(tmpdir(), 'article-four-check-'))
    cpSync(join(ROOT, 'scenarios', 'actors'), join(folder, 'actors'), {
      recursive: true,
      filter: (f) => !f.endsWith('.ru.yaml'),
    })
    const scenario = join(folder, 'crisis.yaml')
    writeFileSync(
      scenario,
      readFileSync(join(ROOT, 'scenarios/armenia-2020.yaml'), 'utf8').replace(
        /^id: armenia-2020$/m,
        'id: my-armenia',
      ),
    )
    const whole = await check(scenario)
    expect(lines(whole.out).at(-2)).toBe('All good: 1 scenario and 11 actor profiles checked.')
    const translation = await check('scenarios/armenia-2020.ru.yaml')
    expect(lines(translation.out)).toEqual(['All good: 1 translation checked.', ''])
    expect(translation.code).toBe(0)
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
    expect(out).toMatch(/stray\.yaml:\d+:\d+ {2}requester {2}unknown actor "narnia"/)
    // A file with problems keeps its warnings, marked as such, and the closing line counts both.
    expect(out).toMatch(
      /^\S*stray\.yaml:\d+:\d+ {2}requester {2}"narnia" is not one of the members.* \(a warning\)$/m,
    )
    expect(lines(out).at(-2)).toBe('4 problems and 1 warning in 2 files.')
  })

  it('prints schema problems and unknown actors of one file in the same run, each at its line', async () => {
    const both = join(dir, 'both.yaml')
    const text = stringify(fakeScenarioData())
      .replace('regimeThreat: 0.8', 'regimeThreat: high')
      .replace('  - azerbaijan', '  - atlantis')
    writeFileSync(both, text)
    const at = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1
    const { code, out } = await check(both)
    expect(code).toBe(1)
    const told = lines(out).filter((l) => l.startsWith(named(both)))
    expect(told).toHaveLength(2)
    expect(told[0]).toMatch(
      new RegExp(`^${named(both)}:${at('- atlantis')}:\\d+ {2}observer 3 {2}unknown actor "atlantis"`),
    )
    expect(told[1]).toMatch(
      new RegExp(
        `^${named(both)}:${at('regimeThreat')}:\\d+ {2}facts\\.threat\\.regimeThreat {2}expected a number`,
      ),
    )
    expect(lines(out).at(-2)).toBe('2 problems in 1 file.')
  })

  it("prints an actor profile's schema problem, source listed twice and unknown citation in one run, once each, and its translation's own", async () => {
    const actors = join(mkdtempSync(join(tmpdir(), 'article-four-check-')), 'actors')
    mkdirSync(actors)
    const profile = join(actors, 'hill-country.yaml')
    const text = fakeProfileText('A small member [nowhere-2019].', 'Joined the alliance.', [
      '{id: listed-2010, title: A source}',
      '{id: listed-2010, title: The same id again}',
    ])
      .replace('id: russia', 'id: hill-country')
      .replace('kind: leading-member', 'kind: member')
      .replace('traits:', 'trates:')
    writeFileSync(profile, text)
    // Its translation is told, in the same run, what it can be told while the original does not load.
    const translation = join(actors, 'hill-country.ru.yaml')
    writeFileSync(translation, 'summary:\n  text: Небольшой член альянса [nowhere-2019].\n  wrong: 1\n')
    const { code, out } = await check(profile)
    expect(code).toBe(1)
    expect(lines(out).filter((l) => l.startsWith(named(profile)))).toEqual([
      `${named(profile)}:4:10  summary  cites [nowhere-2019], but no source has the id "nowhere-2019"`,
      `${named(profile)}:9:1  trates  unknown field "trates" (did you mean "traits"?)`,
      `${named(profile)}:12:10  source 2, id  source id "listed-2010" is used twice`,
    ])
    expect(lines(out).filter((l) => l.startsWith(named(translation)))).toEqual([
      `${named(translation)}:1:1  (file)  its original, ${named(profile)}, does not load: mend that file first`,
      `${named(translation)}:3:3  summary.wrong  unknown field "wrong"`,
    ])
    expect(lines(out).at(-2)).toBe('5 problems in 2 files.')
  })

  it('prints the warnings of the fields that passed beside the problem of a field the schema refused', async () => {
    const mixed = join(dir, 'mixed.yaml')
    const text = stringify(
      fakeScenarioData({ requester: 'azerbaijan', background: 'It flared up again in 2031.' }),
    ).replace('regimeThreat: 0.8', 'regimeThreat: high')
    writeFileSync(mixed, text)
    const at = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1
    const column = text.split('\n')[at('2031') - 1]!.indexOf('2031') + 1
    const { code, out } = await check(mixed)
    expect(code).toBe(1)
    expect(lines(out).filter((l) => l.startsWith(named(mixed)))).toEqual([
      `${named(mixed)}:${at('2031')}:${column}  background  names 2031, after the scenario starts (2030-01-01): before the debrief a player knows only what was known that day (a warning)`,
      expect.stringMatching(
        new RegExp(
          `^${named(mixed)}:${at('requester:')}:\\d+ {2}requester {2}"azerbaijan" is not one of the members.* \\(a warning\\)$`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^${named(mixed)}:${at('regimeThreat')}:\\d+ {2}facts\\.threat\\.regimeThreat {2}expected a number`,
        ),
      ),
    ])
    expect(lines(out).at(-2)).toBe('1 problem and 2 warnings in 1 file.')
  })

  it('warns, as file:line:column  field  words (a warning), when text before the debrief names a year after the start, and still passes', async () => {
    const later = join(dir, 'later.yaml')
    const text = stringify(
      fakeScenarioData({
        dates: { start: '2010-06-10' },
        background: 'Unrest in the south.\n\nLike Kazakhstan in 2022, the army wavers.',
      }),
    )
    writeFileSync(later, text)
    const at = text.split('\n').findIndex((l) => l.includes('Kazakhstan in 2022'))
    const column = text.split('\n')[at]!.indexOf('2022') + 1
    const { code, out } = await check(later)
    expect(code).toBe(0)
    expect(lines(out)).toContain(
      `${named(later)}:${at + 1}:${column}  background  names 2022, after the scenario starts (2010-06-10): before the debrief a player knows only what was known that day (a warning)`,
    )
    expect(out).toMatch(/later\.yaml: valid\./)
    expect(out).not.toMatch(/! line/)
  })

  it('says how it is used when asked, and checks nothing', async () => {
    const { code, out } = await check('--help')
    expect(code).toBe(0)
    expect(out).toMatch(/^usage: npm run check -- \[files\.\.\.\]\n/)
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
    expect(out).toMatch(
      /broken\.yaml:2:8 {2}\(file\) {2}the \[ that starts the value of "title" is never closed/,
    )
    expect(out).not.toMatch(/\n\s+at /)
  })
})

describe('npm run check, with files as instructors make them', { timeout: PROCESS_BUDGET }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'article-four-check-'))
  const text = (overrides = {}) => stringify(fakeScenarioData(overrides))

  it('converts a file saved as Windows-1252, and says so at the line it changed', async () => {
    const file = join(dir, 'gbao.yaml')
    const utf8 = text({ id: 'gbao-2022', background: 'Dushanbe’s “anti-terrorist operation” begins.' })
    const at = utf8.split('\n').findIndex((l) => l.includes('anti-terrorist'))
    // The column of the first letter the conversion changed.
    const column = utf8.split('\n')[at]!.indexOf('’') + 1
    const high: Record<string, number> = { '’': 0x92, '“': 0x93, '”': 0x94 }
    writeFileSync(
      file,
      Uint8Array.from([...utf8], (c) => high[c] ?? c.charCodeAt(0)),
    )
    const { code, out } = await check(file)
    expect(code).toBe(0)
    expect(out).toMatch(/gbao\.yaml: valid\./)
    expect(lines(out)).toContain(
      `${named(file)}:${at + 1}:${column}  (file)  this file is saved as Windows-1252, not UTF-8: it was converted, and this line now reads "background: Dushanbe’s “anti-terrorist operation” begins.". If a letter is wrong, save it as UTF-8 (Notepad: Save as, Encoding "UTF-8"; Word: Plain Text, "Unicode (UTF-8)"; TextEdit: Plain Text Encoding "Unicode (UTF-8)") (a warning)`,
    )
  })

  it('checks the translation beside a scenario: a stale text warns, with or without a role the original lacks, which fails', async () => {
    const file = join(dir, 'translated.yaml')
    writeFileSync(file, text({ id: 'translated' }))
    writeFileSync(
      join(dir, 'translated.ru.yaml'),
      'title:\n  of: aaaaaaa\n  text: Учебный кризис\nroles:\n  kremlin:\n    title:\n      text: Кремль\n',
    )
    const { code, out } = await check(file)
    expect(code).toBe(1)
    expect(out).toMatch(
      /translated\.ru\.yaml:5:3 {2}roles\.kremlin {2}\S*translated\.yaml has no role "kremlin"/,
    )
    // Its stale title is told in the same run, marked as a warning, not held back until the role is mended.
    expect(out).toMatch(
      /translated\.ru\.yaml:2:7 {2}title\.of {2}stale: the English \(\S*translated\.yaml:\d+\) has changed.* \(a warning\)$/m,
    )
    expect(out).toMatch(/^1 problem and 13 warnings in 1 file\.$/m)
    writeFileSync(join(dir, 'translated.ru.yaml'), 'title:\n  of: aaaaaaa\n  text: Учебный кризис\n')
    const stale = await check(file)
    expect(stale.code).toBe(0)
    expect(stale.out).toMatch(
      /translated\.ru\.yaml:2:7 {2}title\.of {2}stale: the English \(\S*translated\.yaml:\d+\) has changed/,
    )
    expect(stale.out).toMatch(/translated\.ru\.yaml:\d+:\d+ {2}summary {2}missing: no translation of summary/)
    expect(lines(stale.out).at(-2)).toBe(
      'All good: 1 scenario and 11 actor profiles checked, with 1 translation; 13 warnings in 1 file.',
    )
  })

  it("prints the loader's warnings in the format of its problems, after the play-test report", async () => {
    const file = join(dir, 'history-less.yaml')
    const written = text({ id: 'history-less', kind: 'historical' })
    writeFileSync(file, written)
    const line = written.split('\n').indexOf('kind: historical') + 1
    const { code, out } = await check(file)
    expect(code).toBe(0)
    const warning = `${named(file)}:${line}:7  kind  a historical scenario without "history": the debrief cannot set the students' game beside what happened. Add history (the guide lists its fields), or make the scenario hypothetical (a warning)`
    expect(lines(out)).toContain(warning)
    expect(out.indexOf(warning)).toBeGreaterThan(out.indexOf('Play-test warnings:'))
  })

  it('fails two files with one id, naming both', async () => {
    const a = join(dir, 'a.yaml')
    const b = join(dir, 'b.yaml')
    writeFileSync(a, text({ id: 'twin' }))
    writeFileSync(b, text({ id: 'twin' }))
    const twins = await check(a, b)
    expect(twins.code).toBe(1)
    expect(twins.out).toMatch(/a\.yaml:\d+:\d+ {2}id {2}the id "twin" is also the id of \S*b\.yaml/)
    expect(twins.out).toMatch(/b\.yaml:\d+:\d+ {2}id {2}the id "twin" is also the id of \S*a\.yaml/)
  })

  it("fails a copy that keeps a bundled scenario's id, naming the bundled file", async () => {
    const copy = join(dir, 'copy.yaml')
    writeFileSync(copy, readFileSync(join(ROOT, 'scenarios', 'armenia-2020.yaml')))
    const copied = await check(copy)
    expect(copied.code).toBe(1)
    expect(copied.out).toMatch(
      /copy\.yaml:2:5 {2}id {2}the id "armenia-2020" is also the id of scenarios\/armenia-2020\.yaml/,
    )
  })

  it("never calls a copy that keeps a bundled scenario's id valid: it prints the problem alone, and no play-test", async () => {
    // The guide's first step, cp scenarios/kazakhstan-unrest-2026.yaml my-crisis.yaml, before the id is changed.
    const copy = join(mkdtempSync(join(tmpdir(), 'article-four-copy-')), 'my-crisis.yaml')
    writeFileSync(copy, readFileSync(join(ROOT, 'scenarios', 'kazakhstan-unrest-2026.yaml')))
    const { code, out } = await check(copy)
    expect(code).toBe(1)
    expect(out).not.toMatch(/valid|Play-test|All good/)
    expect(lines(out)).toEqual([
      `${named(copy)}:2:5  id  the id "kazakhstan-unrest-2026" is also the id of scenarios/kazakhstan-unrest-2026.yaml: the game finds a scenario by its id, so give each file an id of its own`,
      '',
      '1 problem in 1 file.',
      '',
    ])
  })
})

describe('the published JSON Schema', () => {
  it('is what the schema generates (run npm run schema after changing it)', () => {
    const published = (f: string) => JSON.parse(readFileSync(join(ROOT, 'public', f), 'utf8'))
    const ids = [...fakeCatalog().keys()]
    expect(published('scenario.schema.json')).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema(ids))))
    expect(published('actor.schema.json')).toEqual(JSON.parse(JSON.stringify(actorJsonSchema())))
  })

  it("lists the catalog's actor ids as the choices wherever an actor id goes", () => {
    type Node = { enum?: string[]; items?: Node; propertyNames?: Node; properties?: Record<string, Node> }
    const { properties } = scenarioJsonSchema([...fakeCatalog().keys()]) as Node
    const ids = [...fakeCatalog().keys()].sort()
    expect(properties!.requester!.enum).toEqual(ids)
    expect(properties!.members!.items!.enum).toEqual(ids)
    expect(properties!.overrides!.propertyNames!.enum).toEqual(ids)
    expect(properties!.roles!.items!.properties!.actor!.enum).toEqual(ids)
    expect(properties!.roles!.items!.properties!.id).not.toHaveProperty('enum')
  })
})
