// Land borders are checked in the run that finds a broken profile: the profiles that load are told their border
// mistakes at once, not once the broken one is mended; a broken profile still counts as the actor it names, and a
// profile whose borders the schema refused is told that, and nothing more about its borders.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ACTOR_DIR, catalogFor, readCatalog } from '../src/scenario/catalog-files'
import type { Problem } from '../src/scenario/types'
import { PROCESS_BUDGET, runCli } from './cli-process'

/** A copy of the standing catalog in a folder of its own, with some profiles' texts changed. */
function catalogWith(changes: Readonly<Record<string, (text: string) => string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'broken-borders-'))
  for (const f of readdirSync(ACTOR_DIR).filter((f) => f.endsWith('.yaml') && !f.endsWith('.ru.yaml'))) {
    const text = readFileSync(join(ACTOR_DIR, f), 'utf8')
    const change = changes[f.replace(/\.yaml$/, '')]
    writeFileSync(join(dir, f), change ? change(text) : text)
  }
  return dir
}

const problemsOf = (dir: string): readonly Problem[] => {
  const r = readCatalog(dir)
  if (r.ok) throw new Error('the catalog loaded')
  return r.problems
}
/** Each problem's file, kind and field; the schema's own wording is for other tests. */
const told = (problems: readonly Problem[]) =>
  problems
    .map((p) => [p.file.replace(/^.*\//, ''), p.code.startsWith('border-') ? p.code : 'schema', p.path])
    .sort()

/** Kazakhstan's weight on sovereignty out of range: a schema problem elsewhere than its borders. */
const outOfRange = (t: string) => t.replace('  sovereignty: 0.6', '  sovereignty: 6')
const afghanNeighbour = (t: string) =>
  t.replace('borders: [kazakhstan, kyrgyzstan, tajikistan]', 'borders: [kazakhstan, kyrgyzstan, afghanistan]')

describe('land borders beside a broken profile', () => {
  it('tells a loading profile its unknown border in the run that tells another profile its schema problem', () => {
    const problems = problemsOf(catalogWith({ kazakhstan: outOfRange, uzbekistan: afghanNeighbour }))
    expect(told(problems)).toEqual([
      ['kazakhstan.yaml', 'schema', 'interests.sovereignty'],
      ['uzbekistan.yaml', 'border-unknown', 'borders.2'],
    ])
    // Kazakhstan, broken as it is, is still an actor of the catalog: Uzbekistan's border with it is no mistake.
    const unknown = problems.find((p) => p.code === 'border-unknown')!
    expect(unknown.params).toMatchObject({ id: 'afghanistan' })
    expect((unknown.params as { known: readonly string[] }).known).toContain('kazakhstan')
  })

  it("tells a broken profile its own border mistakes too, with the schema's", () => {
    const problems = problemsOf(
      catalogWith({
        kazakhstan: (t) =>
          outOfRange(t).replace(
            'borders: [china, kyrgyzstan, russia, uzbekistan]',
            'borders: [china, kazakhstan, russia, uzbekistan]',
          ),
      }),
    )
    expect(told(problems)).toEqual([
      ['kazakhstan.yaml', 'border-self', 'borders.1'],
      ['kazakhstan.yaml', 'schema', 'interests.sovereignty'],
    ])
  })

  it('says nothing of the borders of a profile whose borders field the schema refused', () => {
    const problems = problemsOf(
      catalogWith({
        kazakhstan: (t) =>
          t.replace(
            'borders: [china, kyrgyzstan, russia, uzbekistan]',
            'borders: [kazakhstan, Kyrgyz Republic]',
          ),
      }),
    )
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.every((p) => p.file.endsWith('kazakhstan.yaml') && p.path.startsWith('borders'))).toBe(
      true,
    )
    expect(problems.filter((p) => p.code === 'border-self' || p.code === 'border-unknown')).toEqual([])
  })

  it('calls no border unknown while a profile cannot be read as YAML, since that profile may be the one named', () => {
    const problems = problemsOf(
      catalogWith({
        tajikistan: (t) => t.replace(/^name: .*$/m, 'name: "Tajikistan'),
        uzbekistan: (t) => afghanNeighbour(t).replace('borders: [', 'borders: [uzbekistan, '),
      }),
    )
    expect(problems.some((p) => p.file.endsWith('tajikistan.yaml'))).toBe(true)
    expect(problems.filter((p) => p.file.endsWith('uzbekistan.yaml')).map((p) => [p.code, p.path])).toEqual([
      ['border-self', 'borders.0'],
    ])
  })

  it("tells an instructor's profile laid over the standing ones its border mistake beside another's schema problem", () => {
    const dir = mkdtempSync(join(tmpdir(), 'own-broken-'))
    const turkey = readFileSync(join(ACTOR_DIR, 'turkey.yaml'), 'utf8')
    writeFileSync(
      join(dir, 'afghanistan.yaml'),
      turkey
        .replace(/^id: turkey$/m, 'id: afghanistan')
        .replace(/^name: .*$/m, 'name: Afghanistan')
        .replace(/^borders: .*$/m, 'borders: [tajikistan, turkmenistan]'),
    )
    writeFileSync(
      join(dir, 'iran.yaml'),
      turkey
        .replace(/^id: turkey$/m, 'id: iran')
        .replace(/^name: .*$/m, 'name: Iran')
        .replace(/^kind: .*$/m, 'kind: superpower'),
    )
    const r = catalogFor({ named: [join(dir, 'afghanistan.yaml'), join(dir, 'iran.yaml')] })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(told(r.problems)).toEqual([
      ['afghanistan.yaml', 'border-unknown', 'borders.1'],
      ['iran.yaml', 'schema', 'kind'],
    ])
  })
})

describe('npm run check beside a broken profile', { timeout: PROCESS_BUDGET }, () => {
  it('tells the border mistake of a profile that loads, once, in the same run as the broken one', async () => {
    // npm run check reads a file in an actors/ folder as a profile.
    const dir = join(mkdtempSync(join(tmpdir(), 'check-broken-')), 'actors')
    mkdirSync(dir)
    const turkey = readFileSync(join(ACTOR_DIR, 'turkey.yaml'), 'utf8')
    const afghanistan = join(dir, 'afghanistan.yaml')
    writeFileSync(
      afghanistan,
      turkey
        .replace(/^id: turkey$/m, 'id: afghanistan')
        .replace(/^name: .*$/m, 'name: Afghanistan')
        .replace(/^borders: .*$/m, 'borders: [tajikistan, turkmenistan]'),
    )
    const broken = join(dir, 'iran.yaml')
    writeFileSync(
      broken,
      turkey
        .replace(/^id: turkey$/m, 'id: iran')
        .replace(/^name: .*$/m, 'name: Iran')
        .replace(/^kind: .*$/m, 'kind: superpower'),
    )
    const { code, stdout, stderr } = await runCli('check', [afghanistan, broken])
    const out = stdout + stderr
    expect(code).not.toBe(0)
    expect(out).toMatch(/iran\.yaml:\d+:\d+ +kind +expected one of/)
    expect(out.match(/the actor catalog has no "turkmenistan"/g)).toHaveLength(1)
  })
})
