// A no-break space pasted in where YAML needs a space (a line's indentation, after a colon or a list's dash) is
// named at its line and column, in plain words, where the parser complained of a layout that looks right.
import { describe, expect, it } from 'vitest'
import { loadScenario } from '../src/scenario'
import { PROBLEMS_RU } from '../src/scenario/wording/ru'
import { lineOf, problemsOf, text } from './fake-scenario-text'
import { fakeCatalog } from './fakes'

const NAMED =
  'here is a space that is not an ordinary one (U+00A0, a no-break space), often pasted in from a web page or a word processor: YAML does not read it as a space. Type an ordinary space in its place'

describe('a no-break space', () => {
  it.each([
    ['in the indentation of a field', '  lat:', '\u00a0 lat:', 1],
    ['in the indentation of a group', '  threat:', ' \u00a0threat:', 2],
    ['after a field’s colon', 'requester: ', 'requester:\u00a0', 11],
    ['after a list’s dash', '  - id: ', '  -\u00a0id: ', 4],
  ])('%s is named at its line and column', (_, from, to, column) => {
    const line = lineOf(from)
    const edited = text.replace(from, to)
    expect(problemsOf(edited)).toEqual([
      expect.objectContaining({ line, column, path: '', code: 'odd-space', message: NAMED }),
    ])
  })

  it('before a top-level field is named at that field, not told as one space too many', () => {
    const [p] = problemsOf(text.replace('requester:', '\u00a0requester:'))
    expect(p).toMatchObject({ line: lineOf('requester:'), column: 1, message: NAMED })
    expect(PROBLEMS_RU[p!.code](p!.params as never)).toMatch(
      /^здесь не обычный пробел \(U\+00A0, неразрывный/,
    )
  })

  it('inside a text is the text’s own', () => {
    const kept = text.replace(/^summary: (.*)$/m, 'summary: 10\u00a0km from the border. $1')
    expect(loadScenario(kept, 'crisis.yaml', fakeCatalog()).ok).toBe(true)
  })
})
