// Every error code of the yaml library reads in both languages: the English behind "broken YAML", and the Russian
// a Russian workshop shows in its place, so a Russian reader never meets the parser's English.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readYaml } from '../src/scenario/read-yaml'
import { PROBLEMS_EN } from '../src/scenario/wording/en'
import { YAML_EN } from '../src/scenario/wording/en-yaml'
import { PROBLEMS_RU } from '../src/scenario/wording/ru'
import { YAML_RU } from '../src/scenario/wording/ru-yaml'

const CYRILLIC = /[а-яё]/i
const LATIN_WORD = /\b(?!YAML\b)[A-Za-z]{3,}\b/

/** The codes the installed yaml library declares, read from its own type. */
const declared = (): string[] => {
  const types = readFileSync('node_modules/yaml/dist/errors.d.ts', 'utf8')
  const union = /export type ErrorCode = ([^;]+);/.exec(types)![1]!
  return [...union.matchAll(/'([A-Z0-9_]+)'/g)].map((m) => m[1]!).sort()
}

const broken = (table: typeof PROBLEMS_EN | typeof PROBLEMS_RU, error: string, said: string) =>
  table['yaml-broken']({ error, said })

describe("the yaml library's error codes", () => {
  it('are every one worded in both tables, and no other', () => {
    expect(declared().length).toBeGreaterThan(20)
    expect(Object.keys(YAML_EN).sort()).toEqual(declared())
    expect(Object.keys(YAML_RU).sort()).toEqual(declared())
  })

  it.each(declared())('%s reads in Russian on a Russian screen, with no English left', (code) => {
    const russian = broken(PROBLEMS_RU, code, 'Some English words from the parser')
    expect(russian).toBe(`ошибка в разметке YAML: ${YAML_RU[code as keyof typeof YAML_RU]}`)
    expect(russian).toMatch(CYRILLIC)
    expect(russian).not.toMatch(LATIN_WORD)
    expect(YAML_RU[code as keyof typeof YAML_RU]).not.toBe(YAML_EN[code as keyof typeof YAML_EN])
  })

  it("never shows the parser's own English, in either language: the code's words stand in", () => {
    expect(broken(PROBLEMS_EN, 'BAD_ALIAS', 'Alias cannot be an empty string')).toBe(
      `broken YAML: ${YAML_EN.BAD_ALIAS}`,
    )
    expect(broken(PROBLEMS_EN, 'TAB_AS_INDENT', '')).toBe('broken YAML: indent with spaces, not tabs')
  })

  it('falls back to plain words for a code newer than the tables', () => {
    expect(broken(PROBLEMS_EN, 'SOMETHING_NEW', '')).toBe('broken YAML: check this line and the one above it')
    expect(broken(PROBLEMS_EN, 'SOMETHING_NEW', 'Something new')).toBe(
      'broken YAML: check this line and the one above it',
    )
    expect(broken(PROBLEMS_RU, 'SOMETHING_NEW', 'Something new')).toBe(
      'ошибка в разметке YAML: проверьте эту строку и строку над ней',
    )
    // Not a code at all, even one an object inherits.
    expect(broken(PROBLEMS_RU, 'toString', '')).toBe(
      'ошибка в разметке YAML: проверьте эту строку и строку над ней',
    )
  })

  it("carries the parser's code from a real file to the Russian words", () => {
    const read = readYaml('a: *\n', 'crisis.yaml')
    expect(read).toEqual({
      ok: false,
      syntax: true,
      problems: [
        {
          file: 'crisis.yaml',
          line: 1,
          column: 4,
          path: '',
          code: 'yaml-broken',
          params: { error: 'BAD_ALIAS', said: 'Alias cannot be an empty string' },
          message: `broken YAML: ${YAML_EN.BAD_ALIAS}`,
        },
      ],
    })
    expect(PROBLEMS_RU['yaml-broken']({ error: 'BAD_ALIAS', said: 'Alias cannot be an empty string' })).toBe(
      'ошибка в разметке YAML: метка (&имя) или ссылка на неё (*имя) пуста или оканчивается двоеточием: если это обычный текст, заключите его в кавычки',
    )
  })
})
