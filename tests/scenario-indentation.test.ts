// A misplaced line named as such: whichever line of a valid file is indented wrongly, the loader names that
// line and how to indent it, wherever the YAML parser first notices the damage.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadScenario, type Problem } from '../src/scenario'
import { fakeCatalog } from './fakes'

const guide = readFileSync(join(import.meta.dirname, '..', 'docs', 'authoring.md'), 'utf8')
const example = /```yaml\n(# yaml-language-server[^\n]*\nid: [\s\S]*?)```/.exec(guide)![1]!
const lines = example.split('\n')
const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1

function withLine(n: number, line: string, text = example): string {
  const ls = text.split('\n')
  ls[n - 1] = line
  return ls.join('\n')
}
function firstProblem(text: string): Problem {
  const r = loadScenario(text, 'my-crisis.yaml', fakeCatalog())
  if (r.ok) throw new Error('expected a problem, the file loaded')
  return r.problems[0]!
}

describe('a line indented wrongly', () => {
  it('un-indented: named on its own line, with the spaces it needs and a line to copy', () => {
    const n = lineOf('commitments: 0.7')
    const p = firstProblem(withLine(n, 'commitments: 0.7'))
    expect(p).toMatchObject({ line: n, column: 1, path: '' })
    expect(p.message).toBe(`line ${n} is not indented: indent it by 4 spaces, like line ${n - 1}`)
  })

  it('one space too many: said so, where YAML would complain about compact mappings', () => {
    const n = lineOf('    actor: russia')
    const p = firstProblem(withLine(n, '     actor: russia'))
    expect(p).toMatchObject({ line: n })
    expect(p.message).toBe(
      `line ${n} has one space too many at its start: indent it by 4 spaces, like line ${n + 1}`,
    )
  })

  it('over-indented after a comment: the line itself, not the comment YAML points at', () => {
    const n = lineOf('legitimacy: 0.8')
    const commented = withLine(n, '    # Moscow trusts the government.\n    legitimacy: 0.8')
    const p = firstProblem(withLine(n + 1, '        legitimacy: 0.8', commented))
    expect(p).toMatchObject({ line: n + 1 })
    expect(p.message).toMatch(
      new RegExp(`^line ${n + 1} is indented more than the lines around it: indent it by 4 spaces`),
    )
  })

  it('a field pushed into the group above it: the field, not the group it left', () => {
    const n = lineOf('territory: own')
    const p = firstProblem(withLine(n, '    territory: own'))
    expect(p).toMatchObject({ line: n })
    expect(p.message).toMatch(/^line \d+ is indented more than the lines around it: indent it by 2 spaces/)
  })

  it('a line of text out at the margin: said to belong to the text above', () => {
    const n = lineOf('Its people have clashed')
    const p = firstProblem(withLine(n, lines[n - 1]!.trimStart()))
    expect(p.message).toBe(`line ${n} is not indented: indent it by 2 spaces, like line ${n - 1}`)
  })

  // About 250 loads, each trying a few re-indentations: fixed work that a loaded two-core machine may take longer
  // than vitest's default five seconds to do.
  it('names the very line for every field of the worked example moved in or out', { timeout: 60_000 }, () => {
    const fields = lines.flatMap((l, i) => (/^ +[\w-]/.test(l) && /:/.test(l) ? [i + 1] : []))
    expect(fields.length).toBeGreaterThan(40)
    const missed: string[] = []
    for (const n of fields) {
      const l = lines[n - 1]!
      for (const moved of [l.trimStart(), ` ${l}`, `  ${l}`, l.slice(1)]) {
        const r = loadScenario(withLine(n, moved), 'my-crisis.yaml', fakeCatalog())
        if (r.ok) continue
        if (!r.problems[0]!.message.startsWith(`line ${n} `))
          missed.push(
            `line ${n} as ${JSON.stringify(moved)}: ${r.problems[0]!.line} ${r.problems[0]!.message}`,
          )
      }
    }
    expect(missed).toEqual([])
  })
})
