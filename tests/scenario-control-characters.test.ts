// A control character in a file (a stray one pasted in, or the NULs of a file saved as UTF-16 without its mark)
// is refused at its line and column, in the command line and in the browser alike, never let through into a
// title or a number.
import { describe, expect, it } from 'vitest'
import { decodeText, loadScenario } from '../src/scenario'
import { checkScenarioText } from '../src/store/imported-kit'
import { lineOf, lines, problemsOf, text } from './fake-scenario-text'
import { fakeCatalog } from './fakes'

describe('a control character', () => {
  it('after a number is told as itself at its place, not as a number that reads as text', () => {
    const withBell = text.replace(/^ {2}lat: ([\d.]+)$/m, '  lat: $1\u0007')
    const line = lineOf('  lat:')
    expect(problemsOf(withBell)).toEqual([
      expect.objectContaining({
        line,
        column: lines[line - 1]!.length + 1,
        path: '',
        code: 'control-character',
        message: 'an invisible control character, U+0007, is here, and no text needs one: delete it',
      }),
    ])
  })

  it('inside a quoted title is refused in the browser too, where it was taken into the title', async () => {
    const withEscape = text.replace(/^title: (.*)$/m, 'title: "\u001b]0;Article Four\u0007 $1"')
    const r = await checkScenarioText(withEscape, 'crisis.yaml')
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems).toEqual([
      expect.objectContaining({ line: lineOf('title:'), column: 9, params: { code: 'U+001B' } }),
    ])
  })

  it('NUL, as in a file saved as UTF-16 without its mark, says how to save it as UTF-8', () => {
    const bytes = new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)
    const decoded = decodeText(bytes, 'crisis.yaml')
    if (!decoded.ok) throw new Error('UTF-16 of plain letters is valid UTF-8')
    expect(problemsOf(decoded.text)).toEqual([
      expect.objectContaining({
        line: 1,
        column: 2,
        message: expect.stringMatching(
          /^an invisible control character, U\+0000, is here.*saved as UTF-16 \("Unicode"\) without the mark .*save it as UTF-8 \(Notepad/,
        ),
      }),
    ])
  })

  it('is not a tab, nor the carriage return of Windows line endings', () => {
    expect(loadScenario(text.replaceAll('\n', '\r\n'), 'crisis.yaml', fakeCatalog()).ok).toBe(true)
    const tabbed = text.replace(/^summary: (.*)$/m, 'summary: "$1\tand more"')
    expect(loadScenario(tabbed, 'crisis.yaml', fakeCatalog()).ok).toBe(true)
  })
})

describe('a control character written as an escape in double quotes', () => {
  it('is refused at the text that holds it, where it went raw to the terminal in the value a message quoted', () => {
    const escaped = text.replace(/^requester: (.*)$/m, 'requester: "\\e[2J$1"')
    expect(problemsOf(escaped)).toEqual([
      expect.objectContaining({
        line: lineOf('requester:'),
        column: 12,
        path: 'requester',
        message:
          'this text has an invisible control character, U+001B, written in double quotes as an escape such as "\\e" or "\\x07": delete the escape',
      }),
    ])
  })

  it('is refused in a field name too, and in the browser', async () => {
    const escaped = text.replace(/^summary:/m, '"summary\\a":')
    const r = await checkScenarioText(escaped, 'crisis.yaml')
    expect(r.ok ? [] : r.problems).toEqual([
      expect.objectContaining({ line: lineOf('summary:'), column: 1, params: { code: 'U+0007' } }),
    ])
  })

  it('leaves the escapes of a tab and a line break alone', () => {
    const escaped = text.replace(/^summary: (.*)$/m, 'summary: "$1\\tand\\nmore"')
    expect(loadScenario(escaped, 'crisis.yaml', fakeCatalog()).ok).toBe(true)
  })
})

describe('half of a character written as an escape in double quotes', () => {
  it('is refused at the text that holds it, where "\\ud800" went into the text', () => {
    const escaped = text.replace(/^summary: (.*)$/m, 'summary: "$1 \\ud800"')
    expect(problemsOf(escaped)).toEqual([
      expect.objectContaining({
        line: lineOf('summary:'),
        column: 10,
        path: 'summary',
        code: 'lone-surrogate',
        message:
          'this text has half of a character, U+D800, written in double quotes as an escape such as "\\ud800": a letter past U+FFFF takes two such halves together. Type the letter itself in place of the escape, or delete it',
      }),
    ])
  })

  it('is refused as a second half alone, in a field name, and in the browser', async () => {
    const escaped = text.replace(/^summary:/m, '"summary\\udc00":')
    const r = await checkScenarioText(escaped, 'crisis.yaml')
    expect(r.ok ? [] : r.problems).toEqual([
      expect.objectContaining({ line: lineOf('summary:'), column: 1, params: { code: 'U+DC00' } }),
    ])
  })

  it('leaves two halves written together alone: they are one letter', () => {
    const escaped = text.replace(/^summary: (.*)$/m, 'summary: "$1 \\ud83c\\udf0d"')
    const r = loadScenario(escaped, 'crisis.yaml', fakeCatalog())
    expect(r.ok ? r.value.summary : r.problems).toMatch(/ 🌍$/)
  })
})
