// The authoring guide's worked example must stay a valid scenario, and its table of mistakes must stay true:
// every row is made in the example and must print what the guide says, and every mistake made here has a row.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatWarning } from '../src/cli/format-warning'
import { checkTranslationFile, decodeText, duplicateIds, formatProblem, loadScenario } from '../src/scenario'
import { misnamedProblem } from '../src/scenario/misnamed-translation'
import { readYaml } from '../src/scenario/read-yaml'
import { outlineTranslation, stampTranslation } from '../src/scenario/stamp-translation'
import { fakeCatalog } from './fakes'
import { windows1251 } from './windows-1251-bytes'

const ROOT = join(import.meta.dirname, '..')
const guide = readFileSync(join(ROOT, 'docs', 'authoring.md'), 'utf8')
const example = /```yaml\n(# yaml-language-server[^\n]*\nid: [\s\S]*?)```/.exec(guide)![1]!

/** What `npm run check` prints for a file: its problems, or else its warnings. */
function printed(text: string, file = 'my-crisis.yaml'): string[] {
  const r = loadScenario(text, file, fakeCatalog())
  return (r.ok ? r.warnings : r.problems).map(formatProblem)
}
function edit(from: string | RegExp, to: string): string {
  const edited = example.replace(from, to)
  if (edited === example) throw new Error(`the worked example has no ${from}`)
  return edited
}

/** Each mistake of the table, made in the worked example. */
const MISTAKES: Record<string, () => string[]> = {
  'a word where a number belongs': () => printed(edit('regimeThreat: 0.4', 'regimeThreat: high')),
  'a percentage instead of a share': () => printed(edit('commitments: 0.7', 'commitments: 75')),
  'a share in hexadecimal': () => printed(edit('armedViolence: 0.5', 'armedViolence: 0x1')),
  'a misspelt field': () => printed(edit('outsideEvidence:', 'outsideEvidense:')),
  'a forgotten field': () => printed(edit(/^requester: .*\n/m, '')),
  'a value outside the list': () => printed(edit('territory: own', 'territory: ours')),
  'an actor that is not in the catalog': () =>
    printed(edit('tajikistan, armenia]', 'tajikistan, armenia, georgia]')),
  'a tab in the indentation': () => printed(edit('  threat:', '\tthreat:')),
  'a tab before a line of a text block': () =>
    printed(edit('  Gorno-Badakhshan is a remote', '\tGorno-Badakhshan is a remote')),
  'a text starting with *italics*': () =>
    printed(edit('title: "Hypothetical: unrest', 'title: *Hypothetical:* unrest')),
  'a colon in a title without quotes': () =>
    printed(
      edit(
        'title: "Hypothetical: unrest in Gorno-Badakhshan"',
        'title: Hypothetical: unrest in Gorno-Badakhshan',
      ),
    ),
  'a [ that is never closed': () => printed(edit('lat: 37.49', 'lat: [37.49')),
  'a line not indented': () => printed(edit('    commitments: 0.7', 'commitments: 0.7')),
  'one space too many': () => printed(edit('    actor: russia', '     actor: russia')),
  'a no-break space pasted into the indentation': () =>
    printed(edit('    commitments: 0.7', '\u00a0   commitments: 0.7')),
  'a line indented into the group above it': () => printed(edit('  territory: own', '    territory: own')),
  'a year or number where a text belongs': () => printed(edit('date: January 2022', 'date: 2021')),
  'curly quotes from a word processor': () => printed(edit('start: "2027-09-01"', 'start: “2027-09-01”')),
  'an id with capitals or spaces': () => printed(edit(/^id: .*$/m, 'id: Test Crisis')),
  'a Russian letter in an id (keyboard layout)': () =>
    printed(edit('requester: tajikistan', 'requester: tajikistаn')),
  'a date the calendar does not have': () => printed(edit('start: "2027-09-01"', 'start: "2027-09-31"')),
  'the hours of the stages out of order': () =>
    printed(edit('start: "2027-09-01"', 'start: "2027-09-01"\n  hours:\n    vote: 23\n    landing: 6')),
  'a marker of a source not listed': () => printed(edit('member [diplomat-2022]', 'member [xinhua-2022]')),
  'a citation of a source not listed': () =>
    printed(edit('china.stakes: [diplomat-2022]', 'china.stakes: [xinhua]')),
  'a requester the scenario does not name': () =>
    printed(edit('requester: tajikistan', 'requester: uzbekistan')),
  'a member adversary that is not named': () => printed(edit('    kind: internal\n', '    kind: member\n')),
  'a role for an actor not in the crisis': () => printed(edit('    actor: china', '    actor: turkey')),
  'a field written twice in one group': () =>
    printed(edit('requester: tajikistan', 'requester: tajikistan\nrequester: russia')),
  'the same role id twice': () => printed(edit('- id: kremlin', '- id: dushanbe')),
  'no roles at all': () => printed(edit(/^roles:\n[\s\S]*?^injects:/m, 'roles: []\ninjects:')),
  "a copy that kept the original's id": () => {
    const original = 'scenarios/kazakhstan-unrest-2026.yaml'
    const copy = 'scenarios/my-crisis.yaml'
    return duplicateIds([
      { name: copy, read: readYaml(edit(/^id: .*$/m, 'id: kazakhstan-unrest-2026'), copy) },
      { name: original, read: readYaml(readFileSync(join(ROOT, original), 'utf8'), original) },
    ]).map(formatProblem)
  },
  'a file saved as Windows-1252 (a warning)': () => {
    const text = edit("You are Tajikistan's government", 'You are Tajikistan’s government')
    const decoded = decodeText(
      Uint8Array.from(text, (c) => (c === '’' ? 0x92 : c.charCodeAt(0))),
      'my-crisis.yaml',
    )
    return decoded.ok ? decoded.warnings.map(formatWarning) : []
  },
  'Russian saved as Windows-1251': () => {
    const text = edit(
      'title: "Hypothetical: unrest in Gorno-Badakhshan"',
      'title: "Беспорядки в Горно-Бадахшане"',
    )
    const decoded = decodeText(windows1251(text), 'my-crisis.yaml')
    return decoded.ok ? decoded.warnings.map(formatWarning) : decoded.problems.map(formatProblem)
  },
  'an invisible character pasted in': () => printed(edit('lat: 37.49', 'lat: 37.49\u0007')),
  'a letter lost to the wrong encoding': () =>
    printed(edit('Tajikistan on the Afghan border', 'Tajikistan\uFFFDs Afghan border')),
  'a translation named in capitals': () => [
    formatProblem(misnamedProblem('my-crisis.RU.yaml', 'my-crisis.RU.yaml')!),
  ],
  'a translation into another language': () => [
    formatProblem(misnamedProblem('my-crisis.de.yaml', 'my-crisis.de.yaml')!),
  ],
  'a translation stamped still in English (a warning)': () => {
    const original = { name: 'my-crisis.yaml', text: example }
    const outline = outlineTranslation('scenario', original)
    const text = outline.ok ? outline.text : ''
    const stamped = stampTranslation('scenario', { name: 'my-crisis.ru.yaml', text }, original)
    const translation = { name: 'my-crisis.ru.yaml', text: stamped.ok ? stamped.text : '' }
    const r = checkTranslationFile('scenario', translation, original)
    return r.ok ? r.warnings.map(formatWarning) : r.problems.map(formatProblem)
  },
}

/**
 * A mistake told in a second file as well, and the start of the lines about that file: a copied id is a problem
 * of both files (either may be renamed), and the table shows only the copy's line.
 */
const TOLD_ELSEWHERE: Readonly<Record<string, string>> = {
  "a copy that kept the original's id": 'scenarios/kazakhstan-unrest-2026.yaml:',
}

/** The table's rows: the mistake, and each `code span` of what you see (a trailing … leaves the rest out). */
const section = guide.slice(guide.indexOf('## 6. Common mistakes'), guide.indexOf('**Counting.**'))
const rows = section
  .split('\n')
  .filter((l) => l.startsWith('| ') && !l.startsWith('| mistake') && !l.startsWith('| ---'))
  .map((l) => {
    const [mistake, seen] = l.split(' | ').map((c) => c.replace(/^\| |\s*\|$/g, '').trim())
    return { mistake: mistake!, spans: [...seen!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!) }
  })

describe('docs/authoring.md', () => {
  it('has a worked example that loads', () => {
    const r = loadScenario(example, 'my-crisis.yaml', fakeCatalog())
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([])
  })

  it("prints the year after the start as npm run check does, as a warning at the year's line and column", () => {
    const paragraph = guide.slice(
      guide.indexOf('**A year after the start**'),
      guide.indexOf('**Play-test warnings**'),
    )
    const written = /Write "([^"]+)"/.exec(paragraph.replace(/\s+/g, ' '))![1]!
    const promised = [...paragraph.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)
    const r = loadScenario(
      edit('Its people have clashed with the central government before.', written),
      'my-crisis.yaml',
      fakeCatalog(),
    )
    expect(r.ok).toBe(true)
    expect(promised[0]).toBe(r.ok ? r.warnings.map(formatWarning).join('\n') : '')
  })

  it('has a row for every mistake this test makes, and no row it does not test', () => {
    expect(rows.map((r) => r.mistake).sort()).toEqual(Object.keys(MISTAKES).sort())
  })

  it.each(rows)('says what it promises for "$mistake", and nothing else is printed', ({ mistake, spans }) => {
    const out = MISTAKES[mistake]!()
    const elsewhere = TOLD_ELSEWHERE[mistake]
    const own = elsewhere === undefined ? out : out.filter((line) => !line.startsWith(elsewhere))
    const promised = spans.map((span) => {
      const cut = span.endsWith('…')
      return { cut, text: cut ? span.slice(0, -1).trimEnd() : span }
    })
    // One mistake, one line each: every line printed about the file is one the guide promises, in its order.
    const matched = own.map((line) =>
      promised.findIndex(({ cut, text }) => (cut ? line.startsWith(text) : line === text)),
    )
    expect(
      matched,
      `the guide promises\n${promised.map((p) => p.text).join('\n')}\nand the loader prints\n${out.join('\n')}`,
    ).toEqual(promised.map((_, i) => i))
  })
})
