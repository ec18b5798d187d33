// A date written without quotes is the same date: YAML 1.2, which the loader reads every file by, makes
// 2022-01-06 the text "2022-01-06". A `%YAML 1.1` line at the top would make it a timestamp, which the schema
// then called "a group of fields"; the loader keeps to 1.2 whatever the file's first line says.
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { loadScenario } from '../src/scenario'
import { fakeCatalog, fakeScenarioData } from './fakes'

const written = stringify(fakeScenarioData())
const unquoted = written.replace(/start: "?'?(\d{4}-\d{2}-\d{2})'?"?/, 'start: $1')
const START = (fakeScenarioData().dates as { start: string }).start
const load = (text: string) => loadScenario(text, 'crisis.yaml', fakeCatalog())

describe('a date without quotes', () => {
  it('is read as the date it says', () => {
    expect(unquoted).toMatch(/^ {2}start: \d{4}-\d{2}-\d{2}$/m)
    const r = load(unquoted)
    expect(r.ok && r.value.dates.start).toBe(START)
  })

  it('is read as that date under a %YAML 1.1 line too', () => {
    const r = load(`%YAML 1.1\n---\n${unquoted}`)
    if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '))
    expect(r.value.dates.start).toBe(START)
  })
})
