// npm run translations as an instructor runs it, from their own folder: what a bare stamp stamps (and that it never
// touches the game's own translations), one plain line for a file given in the wrong place, and its help.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { said } from '../src/scenario/wording/en'
import { PROCESS_BUDGET, ROOT, runCli } from './cli-process'
import { fakeScenarioData } from './fakes'

/** npm run translations typed in `folder`, as npm starts it: from the project's folder, told where it was typed. */
async function translations(folder: string, ...args: string[]) {
  const { code, stdout, stderr } = await runCli('translations', args, {
    ...process.env,
    INIT_CWD: folder,
    npm_lifecycle_event: 'translations',
  })
  return { code, out: stdout, err: stderr }
}

/** An instructor's course folder, "my course", holding a scenario and the outline of its translation. */
async function course(): Promise<{ folder: string; translation: string }> {
  const parent = mkdtempSync(join(tmpdir(), 'article-four-translations-'))
  const folder = join(parent, 'my course')
  mkdirSync(folder)
  writeFileSync(join(folder, 'my crisis.yaml'), stringify(fakeScenarioData()))
  const written = await translations(folder, 'new', 'my crisis.yaml')
  expect(written).toEqual({
    code: 0,
    out: 'my crisis.ru.yaml: written, in English; translate each text, then npm run translations -- stamp "my crisis.ru.yaml"\n',
    err: '',
  })
  return { folder, translation: join(folder, 'my crisis.ru.yaml') }
}

const bundled = join(ROOT, 'scenarios', 'kazakhstan-2022.ru.yaml')

describe('npm run translations', { timeout: PROCESS_BUDGET }, () => {
  it("writes an outline whose header names the command that stamps it, the file's name quoted", async () => {
    const { translation } = await course()
    expect(readFileSync(translation, 'utf8').split('\n').slice(0, 2)).toEqual([
      '# Translation of my crisis.yaml: replace each text, keep [citation] markers as they are,',
      '# then run npm run translations -- stamp "my crisis.ru.yaml". See docs/authoring.md, "Translations".',
    ])
  })

  it('stamps the translations of the folder it is typed in when no file is named', async () => {
    const { folder, translation } = await course()
    writeFileSync(translation, readFileSync(translation, 'utf8').replace(/text: (.+)/g, 'text: Перевод'))
    const before = readFileSync(bundled, 'utf8')
    const { code, out, err } = await translations(folder, 'stamp')
    expect({ code, err }).toEqual({ code: 0, err: '' })
    expect(out).toMatch(/^my crisis\.ru\.yaml: [1-9]\d* stamped\n$/)
    expect(readFileSync(translation, 'utf8')).toMatch(/^ *of: \w{7}$/m)
    expect(readFileSync(bundled, 'utf8')).toBe(before)
  })

  it("never stamps the game's own translations unless they are named or --bundled is given", async () => {
    const before = readFileSync(bundled, 'utf8')
    const there = await translations(join(ROOT, 'scenarios'), 'stamp', '--refresh')
    expect(there).toEqual({
      code: 2,
      out: '',
      err: "these are the game's own translations (scenarios/): name the file to stamp, such as npm run translations -- stamp my-crisis.ru.yaml, or stamp them all with --bundled\n",
    })
    const elsewhere = await translations(mkdtempSync(join(tmpdir(), 'article-four-empty-')), 'stamp')
    expect(elsewhere).toEqual({
      code: 2,
      out: '',
      err: 'no translation (name.ru.yaml) in this folder or its actors/ folder: name the file to stamp, such as npm run translations -- stamp my-crisis.ru.yaml\n',
    })
    expect(readFileSync(bundled, 'utf8')).toBe(before)
  })

  it('says in one line that an original is not a translation, naming its translation to stamp', async () => {
    const { folder } = await course()
    expect(await translations(folder, 'stamp', 'my crisis.yaml')).toEqual({
      code: 1,
      out: '',
      err: 'my crisis.yaml is not a translation but an original: stamp its translation, npm run translations -- stamp "my crisis.ru.yaml"\n',
    })
  })

  it('says in one line, as check does, that a translation has no original beside it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'article-four-orphan-'))
    writeFileSync(join(folder, 'orphan.ru.yaml'), 'title:\n  text: Сирота\n')
    const message = said('no-original', { original: 'orphan.yaml' }).message
    expect(await translations(folder, 'stamp', 'orphan.ru.yaml')).toEqual({
      code: 1,
      out: '',
      err: `orphan.ru.yaml:1:1  (file)  ${message}\n`,
    })
  })

  it('names the original when asked to outline a translation', async () => {
    const { folder } = await course()
    expect(await translations(folder, 'new', 'my crisis.ru.yaml')).toEqual({
      code: 1,
      out: '',
      err: 'my crisis.ru.yaml is already a translation; name its original: npm run translations -- new "my crisis.yaml"\n',
    })
  })

  it('says which languages it can write when given another', async () => {
    const { folder } = await course()
    expect(await translations(folder, 'new', 'my crisis.yaml', 'de')).toEqual({
      code: 2,
      out: '',
      err: '"de" is not a language npm run translations can write (languages: ru)\n',
    })
  })

  it('says how it is used when asked, as sim and check do, and exits 0', async () => {
    const { code, out, err } = await translations(ROOT, '--help')
    expect({ code, err }).toEqual({ code: 0, err: '' })
    expect(out).toMatch(
      /^usage: npm run translations -- stamp \[--refresh\] \[files\.\.\.\] \| new <file> \[language\]\n/,
    )
    expect(out).toMatch(/\n {2}--bundled +stamps the game's own translations in scenarios\//)
  })
})
