// YAML written wrongly, as instructors write it, reads in our words in both languages: each file below makes
// the parser fail in its own way, and what the author reads says where and what to do, never the parser's
// English ("Block scalar values in collections must be indented").
import { describe, expect, it } from 'vitest'
import { readYaml } from '../src/scenario/read-yaml'
import type { Problem } from '../src/scenario/types'
import { PROBLEMS_RU } from '../src/scenario/wording/ru'
import { wordProblem } from '../src/scenario/wording/word-problem'

const CYRILLIC = /[а-яё]/i
/** An English word of three letters or more, besides YAML's name and the file's own words in quotes. */
const LATIN_WORD = /\b(?!YAML\b)[A-Za-z]{3,}\b/

/** Each mistake: the file, the line and column it is told at, and the code of what is said. */
const MISTAKES: readonly (readonly [string, string, `${number}:${number}`, Problem['code']])[] = [
  [
    'a tab before text under |',
    'id: x\nbackground: |\n\tGorno-Badakhshan is remote.\n',
    '3:1',
    'yaml-tab-in-text',
  ],
  ['a tab before text under >', 'id: x\nsummary: >-\n\tProtests turn violent.\n', '3:1', 'yaml-tab-in-text'],
  [
    'a tab before a later line of text',
    'id: x\nbackground: |\n  First line.\n \tSecond line.\n',
    '4:2',
    'yaml-tab-in-text',
  ],
  ['text on the line of |', 'id: x\nbackground: |text\n  more\n', '2:14', 'yaml-block-header'],
  ['a tab as indentation', 'id: x\nfacts:\n\tthreat: 1\n', '3:1', 'yaml-tab'],
  ['a field twice', 'id: x\nid: y\n', '2:1', 'yaml-duplicate-key'],
  [
    'an unclosed [, told where it opens',
    'members: [russia, belarus\nid: x\n',
    '1:10',
    'yaml-unclosed-bracket',
  ],
  ['an unclosed { below a field', 'id: x\nplace: {lat: 37.49\nsummary: x\n', '2:8', 'yaml-unclosed-bracket'],
  [
    'an unclosed [ followed by indented fields',
    'title: [\n  of: abc\n  text: Crisis\nsummary: x\n',
    '1:8',
    'yaml-unclosed-bracket',
  ],
  ['an unclosed [ in a list item', 'roles:\n  - [kremlin, dushanbe\n  - x\n', '2:5', 'yaml-unclosed-bracket'],
  ['a ": " inside a plain title', 'id: x\ntitle: Hypothetical: unrest\n', '2:8', 'yaml-colon-in-value'],
  [
    'a ": " inside a value in a list item',
    'roles:\n  - name: Kremlin: hawks\n',
    '2:11',
    'yaml-colon-in-value',
  ],
  ['a comma with nothing before it', 'members: [russia, , belarus]\n', '1:19', 'yaml-extra-comma'],
  ['a stray ]', 'members: ]\n', '1:10', 'yaml-stray-closing'],
  ['an unclosed quote', 'title: "Crisis\nsummary: x\n', '3:1', 'yaml-unclosed-quote'],
  ['a # straight after quotes', 'title: "Crisis"# note\n', '1:16', 'yaml-comment-space'],
  [
    '*italics* at the start of a text',
    'id: x\nsummary: *Hypothetical* unrest\n',
    '2:10',
    'yaml-unknown-alias',
  ],
  ['a reference to no anchor', 'members: *founders\n', '1:10', 'yaml-unknown-alias'],
  ['an empty anchor', 'title: & Crisis\n', '1:8', 'yaml-broken'],
  ['two anchors', 'title: &a &b Crisis\n', '1:11', 'yaml-broken'],
  ['a reference with an anchor', 'a: &x 1\nb: &y *x\n', '2:7', 'yaml-broken'],
  ['an unknown escape', 'title: "C:\\q"\n', '1:11', 'yaml-broken'],
  ['a list of lines inside [ ]', 'members: [\n  - russia\n]\n', '2:3', 'yaml-broken'],
]

describe('broken YAML, read from a real file', () => {
  it.each(MISTAKES)('%s: told at its line, in our words', (_mistake, text, at, code) => {
    const read = readYaml(text, 'crisis.yaml')
    expect(read.ok).toBe(false)
    const [problem] = read.ok ? [] : read.problems
    expect(`${problem!.line}:${problem!.column}`).toBe(at)
    expect(problem!.code).toBe(code)
    expect(problem!.file).toBe('crisis.yaml')
    // The parser's first line, kept in the data, is never what the author reads.
    const parser = problem!.code === 'yaml-broken' ? problem!.params.said : ''
    if (parser) expect(problem!.message).not.toContain(parser)
    expect(problem!.message).not.toMatch(/\b(scalar|token|implicit|mapping|flow|indicator)\b/i)
    const russian = wordProblem(PROBLEMS_RU, problem!)
    expect(russian).toMatch(CYRILLIC)
    // The file's own field name stays as written, in guillemets.
    const { key } = problem!.params as { key?: string }
    const own = key === undefined ? russian : russian.replace(`«${key}»`, '')
    expect(own.replace(/\*\S+\*|&\S+/g, '')).not.toMatch(LATIN_WORD)
  })

  it('says what a tab before text under "|" is, in both languages', () => {
    const read = readYaml('id: x\nbackground: |\n\tRemote.\n', 'crisis.yaml')
    const [problem] = read.ok ? [] : read.problems
    expect(problem!.message).toBe(
      'this line of the text under "|" or ">" starts with a tab: indent the text with spaces, not tabs',
    )
    expect(wordProblem(PROBLEMS_RU, problem!)).toBe(
      'эта строка текста под «|» или «>» начинается с табуляции: делайте отступы в тексте пробелами, а не табуляцией',
    )
  })

  it('says a ": " inside a plain value is read as a second field, naming the field, in both languages', () => {
    const read = readYaml(
      'id: x\ntitle: Hypothetical: unrest in Gorno-Badakhshan\nkind: hypothetical\n',
      'crisis.yaml',
    )
    const [problem] = read.ok ? [] : read.problems
    expect(`${problem!.line}:${problem!.column}`).toBe('2:8')
    expect(problem!.message).toBe(
      'the value of "title" contains ": ", which YAML reads as a second field: put the whole value in straight quotes ("…")',
    )
    expect(wordProblem(PROBLEMS_RU, problem!)).toBe(
      'в значении поля «title» есть «: », и YAML читает это как начало второго поля: заключите всё значение в прямые кавычки ("…")',
    )
  })

  it('keeps "runs on" for a value whose ": " comes after its closing quote', () => {
    const read = readYaml('title: "Crisis" kind: x\n', 'crisis.yaml')
    const [problem] = read.ok ? [] : read.problems
    expect(problem!.code).toBe('yaml-value-runs-on')
  })

  it.each([
    [
      'a [ left open on a field',
      'id: x\nplace:\n  name: Khorog\n  lat: [37.49\n  lon: 71.55\nsummary: x\n',
      '4:8',
      'the [ that starts the value of "lat" is never closed: end the list with ]',
      'квадратная скобка [, с которой начинается значение поля «lat», так и не закрыта: закончите список скобкой ]',
    ],
    [
      'a { left open on a quoted field',
      '"place": {lat: 37.49\nid: x\n',
      '1:10',
      'the { that starts the value of "place" is never closed: end the group of fields with }',
      'фигурная скобка {, с которой начинается значение поля «place», так и не закрыта: закончите группу полей скобкой }',
    ],
    [
      'a [ left open as a list item',
      'members:\n  - [russia, belarus\n  - armenia\n',
      '2:5',
      'this [ is never closed: end the list with ]',
      'эта квадратная скобка [ так и не закрыта: закончите список скобкой ]',
    ],
  ])('tells %s at the line it opens on, in both languages', (_what, text, at, english, russian) => {
    const read = readYaml(text, 'crisis.yaml')
    const [problem] = read.ok ? [] : read.problems
    expect(`${problem!.line}:${problem!.column}`).toBe(at)
    expect(problem!.message).toBe(english)
    expect(wordProblem(PROBLEMS_RU, problem!)).toBe(russian)
  })

  it('does not take a [ inside a text, or a closed list over several lines, for one left open', () => {
    const read = readYaml(
      'summary: a [ b\nmembers: [russia,\n  belarus]\nplace: {lat: 1\nid: x\n',
      'crisis.yaml',
    )
    const [problem] = read.ok ? [] : read.problems
    expect(`${problem!.line}:${problem!.column}`).toBe('4:8')
    expect(problem!.params).toEqual({ bracket: '{', key: 'place' })
  })

  it('finds a [ left open under many others, and never runs out of stack looking for it', () => {
    const deep = readYaml(`id: x\njunk: ${'['.repeat(50)}\nsummary: x\n`, 'crisis.yaml')
    const [problem] = deep.ok ? [] : deep.problems
    expect(`${problem!.line}:${problem!.column}`).toBe('2:7')
    expect(problem!.params).toEqual({ bracket: '[', key: 'junk' })
    // Past what the parser itself can nest, its own refusal stands, on the same line.
    const hostile = readYaml(`id: x\njunk: ${'['.repeat(5000)}\nsummary: x\n`, 'crisis.yaml')
    expect(hostile.ok ? undefined : hostile.problems[0]!.line).toBe(2)
  })

  it('takes *italics* at the start of a text for what they are, not for too many aliases', () => {
    const read = readYaml('summary: *Hypothetical* unrest\n', 'crisis.yaml')
    const [problem] = read.ok ? [] : read.problems
    expect(problem!.message).toBe(
      'a value starting with "*" refers to an anchor "&Hypothetical*" that the file does not have: if it is text (such as *italics*), put the whole value in quotes',
    )
  })

  it('names a field written twice and the line it first stood on, in both languages', () => {
    const text =
      'id: x\nrequester: kazakhstan\n# the one who asks\nfacts:\n  threat:\n    kind: riots\nrequester: russia\n'
    const read = readYaml(text, 'crisis.yaml')
    const [problem] = read.ok ? [] : read.problems
    expect(`${problem!.line}:${problem!.column}`).toBe('7:1')
    expect(problem!.message).toBe(
      '"requester" appears twice in this group of fields (first at line 2): keep one',
    )
    expect(wordProblem(PROBLEMS_RU, problem!)).toBe(
      'поле «requester» встречается в этой группе полей дважды (впервые в строке 2): оставьте одно',
    )
  })

  it.each([
    ['inside a group', 'facts:\n  territory: own\n  threat: 1\n  territory: abroad\n', '4:3', 2],
    [
      'in a list item, the first on the line of its "- "',
      'roles:\n  - id: a\n    name: A\n    id: b\n',
      '4:5',
      2,
    ],
    ['quoted the second time', 'title: A\n"title": B\n', '2:1', 1],
  ] as const)('finds the first of a field written twice %s', (_where, text, at, first) => {
    const read = readYaml(text, 'crisis.yaml')
    const [problem] = read.ok ? [] : read.problems
    expect(`${problem!.line}:${problem!.column}`).toBe(at)
    expect(problem!.params).toMatchObject({ first })
  })

  it('does not take a field of another group, or of another item, for the first', () => {
    for (const text of [
      'roles:\n  - id: a\n  - id: b\n    name: B\n    id: c\n',
      'moscow:\n  days: 5\nchina:\n  stance: 1\n  stance: 2\n',
    ]) {
      const read = readYaml(text, 'crisis.yaml')
      const [problem] = read.ok ? [] : read.problems
      expect(problem!.code).toBe('yaml-duplicate-key')
      expect(problem!.params).toMatchObject({ first: text.includes('stance') ? 4 : 3 })
    }
  })

  it('names the field but no line when both stand on one line', () => {
    const read = readYaml('place: { lat: 1, lat: 2 }\n', 'crisis.yaml')
    const [problem] = read.ok ? [] : read.problems
    expect(problem!.message).toBe('"lat" appears twice in this group of fields: keep one')
  })
})
