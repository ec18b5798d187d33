// npm run check reads and parses each file once: a translated scenario's original, checked in the same run, used
// to be read from disk and parsed again to compare its translation with. Counted here are the readings of each
// file from disk (read-text.ts, the one way the checker reads a file) and of each text's YAML (read-yaml.ts).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runCheck } from '../src/cli/check-run'
import { ACTOR_DIR, SCENARIO_DIR } from '../src/scenario/files'

const counted = vi.hoisted(() => ({ fromDisk: [] as string[], yaml: [] as string[] }))

vi.mock('../src/scenario/read-text', async (original) => {
  const read = await original<typeof import('../src/scenario/read-text')>()
  return {
    ...read,
    readText: (path: string, name?: string) => {
      counted.fromDisk.push(path)
      return read.readText(path, name)
    },
  }
})

vi.mock('../src/scenario/read-yaml', async (original) => {
  const read = await original<typeof import('../src/scenario/read-yaml')>()
  return {
    ...read,
    readYaml: (text: string, file: string) => {
      counted.yaml.push(file)
      return read.readYaml(text, file)
    },
  }
})

/** The items that come more than once in a list, with how many times each comes. */
function repeated(list: readonly string[]): Record<string, number> {
  const times = new Map<string, number>()
  for (const x of list) times.set(x, (times.get(x) ?? 0) + 1)
  return Object.fromEntries([...times].filter(([, n]) => n > 1))
}

const name = (path: string) => relative(process.cwd(), path)

/**
 * A copy of a bundled scenario under an id of its own, `changed` as given, beside a copy of its translation whose
 * title is stale; checked by naming the scenario, with what it printed, its exit code and what was read.
 */
function checkCopy(
  changed: (text: string) => string = (t) => t,
  dir = mkdtempSync(join(tmpdir(), 'article-four-check-once-')),
) {
  const scenario = join(dir, 'crisis.yaml')
  const translation = join(dir, 'crisis.ru.yaml')
  const original = readFileSync(join(SCENARIO_DIR, 'armenia-2020.yaml'), 'utf8')
  writeFileSync(scenario, changed(original.replace(/^id: armenia-2020$/m, 'id: crisis-copy')))
  const russian = readFileSync(join(SCENARIO_DIR, 'armenia-2020.ru.yaml'), 'utf8')
  writeFileSync(translation, russian.replace(/^(title:\n {2}of: )\S+$/m, '$1aaaaaaa'))
  const out: string[] = []
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out.push(String(s))
    return true
  })
  counted.fromDisk.length = 0
  counted.yaml.length = 0
  const code = runCheck([scenario])
  return {
    dir,
    scenario: name(scenario),
    translation: name(translation),
    code,
    printed: out.join(''),
    fromDisk: counted.fromDisk.map((p) => relative(process.cwd(), resolve(p))),
    yaml: [...counted.yaml],
  }
}

describe('npm run check, given a scenario with its translation beside it', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('reads each file from disk once and its YAML once, the original too, and checks the translation against it', () => {
    const { scenario, translation, code, printed, fromDisk, yaml } = checkCopy()
    expect(code).toBe(0)
    expect(printed).toMatch(
      /^All good: 1 scenario and 11 actor profiles checked, with 1 translation; 1 warning in 1 file\.$/m,
    )
    // The translation was compared with its original: the text whose English changed is told, at its line.
    expect(printed).toContain(
      `${translation}:3:7  title.of  stale: the English (${scenario}:3) has changed since this was translated`,
    )
    expect(fromDisk).toEqual(expect.arrayContaining([scenario, translation]))
    expect(repeated(fromDisk)).toEqual({})
    expect(yaml).toEqual(expect.arrayContaining([scenario, translation]))
    expect(repeated(yaml)).toEqual({})
  })

  it('reads an original that does not load once too, and tells its translation so, with its own problem once', () => {
    const { scenario, translation, code, printed, fromDisk, yaml } = checkCopy((t) =>
      t.replace(/^title: /m, 'titel: '),
    )
    expect(code).toBe(1)
    const told = printed.split('\n')
    expect(told.filter((l) => l.startsWith(`${translation}:`))).toEqual([
      `${translation}:1:1  (file)  its original, ${scenario}, does not load: mend that file first`,
    ])
    expect(told.filter((l) => l.startsWith(`${scenario}:`) && l.includes('titel'))).toHaveLength(1)
    expect(repeated(fromDisk)).toEqual({})
    expect(repeated(yaml)).toEqual({})
  })

  // A profile of an actors/ folder beside the scenario is read for the scenario's catalog, and its translation,
  // checked with the scenario, was compared with it read and parsed again.
  it("reads a profile beside the scenario once, for the scenario's catalog and its translation alike", () => {
    const dir = mkdtempSync(join(tmpdir(), 'article-four-check-once-'))
    mkdirSync(join(dir, 'actors'))
    const profile = join(dir, 'actors', 'armenia.yaml')
    const profileTranslation = join(dir, 'actors', 'armenia.ru.yaml')
    copyFileSync(join(ACTOR_DIR, 'armenia.yaml'), profile)
    const russian = readFileSync(join(ACTOR_DIR, 'armenia.ru.yaml'), 'utf8')
    writeFileSync(profileTranslation, russian.replace(/^(summary:\n {2}of: )\S+$/m, '$1aaaaaaa'))
    const { code, printed, fromDisk, yaml } = checkCopy(undefined, dir)
    expect(code).toBe(0)
    expect(printed).toMatch(
      /^All good: 1 scenario and \d+ actor profiles checked, with 2 translations; 2 warnings in 2 files\.$/m,
    )
    expect(printed).toMatch(
      new RegExp(
        `^${name(profileTranslation)}:\\d+:\\d+  summary\\.of  stale: the English \\(${name(profile)}:\\d+\\)`,
        'm',
      ),
    )
    expect(fromDisk).toEqual(expect.arrayContaining([name(profile), name(profileTranslation)]))
    expect(repeated(fromDisk)).toEqual({})
    expect(repeated(yaml)).toEqual({})
  })
})
