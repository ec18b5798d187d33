// The results a facilitator exports keep one set of column names and keys, whatever language the facilitator's
// screen speaks and whichever language the scenario was played in: a spreadsheet built on last term's file
// must read this term's, and two classes' files must merge.
import { i18n } from '@lingui/core'
import { afterAll, describe, expect, it } from 'vitest'
import { INDICATORS } from '../src/engine'
import { inLanguage } from '../src/scenario/bundled-translations'
import type { Language } from '../src/store'
import { startPassDevice } from '../src/store/live'
import { activateLanguage } from '../src/ui/i18n/messages'
import { bundled } from './server-fakes'

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
