// A slider's number written into the file in place, leaving every other character as the author typed it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { factsOf, withFact } from '../src/scenario/set-fact'

const guide = readFileSync(join(import.meta.dirname, '..', 'docs', 'authoring.md'), 'utf8')
const example = /```yaml\n(# yaml-language-server[^\n]*\nid: [\s\S]*?)```/.exec(guide)![1]!

describe('writing a fact into the file', () => {
  it('changes that number and nothing else', () => {
    const text = withFact(example, 'moscow.commitments', 0.35)!
    expect(text).toBe(example.replace('    commitments: 0.7', '    commitments: 0.35'))
  })

  it('keeps a comment on the same line', () => {
    const commented = example.replace('stakes: 0.6', 'stakes: 0.6 # pipelines and the border')
    expect(withFact(commented, 'china.stakes', 1)).toBe(commented.replace('stakes: 0.6 #', 'stakes: 1 #'))
  })

  it("rounds to the sliders' steps", () => {
    expect(withFact(example, 'threat.armedViolence', 0.1 + 0.2)).toContain('armedViolence: 0.3\n')
  })

  it('leaves a file it cannot read alone', () => {
    expect(withFact('facts: [unclosed', 'china.stakes', 0.5)).toBeUndefined()
    expect(withFact(example.replace('stakes: 0.6', 'stakes: high'), 'china.stakes', 0.5)).toBeUndefined()
  })

  it('reads the facts the file gives', () => {
    expect(factsOf(example, ['threat.outsideEvidence', 'moscow.commitments'])).toEqual({
      'threat.outsideEvidence': 0.2,
      'moscow.commitments': 0.7,
    })
  })
})
