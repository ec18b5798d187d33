// A copy of a bundled scenario that keeps its id is refused at the same place by the workshop (and the library's
// import) as by npm run check: the id's value, line 2 column 5 in a bundled file copied as it is.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { duplicateIds, formatProblem } from '../src/scenario'
import { readYaml } from '../src/scenario/read-yaml'
import { checkScenarioText } from '../src/store/imported-kit'

const ROOT = join(import.meta.dirname, '..')
const original = 'scenarios/kazakhstan-unrest-2026.yaml'
const copied = readFileSync(join(ROOT, original), 'utf8')

describe("a copy that keeps a bundled scenario's id", () => {
  it('is refused at the value of its id, where npm run check places the same problem', async () => {
    const result = await checkScenarioText(copied, 'my-crisis.yaml')
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'my-crisis.yaml:2:5  id  a bundled scenario already has the id "kazakhstan-unrest-2026": give yours an id of its own',
    ])
    const check = duplicateIds([
      { name: 'my-crisis.yaml', read: readYaml(copied, 'my-crisis.yaml') },
      { name: original, read: readYaml(copied, original) },
    ]).find((p) => p.file === 'my-crisis.yaml')
    expect(
      result.ok ? undefined : { line: result.problems[0]!.line, column: result.problems[0]!.column },
    ).toEqual({
      line: check!.line,
      column: check!.column,
    })
  })

  it('is placed at its id wherever the id is written, with comments and fields above it', async () => {
    const moved = copied
      .replace(/^id: kazakhstan-unrest-2026\n/m, '')
      .replace(/^title: /m, '# copied from the library\nid:   "kazakhstan-unrest-2026"\ntitle: ')
    const at = moved.split('\n').indexOf('id:   "kazakhstan-unrest-2026"') + 1
    const result = await checkScenarioText(moved, 'my-crisis.yaml')
    expect(result.ok ? [] : result.problems.map((p) => [p.line, p.column])).toEqual([[at, 7]])
  })
})
