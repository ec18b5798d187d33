// A file under 1 MB with tens of thousands of fields is read in work that grows with the file, not with its
// square: yaml's own duplicate-key check and the search for each problem's field compared every field with every
// other, and 40,000 unknown fields held the check, the sim, the workshop and a shared link for minutes. What is
// counted here is the work (comparisons of fields, fields looked at, readings of a text), so that no test waits on
// a clock.
import { describe, expect, it, vi } from 'vitest'
import { type Document, stringify } from 'yaml'
import { readScenarios } from '../src/cli/check-scenarios'
import { loadScenario } from '../src/scenario'
import { readYaml } from '../src/scenario/read-yaml'
import { fakeCatalog, fakeScenarioData } from './fakes'

const work = vi.hoisted(() => ({ comparisons: 0, fieldsLooked: 0, readings: 0 }))

// The yaml library as read-yaml.ts uses it, counting: each text it reads, each comparison of two keys its
// duplicate-key check makes (the same test as its own, `uniqueKeys: true`), and each field our code asks the kind of.
vi.mock('yaml', async (original) => {
  const yaml = await original<typeof import('yaml')>()
  const sameKey = (a: unknown, b: unknown) => {
    work.comparisons++
    return a === b || (yaml.isScalar(a) && yaml.isScalar(b) && a.value === b.value)
  }
  return {
    ...yaml,
    parseAllDocuments: (text: string, options: Parameters<typeof yaml.parseAllDocuments>[1]) => {
      work.readings++
      return yaml.parseAllDocuments(text, {
        ...options,
        ...(options?.uniqueKeys === true || options?.uniqueKeys === undefined ? { uniqueKeys: sameKey } : {}),
      }) as Document.Parsed[]
    },
    isPair: (node: unknown) => {
      work.fieldsLooked++
      return yaml.isPair(node)
    },
  }
})

const FIELDS = 2_000
const text = `${stringify(fakeScenarioData())}${Array.from({ length: FIELDS }, (_, i) => `unknown${i}: ${i}\n`).join('')}`

describe('a file with thousands of fields', () => {
  it('is read without comparing each field with every other, a field written twice still named', () => {
    work.comparisons = 0
    expect(readYaml(text, 'crisis.yaml').ok).toBe(true)
    // yaml's check made one comparison for each pair of fields in a group: two million here.
    expect(work.comparisons).toBeLessThan(FIELDS)
    // Still named, found by our own pass, in the same words at the same place.
    const twice = `${text}unknown7: again\n`
    const r = readYaml(twice, 'crisis.yaml')
    if (r.ok) throw new Error('expected the field written twice')
    expect(r.problems).toEqual([
      expect.objectContaining({
        line: twice.split('\n').length - 1,
        column: 1,
        code: 'yaml-duplicate-key',
        message: `"unknown7" appears twice in this group of fields (first at line ${text.split('\n').indexOf('unknown7: 7') + 1}): keep one`,
      }),
    ])
  })

  it('has each unknown field told at its line, looking at each field a bounded number of times', () => {
    work.fieldsLooked = 0
    const r = loadScenario(text, 'crisis.yaml', fakeCatalog())
    if (r.ok) throw new Error('expected problems, the file loaded')
    const unknown = r.problems.filter((p) => p.code === 'unknown-field')
    expect(unknown).toHaveLength(FIELDS)
    const firstLine = text.split('\n').indexOf('unknown0: 0') + 1
    expect(unknown[FIELDS - 1]).toMatchObject({
      path: `unknown${FIELDS - 1}`,
      line: firstLine + FIELDS - 1,
      column: 1,
    })
    // Found by a search of the whole group, each of the 2,000 problems looked at 1,000 fields on average.
    expect(work.fieldsLooked).toBeLessThan(20 * FIELDS)
  })

  // npm run check read it three times: for its id (duplicate-ids.ts), to load it, and once for the one line the
  // loader tries re-indented (parse-file.ts), the first unknown field moved into the group above it. The id now
  // comes from the reading the file is loaded from; the tried line is another text, and is read as one.
  it('is read by npm run check as often as by loading it alone: once, and once for the line tried re-indented', () => {
    const catalog = fakeCatalog()
    work.readings = 0
    const alone = loadScenario(text, 'crisis.yaml', catalog)
    expect(work.readings).toBe(2)

    // Beside a small file with the same id, read once itself: the long one's id is still compared with it.
    const other = { name: 'other.yaml', text: stringify(fakeScenarioData()) }
    work.readings = 0
    const { shared, files } = readScenarios([{ path: 'crisis.yaml', name: 'crisis.yaml', text }], [other])
    const checked = files[0]!.load(catalog)
    expect(work.readings).toBe(1 + 2)
    expect(shared).toEqual([
      expect.objectContaining({ file: 'crisis.yaml', line: 1, path: 'id', code: 'duplicate-id' }),
    ])
    expect(checked).toEqual(alone)
  })
})
