// The results a facilitator exports keep one set of column names and keys, whatever language the facilitator's
// screen speaks and whichever language the scenario was played in: a spreadsheet built on last term's file
// must read this term's, and two classes' files must merge.
import { i18n } from '@lingui/core'
import { afterAll, describe, expect, it } from 'vitest'
import { INDICATORS } from '../src/engine'
import { outcomeOf, resultsCsv, resultsOf } from '../src/live'
import { inLanguage } from '../src/scenario/bundled-translations'
import type { Language } from '../src/store'
import { startPassDevice } from '../src/store/pass-the-device'
import { activateLanguage } from './active-language'
import { bundled, Driver } from './server-fakes'
import { submit } from './session-fakes'

afterAll(() => activateLanguage('en'))

const TEAMS: Readonly<Record<Language, readonly [string, string]>> = {
  en: ['Astana', 'Moscow'],
  ru: ['Астана', 'Москва'],
}

/** A pass-the-device session played to its end in one language (the engine standing in), and its two files. */
async function exported(language: Language) {
  await activateLanguage(language)
  expect(i18n.locale).toBe(language)
  const english = bundled('kazakhstan-2022')
  const [astana, moscow] = TEAMS[language]
  const started = startPassDevice(
    {
      scenario: language === 'en' ? english : inLanguage(english, language),
      format: { kind: 'one-table' },
      teams: [
        { name: astana, role: 'tokayev' },
        { name: moscow, role: 'kremlin' },
      ],
      roundSeconds: 0,
      seed: 7,
      temperature: 0.02,
    },
    { now: () => 1_700_000_000_000 },
  )
  if (!started.ok) throw new Error(started.error.detail)
  const { device } = started
  expect(device.command({ kind: 'start' })).toBe(true)
  expect(device.command({ kind: 'finish' })).toBe(true)
  return { csv: device.results('csv'), json: device.results('json') }
}

/** Every key path of a JSON value, array positions folded into `[]`: the file's shape without its values. */
function keyPaths(value: unknown, path = '', paths = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keyPaths(item, `${path}[]`, paths)
  else if (value !== null && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      paths.add(`${path}.${key}`)
      keyPaths(inner, `${path}.${key}`, paths)
    }
  return paths
}

/** The header row, after the byte-order mark that tells a spreadsheet the file is UTF-8. */
const headerOf = (csv: string): string => {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  return csv.slice(1).split('\r\n')[0]!
}

describe('the exported results', () => {
  it('name their CSV columns the same in Russian and in English', async () => {
    const english = await exported('en')
    const russian = await exported('ru')
    expect(headerOf(russian.csv.body)).toBe(headerOf(english.csv.body))
    expect(headerOf(english.csv.body).split(',')).toEqual([
      'table',
      'teams',
      ...['request', 'response', 'vote', 'reaction', 'exit'].flatMap((stage) => [stage, `${stage}_by`]),
      'verdict',
      'deployment',
      'days',
      'troops',
      ...INDICATORS,
      'injects',
      ...INDICATORS.flatMap((k) => [`${k}_low`, `${k}_high`]),
    ])
    // The played text is the scenario's own language: the Russian file holds the Russian teams and title.
    expect(russian.csv.body).toContain('Астана; ')
    expect(russian.csv.filename).toBe(english.csv.filename)
  })

  it('give their JSON the same keys in Russian and in English', async () => {
    const english = await exported('en')
    const russian = await exported('ru')
    expect([...keyPaths(JSON.parse(russian.json.body))].sort()).toEqual(
      [...keyPaths(JSON.parse(english.json.body))].sort(),
    )
    expect(JSON.parse(russian.json.body).session.scenario.title).not.toBe(
      JSON.parse(english.json.body).session.scenario.title,
    )
  })
})

/** The CSV's rows as cells by column name (none of these rows holds a comma, so no cell is quoted). */
function rowsOf(csv: string): Record<string, string>[] {
  const [header, ...rows] = csv.split('\r\n').map((line) => line.split(','))
  return rows.map((row) => {
    expect(row).toHaveLength(header!.length)
    return Object.fromEntries(header!.map((column, i) => [column, row[i]!]))
  })
}

/**
 * Two tables, each a team's: North asks for nothing and plays out in the first round; South asks for
 * peacekeepers, and Moscow (South again) sends them as history did, after an inject North never saw.
 */
function twoTablesApart() {
  const d = new Driver({ format: { kind: 'parallel-whole' } })
  const north = d.join('North')
  const south = d.join('South')
  d.facilitator({ kind: 'start' })
  expect(submit(d, north, 'no-request').ok).toBe(true)
  expect(submit(d, south, 'request:foreign-backed:peacekeepers:14').ok).toBe(true)
  d.facilitator({ kind: 'advance' })
  d.facilitator({ kind: 'release', inject: 'masimov-arrested' })
  expect(submit(d, south, 'grant:peacekeepers:guard-sites:14').ok).toBe(true)
  d.facilitator({ kind: 'finish' })
  return resultsOf(d.session, d.now, outcomeOf)
}

describe('the results CSV', () => {
  it("lists in each table's row the injects it played under, with the round each came in", () => {
    const [north, south, history] = rowsOf(resultsCsv(twoTablesApart()))
    expect(north!.injects).toBe('')
    expect(south!.injects).toBe('The head of the security service is arrested for treason (round 2)')
    expect(history!.injects).toBe('')
  })

  it("gives each indicator's band, 10th to 90th percentile, beside its median", () => {
    const results = twoTablesApart()
    const rows = rowsOf(resultsCsv(results))
    results.tables.forEach((table, i) => {
      for (const k of INDICATORS) {
        const band = table.outcome!.indicators[k]
        expect(rows[i]![`${k}_low`]).toBe(band.p10.toFixed(1))
        expect(rows[i]![k]).toBe(band.median.toFixed(1))
        expect(rows[i]![`${k}_high`]).toBe(band.p90.toFixed(1))
        expect(band.p10).toBeLessThanOrEqual(band.median)
        expect(band.median).toBeLessThanOrEqual(band.p90)
      }
    })
    expect(INDICATORS.flatMap((k) => [rows[2]![`${k}_low`], rows[2]![`${k}_high`]])).toEqual(
      INDICATORS.flatMap(() => ['', '']),
    )
  })

  it("writes history's answer in the notation of the tables' rows, so the same decision reads the same", () => {
    const [, south, history] = rowsOf(resultsCsv(twoTablesApart()))
    expect(south!.response).toBe('grant:peacekeepers:guard-sites:14')
    expect(history!.response).toBe(south!.response)
    expect(history!.deployment).toBe(south!.deployment)
    // The record names the force Tokayev asked for, the Collective Peacekeeping Forces.
    expect(history!.request).toBe('request:foreign-backed:peacekeepers')
    expect(history!.reaction).toBe('endorse')
    expect(history!.days).toBe('14')
    expect(history!.troops).toBe('2030-3770')
  })

  it('writes consultations, silence, a force of unrecorded length and no request as the tables would', () => {
    const row = (scenario: string) => {
      const d = new Driver({ format: { kind: 'parallel-whole' } }, scenario)
      d.join('A')
      d.facilitator({ kind: 'start' })
      d.facilitator({ kind: 'finish' })
      return rowsOf(resultsCsv(resultsOf(d.session, d.now, outcomeOf))).at(-1)!
    }
    expect(row('kyrgyzstan-2010')).toMatchObject({
      table: 'history',
      request: 'request:internal-unrest:peacekeepers',
      response: 'consult',
      deployment: 'consult',
      reaction: 'stay-silent',
    })
    expect(row('armenia-2022')).toMatchObject({
      request: 'request:external-attack',
      response: 'grant:observers:observe',
      deployment: 'grant:observers:observe',
      days: '',
    })
    expect(row('belarus-2020')).toMatchObject({
      request: 'no-request',
      response: '',
      deployment: 'none (no-request)',
    })
  })
})
