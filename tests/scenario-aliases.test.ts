// YAML aliases ("*name") as the reader bounds them: a file with too many, or whose aliases stand for too many
// values ("billion laughs"), is refused at the alias that passed the bound, saying what was counted; a file within
// both bounds reads, however its aliases nest.
import { describe, expect, it, vi } from 'vitest'
import { Alias } from 'yaml'
import { readYaml } from '../src/scenario/read-yaml'

const problemsOf = (text: string) => {
  const r = readYaml(text, 'crisis.yaml')
  return r.ok ? [] : r.problems
}

describe('YAML aliases', () => {
  it('reads 45 aliases of an anchor that holds aliases, which the reader once took for more than 50', () => {
    const text = `a: &a [x, x]\nb: &b [*a, *a]\n${Array.from({ length: 43 }, (_, i) => `c${i}: *b`).join('\n')}\n`
    expect(problemsOf(text)).toEqual([])
  })

  it('refuses the 51st alias written, at its line, counting aliases as written', () => {
    const lines = ['a: &a x', ...Array.from({ length: 51 }, (_, i) => `c${i}: *a`)]
    expect(problemsOf(`${lines.join('\n')}\n`)).toEqual([
      {
        file: 'crisis.yaml',
        line: 52,
        column: 6,
        path: '',
        code: 'too-many-aliases',
        params: { max: 50, name: 'a' },
        message:
          'this YAML alias "*a" is one more than a file may have: at most 50 aliases (a "*" naming an anchor "&") are allowed. Write the value out in full here',
      },
    ])
  })

  it('refuses aliases that double at each level at the alias where they pass 10,000 values, with 48 aliases in all', () => {
    // Level 0 holds 3 values; level k, two aliases of level k-1, 2^(k+2) - 1. The aliases of levels 1 to 10 stand
    // for 8,164 values; the first of level 11, on line 12, adds 4,095.
    const lines = [
      'b0: &b0 [x, x]',
      ...Array.from({ length: 23 }, (_, i) => `b${i + 1}: &b${i + 1} [*b${i}, *b${i}]`),
    ]
    const problems = problemsOf(`${lines.join('\n')}\n`)
    expect(problems).toMatchObject([
      {
        line: 12,
        column: lines[11]!.indexOf('*') + 1,
        code: 'too-many-alias-values',
        params: { max: 10_000, name: 'b10' },
      },
    ])
    expect(problems[0]!.message).toBe(
      'with this YAML alias "*b10", the aliases up to here stand for more than 10,000 values, each alias counted as all its anchor holds (an anchor that holds aliases multiplies them): at most 10,000 are allowed. Write the values out in full',
    )
  })

  it('refuses an anchor that holds an alias of itself, which stands for endlessly many values', () => {
    expect(problemsOf('title: x\nloop: &loop [1, *loop]\n')).toMatchObject([
      { line: 2, column: 17, code: 'too-many-alias-values', params: { name: 'loop' } },
    ])
  })

  // Looking up each alias's anchor had yaml resolve every alias, each resolution a walk of the whole file: 20,000
  // aliases in 80 KB took a minute, a 1 MB file hours. The reader's resolutions are counted (not timed, which a
  // busy machine would blur): past the limit, a longer file costs not one more.
  it('resolves no more aliases in a file of 20,000 than in one of 60, telling the 51st of each', () => {
    const list = (n: number) => `a: &a x\nb: [${Array.from({ length: n }, () => '*a').join(', ')}]\n`
    const resolutions = vi.spyOn(Alias.prototype, 'resolve')
    const counted = (n: number) => {
      resolutions.mockClear()
      const problems = problemsOf(list(n))
      return { problems, resolved: resolutions.mock.calls.length }
    }
    const short = counted(60)
    const long = counted(20_000)
    resolutions.mockRestore()
    for (const { problems } of [short, long])
      expect(problems).toMatchObject([{ line: 2, column: 5 + 50 * 4, code: 'too-many-aliases' }])
    expect(long.resolved).toBe(short.resolved)
  })
})
