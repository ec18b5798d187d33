// A translation whose texts are still the English, word for word, warns at them: an outline stamped before it
// was translated no longer passes as "All good". Names, short titles, citation markers and links may stay as the
// English has them, and the bundled translations raise no such warning (translations.test.ts holds them to none).
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { checkTranslationFile, formatProblem } from '../src/scenario'
import { outlineTranslation, stampTranslation } from '../src/scenario/stamp-translation'
import { stillEnglish } from '../src/scenario/untranslated'
import { PROBLEMS_RU } from '../src/scenario/wording/ru'

const ROOT = resolve(import.meta.dirname, '..')
const original = {
  name: 'crisis.yaml',
  text: readFileSync(join(ROOT, 'scenarios', 'kazakhstan-2022.yaml'), 'utf8'),
}

/** The outline of Kazakhstan 2022's translation, with `translate` applied to its text, then stamped. */
function stamped(translate: (outline: string) => string): string {
  const outline = outlineTranslation('scenario', original)
  if (!outline.ok) throw new Error('Kazakhstan 2022 does not outline')
  const r = stampTranslation('scenario', { name: 'crisis.ru.yaml', text: translate(outline.text) }, original)
  if (!r.ok) throw new Error(`the outline does not stamp: ${r.problems.map(formatProblem).join('\n')}`)
  return r.text
}
const warnings = (text: string): string[] => {
  const r = checkTranslationFile('scenario', { name: 'crisis.ru.yaml', text }, original)
  return r.ok ? r.warnings.map(formatProblem) : r.problems.map((p) => `problem: ${formatProblem(p)}`)
}
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1

describe('a text still in English', () => {
  it('is English prose left word for word', () => {
    expect(
      stillEnglish('Protests over fuel prices turn violent.', 'Protests over fuel prices turn violent.'),
    ).toBe(true)
    expect(
      stillEnglish('Protests over fuel\n  prices turn violent.', 'Protests over fuel prices turn violent.'),
    ).toBe(true)
    expect(stillEnglish('Протесты из-за цен на топливо.', 'Protests over fuel prices turn violent.')).toBe(
      false,
    )
  })

  it('is not a name, a short title, a citation or a link', () => {
    for (const same of [
      'Almaty',
      'The Kremlin',
      'Khorog, Gorno-Badakhshan',
      'Collective Security Treaty Organization',
      'Treaty on Collective Security',
      '[beliakova-2022; tynan-2010]',
      'CSTO, 2022 [tass-2022]',
      'https://thediplomat.com/2022/01/after-kazakhstan-the-csto-isnt-finished-with-central-asia/',
    ])
      expect(stillEnglish(same, same), same).toBe(false)
  })
})

describe('npm run check of a translation', () => {
  it('warns once for an outline stamped still in English, saying how many texts are left', () => {
    const text = stamped((t) => t)
    const found = warnings(text)
    expect(found).toEqual([
      expect.stringMatching(
        /^crisis\.ru\.yaml:\d+:\d+ {2}\S+ {2}\d+ of the 33 texts in this file are still in English, word for word, the first of them here: translate them \(names may stay as they are\)$/,
      ),
    ])
    expect(Number(/ (\d+) of the 33/.exec(found[0]!)![1])).toBeGreaterThan(20)
  })

  it('warns at each text left in English when the rest is translated, with its line and field', () => {
    const text = stamped((outline) => {
      // Every text in Russian words but the summary and the first question.
      const data = parse(outline) as Record<string, unknown>
      const translate = (node: unknown, key: string): unknown => {
        if (Array.isArray(node)) return node.map((item, i) => translate(item, `${key}.${i}`))
        if (node === null || typeof node !== 'object') return node
        const entries = Object.entries(node).map(([k, v]) =>
          k === 'text' && typeof v === 'string' && key !== 'summary' && key !== 'questions.0'
            ? [k, `Перевод: ${v}`]
            : [k, translate(v, `${key}${key ? '.' : ''}${k}`)],
        )
        return Object.fromEntries(entries)
      }
      return stringify(translate(data, ''), { lineWidth: 110 })
    })
    const english = (needle: string) => `crisis.yaml:${lineOf(original.text, needle)}`
    expect(warnings(text)).toEqual([
      `crisis.ru.yaml:${lineOf(text, 'Fuel-price protests')}:9  summary.text  still the English, word for word (${english('summary:')}): translate it`,
      `crisis.ru.yaml:${lineOf(text, 'Was the unrest')}:11  question 1, text  still the English, word for word (${english('Was the unrest')}): translate it`,
    ])
  })

  it('is worded in Russian', () => {
    expect(PROBLEMS_RU['untranslated-file']({ count: 27, total: 33 })).toBe(
      '27 из 33 текстов в этом файле всё ещё на английском, слово в слово как в оригинале; первый из них — здесь. Переведите их (имена собственные можно оставить как есть)',
    )
    expect(PROBLEMS_RU.untranslated({ english: 'crisis.yaml:8' })).toBe(
      'текст всё ещё на английском, слово в слово как в оригинале (crisis.yaml:8): переведите его',
    )
  })
})

describe('an outline from npm run translations, stamped in English', { timeout: 60_000 }, () => {
  it('is no longer "All good" without a word: npm run check warns, and still passes', async () => {
    const node = (script: string, ...args: string[]) =>
      promisify(execFile)('node', ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { cwd: ROOT })
    const file = join(mkdtempSync(join(tmpdir(), 'article-four-outline-')), 'crisis.yaml')
    writeFileSync(file, original.text.replace(/^id: .*$/m, 'id: my-kazakhstan'))
    await node('translations', 'new', file)
    await node('translations', 'stamp', file.replace(/\.yaml$/, '.ru.yaml'))
    const { stdout } = await node('check', file)
    expect(stdout).toMatch(
      /crisis\.ru\.yaml:\d+:\d+ {2}summary {2}\d+ of the 33 texts in this file are still in English, word for word, .* \(a warning\)$/m,
    )
    expect(stdout).toMatch(
      /^All good: 1 scenario and 11 actor profiles checked, with 1 translation; 1 warning in 1 file\.$/m,
    )
  })
})
