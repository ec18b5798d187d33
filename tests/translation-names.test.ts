// A file named like a translation the game cannot read (crisis.de.yaml, crisis.RU.yaml) is one plain problem
// in both languages, named or found beside its scenario, on any file system; never a scenario with a problem on
// every line.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readScenario } from '../src/scenario/files'
import { misnamedTranslation } from '../src/scenario/misnamed-translation'
import { PROBLEMS_EN } from '../src/scenario/wording/en'
import { PROBLEMS_RU } from '../src/scenario/wording/ru'
import { PROCESS_BUDGET, ROOT, runCli } from './cli-process'

async function check(...files: string[]): Promise<{ code: number; out: string }> {
  const { code, stdout, stderr } = await runCli('check', files)
  return { code, out: stdout + stderr }
}

describe('a name like a translation the game cannot read', () => {
  it('is another language, or Russian to be renamed in lower case', () => {
    expect(misnamedTranslation('crisis.de.yaml')).toEqual({
      original: 'crisis.yaml',
      language: 'de',
      russian: 'crisis.ru.yaml',
    })
    expect(misnamedTranslation('actors/china.pt-BR.json')).toEqual({
      original: 'china.json',
      language: 'pt-BR',
      russian: 'china.ru.json',
    })
    expect(misnamedTranslation('crisis.RU.yaml')).toEqual({
      original: 'crisis.yaml',
      rename: 'crisis.ru.yaml',
    })
    expect(misnamedTranslation('crisis.ru.YML')).toEqual({ original: 'crisis.YML', rename: 'crisis.ru.yml' })
    expect(misnamedTranslation('crisis.ru-RU.yaml')).toEqual({
      original: 'crisis.yaml',
      rename: 'crisis.ru.yaml',
    })
  })

  it('is not a translation, a scenario, or a name with no language in it', () => {
    for (const name of [
      'crisis.ru.yaml',
      'crisis.yaml',
      'crisis.v2.yaml',
      'crisis.bk.yaml',
      'crisis.old.yaml',
    ])
      expect(misnamedTranslation(name), name).toBeUndefined()
  })

  it('is worded in both languages', () => {
    expect(PROBLEMS_EN['translation-language']({ language: 'de', russian: 'crisis.ru.yaml' })).toBe(
      'named as a translation into German (".de."), but only Russian translations are supported, named like crisis.ru.yaml: rename this file, or move it out of the way',
    )
    expect(PROBLEMS_RU['translation-language']({ language: 'de', russian: 'crisis.ru.yaml' })).toBe(
      'файл назван как перевод на немецкий язык («.de.»), но поддерживаются только переводы на русский, с именем вроде crisis.ru.yaml: переименуйте файл или уберите его отсюда',
    )
    expect(PROBLEMS_RU['translation-case']({ rename: 'crisis.ru.yaml' })).toBe(
      'имя файла перевода пишется строчными буквами: переименуйте файл в crisis.ru.yaml — именно такое имя ищут игра и npm run check',
    )
  })
})

describe('npm run check, given a translation it cannot read', { timeout: PROCESS_BUDGET }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'article-four-names-'))
  const russian = readFileSync(join(ROOT, 'scenarios', 'armenia-2020.ru.yaml'), 'utf8')
  const english = readFileSync(join(ROOT, 'scenarios', 'armenia-2020.yaml'), 'utf8').replace(
    /^id: .*$/m,
    'id: my-armenia',
  )

  it('says in one line that only Russian translations are read', async () => {
    writeFileSync(join(dir, 'crisis.de.yaml'), russian)
    const { code, out } = await check(join(dir, 'crisis.de.yaml'))
    expect(out).toMatch(
      /^\S*crisis\.de\.yaml:1:1 {2}\(file\) {2}named as a translation into German \("\.de\."\), but only Russian translations are supported/m,
    )
    expect(out).toMatch(/^1 problem in 1 file\.$/m)
    expect(code).toBe(1)
  })

  it('is told by npm run sim in the same words, rather than played as a scenario', () => {
    const file = join(dir, 'played.de.yaml')
    writeFileSync(file, russian)
    const loaded = readScenario(file)
    expect(loaded.ok ? [] : loaded.problems.map((p) => p.code)).toEqual(['translation-language'])
  })

  it('says to rename a Russian translation written in capitals', async () => {
    writeFileSync(join(dir, 'crisis.RU.yaml'), russian)
    const { code, out } = await check(join(dir, 'crisis.RU.yaml'))
    expect(out).toMatch(
      /^\S*crisis\.RU\.yaml:1:1 {2}\(file\) {2}a translation's name is written in lower case: rename this file to crisis\.ru\.yaml/m,
    )
    expect(out).toMatch(/^1 problem in 1 file\.$/m)
    expect(code).toBe(1)
  })

  it("finds one beside a scenario by the folder's own names, not as the scenario's translation", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'article-four-names-'))
    writeFileSync(join(folder, 'crisis.yaml'), english)
    writeFileSync(join(folder, 'crisis.RU.yaml'), russian)
    const { code, out } = await check(join(folder, 'crisis.yaml'))
    expect(out).toMatch(/crisis\.yaml: valid\./)
    expect(out).toMatch(
      /^\S*crisis\.RU\.yaml:1:1 {2}\(file\) {2}a translation's name is written in lower case/m,
    )
    expect(out).not.toMatch(/crisis\.ru\.yaml:/)
    expect(out).toMatch(/^1 problem in 1 file\.$/m)
    expect(code).toBe(1)
  })

  it('is refused by npm run translations -- stamp in the same words, and left as it is', async () => {
    const file = join(dir, 'stamped.RU.yaml')
    writeFileSync(file, russian)
    const out = await runCli('translations', ['stamp', file])
    expect(out.stderr).toMatch(
      /^\S*stamped\.RU\.yaml:1:1 {2}\(file\) {2}a translation's name is written in lower case: rename this file to stamped\.ru\.yaml/m,
    )
    expect(out.code).toBe(1)
    expect(readFileSync(file, 'utf8')).toBe(russian)
  })
})
