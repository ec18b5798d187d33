// Nesting deeper than the limit is refused as such, at the line and column where it first passes the limit, in
// brackets or not. Ten thousand "[" overflowed the parser's stack at a depth that varies with the stack, so the
// check, the sim and the browser each pointed at another column, in words about references to anchors that the
// file did not have.
import { describe, expect, it } from 'vitest'
import { loadScenario, type Problem } from '../src/scenario'
import { MAX_DEPTH } from '../src/scenario/file-limits'
import { readYaml } from '../src/scenario/read-yaml'
import { fakeCatalog } from './fakes'

const TOO_DEEP = {
  code: 'too-deep',
  params: { depth: MAX_DEPTH },
  message: 'nested more than 32 levels deep',
}

const problemsOf = (text: string): readonly Problem[] => {
  const r = loadScenario(text, 'crisis.yaml', fakeCatalog())
  if (r.ok) throw new Error('expected problems, the file loaded')
  return r.problems
}

describe('nesting too deep', () => {
  it('in brackets, is refused at the bracket that passes the limit', () => {
    const text = `id: x\njunk: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`
    // "junk: " is six characters: the 33rd bracket stands in column 7 + 32.
    expect(problemsOf(text)).toEqual([{ file: 'crisis.yaml', line: 2, column: 39, path: '', ...TOO_DEEP }])
    // A level short of the limit is read.
    expect(
      readYaml(`junk: ${'['.repeat(MAX_DEPTH - 1)}1${']'.repeat(MAX_DEPTH - 1)}\n`, 'crisis.yaml').ok,
    ).toBe(true)
  })

  it('in braces, the same', () => {
    const text = `id: x\njunk: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`
    expect(problemsOf(text)).toEqual([
      { file: 'crisis.yaml', line: 2, column: 7 + 4 * 32, path: '', ...TOO_DEEP },
    ])
  })

  it('in list items without brackets, deep enough to overflow the parser, is told as nesting', () => {
    const read = readYaml(`id: x\njunk:\n${'- '.repeat(100_000)}1\n`, 'crisis.yaml')
    if (read.ok) throw new Error('expected problems, the file was read')
    // The list under "junk" is the first level and each "- " opens one more: the 33rd starts in column 2 * 32 + 1.
    expect(read.problems).toEqual([expect.objectContaining({ line: 3, column: 65, ...TOO_DEEP })])
  })
})
