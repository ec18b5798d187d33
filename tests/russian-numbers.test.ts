// Russian writes a four-digit number whole (2500) and groups five digits and more with a space that never breaks
// (25 000). The figures the screens format, the counts in the catalogs' messages, and every number written out in
// a Russian catalog or a bundled scenario's Russian text follow that one convention; English keeps its comma.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { HISTORY_RU } from '../src/scenario/wording/ru-history'
import { counted } from '../src/scenario/wording/ru-plural'
import { formatNumber, formatRange } from '../src/ui/format'
import { textWithNumbers } from '../src/ui/i18n/message-numbers'
import { translate } from '../src/ui/i18n/messages'
import { CATALOGS, i18n, loadCatalogs, readPo, t } from './catalogs'

beforeAll(loadCatalogs)

/** About 2500 peacekeepers for five days, in the outcomes' words. */
const went = (say: typeof t, troops: number) =>
  say('outcomes.deployment.went', {
    unit: 'peacekeepers',
    troops,
    shares: '',
    mission: 'guardSites',
    days: 5,
    agreed: 0,
  })

const SCENARIOS = join(import.meta.dirname, '../scenarios')
/** Every Russian text of the bundled scenarios and actors, file by file. */
const russianScenarioFiles = (): [string, string][] =>
  [SCENARIOS, join(SCENARIOS, 'actors')].flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.ru.yaml'))
      .map((name): [string, string] => [name, readFileSync(join(dir, name), 'utf8')]),
  )

/** The numbers a Russian text writes against the convention: "2 500", "25000", "25 000" with a breaking space. */
function miswritten(text: string): string[] {
  const numbers =
    text.match(/(?<![\d.,/=#-])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|(?<![\d.,/=#-])\d{5,}(?!\d)/g) ?? []
  return numbers.filter((n) => {
    const digits = n.replace(/\D/g, '')
    // The largest game number is a number to type, as in English: written whole, like an identifier.
    if (digits === '2147483647') return false
    if (digits.length === 4) return n !== digits
    return !/^\d{1,3}(?:\u00a0\d{3})+$/.test(n)
  })
}

describe('numbers in Russian', () => {
  it('are formatted whole up to four digits and grouped by a no-break space from five, English by commas', () => {
    expect([999, 2500, 25000, 1234567].map((n) => formatNumber(n, 'ru'))).toEqual([
      '999',
      '2500',
      '25\u00a0000',
      '1\u00a0234\u00a0567',
    ])
    expect([2500, 25000].map((n) => formatNumber(n, 'en'))).toEqual(['2,500', '25,000'])
    expect(formatRange(1850, 12000, 'ru')).toBe('1850\u2013\u206012\u00a0000')
  })

  it("are counted so in the catalogs' messages, by every translation the screens read", () => {
    i18n.activate('ru')
    const lingui = i18n.t.bind(i18n)
    const screens = textWithNumbers(i18n, lingui)
    // The same one for the same Lingui function, so the words kept for it are kept for every screen.
    expect(textWithNumbers(i18n, lingui)).toBe(screens)
    for (const say of [t, translate, screens]) {
      expect(went(say, 2500)).toMatch(/численностью около 2500 военнослужащих/)
      expect(went(say, 12000)).toMatch(/численностью около 12\u00a0000 военнослужащих/)
    }
    i18n.activate('en')
    expect(went(screens, 2500)).toMatch(/about 2,500 troops/)
  })

  it('are written so in every Russian catalog message and every Russian scenario text', () => {
    for (const catalog of CATALOGS)
      for (const [id, text] of readPo(catalog, 'ru'))
        expect(miswritten(text), `${catalog}: ${id}`).toEqual([])
    const files = russianScenarioFiles()
    expect(files.length).toBeGreaterThan(10)
    for (const [name, text] of files) expect(miswritten(text), name).toEqual([])
  })

  it("are written so in the scenario checker's Russian", () => {
    expect(counted(2500, 'строка', 'строки', 'строк')).toBe('2500 строк')
    expect(counted(25000, 'строка', 'строки', 'строк')).toBe('25\u00a0000 строк')
    expect(HISTORY_RU['estimates-swapped']({ low: 25000, high: 2500 })).toBe(
      'нижняя оценка, 25\u00a0000, больше верхней, 2500: поменяйте их местами',
    )
    expect(HISTORY_RU['too-many-troops']({ troops: 9000, response: 'peacekeepers' })).toMatch(
      /^9000 военнослужащих для peacekeepers: в Коллективных миротворческих силах всего около 3600 человек\./,
    )
  })
})
