// The authoring guide's worked example must stay a valid scenario, and its error table must stay true.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatProblem, loadScenario } from '../src/scenario'
import { fakeCatalog } from './fakes'

const guide = readFileSync(join(import.meta.dirname, '..', 'docs', 'authoring.md'), 'utf8')
const example = /```yaml\n(# yaml-language-server[^\n]*\nid: [\s\S]*?)```/.exec(guide)![1]!

describe('docs/authoring.md', () => {
  it('has a worked example that loads', () => {
    const r = loadScenario(example, 'my-crisis.yaml', fakeCatalog())
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([])
  })

  it.each([
    ['regimeThreat: 0.4', 'regimeThreat: high', 'facts.threat.regimeThreat  expected a number, got "high"'],
    [
      'commitments: 0.7',
      'commitments: 75',
      'facts.moscow.commitments  expected a number from 0 to 1, got 75',
    ],
    [
      'territory: own',
      'territory: ours',
      'facts.territory  expected one of "own", "disputed", "foreign", got "ours"',
    ],
    [
      'outsideEvidence:',
      'outsideEvidense:',
      'unknown field "outsideEvidense" (did you mean "outsideEvidence"?)',
    ],
  ])('says what it promises when %s becomes %s', (from, to, message) => {
    const r = loadScenario(example.replace(from, to), 'my-crisis.yaml', fakeCatalog())
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems.map(formatProblem).join('\n')).toContain(message)
    expect(guide).toContain(message)
  })
})
