// A file with schema problems is also told the references and cross-field rules its other fields break, in the
// same check: an instructor fixes everything in one round, and a field the schema rejected is told once.
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { loadScenario, type Problem } from '../src/scenario'
import { checkDraft } from '../src/store/draft-check'
import { fakeCatalog, fakeScenarioData } from './fakes'

const problemsOf = (text: string): readonly Problem[] => {
  const r = loadScenario(text, 'crisis.yaml', fakeCatalog())
  if (r.ok) throw new Error('expected problems, the file loaded')
  return r.problems
}
const brief = (problems: readonly Problem[]) => problems.map(({ path, line, code }) => ({ path, line, code }))
/** The 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1

describe('a scenario with schema problems', () => {
  it('is also told an unknown actor elsewhere in the file, each problem at its line', () => {
    const text = stringify(fakeScenarioData({ observers: ['china', 'atlantis'] })).replace(
      'regimeThreat: 0.8',
      'regimeThreat: high',
    )
    expect(brief(problemsOf(text))).toEqual([
      { path: 'observers.1', line: lineOf(text, '- atlantis'), code: 'unknown-actor' },
      { path: 'facts.threat.regimeThreat', line: lineOf(text, 'regimeThreat'), code: 'expected-type' },
    ])
  })

  it('is told references in prose and lists beside a wrong field in another group', () => {
    const text = stringify(
      fakeScenarioData({
        dates: { start: 'soon' },
        citations: { territory: ['no-such-book'] },
        roles: [{ id: 'kremlin', actor: 'russia', title: 'The Kremlin', briefing: 'You lead [tass-2030].' }],
      }),
    )
    expect(brief(problemsOf(text))).toEqual([
      { path: 'dates.start', line: lineOf(text, 'start: soon'), code: 'expected-words' },
      { path: 'roles.0.briefing', line: lineOf(text, 'briefing:'), code: 'unknown-citation' },
      { path: 'citations.territory.0', line: lineOf(text, '- no-such-book'), code: 'no-such-source' },
    ])
  })

  it('says nothing of a reference a rejected field leaves undecidable, nor of the rejected field again', () => {
    // The members list is rejected for one badly written id: whether the requester is listed, who leads, and
    // which actors play a part cannot be known, and the bad id is not also an unknown actor.
    const text = stringify(fakeScenarioData({ members: ['russia', 'belarus', 'Kazakhstan', 'kyrgyzstan'] }))
    expect(brief(problemsOf(text))).toEqual([
      { path: 'members.2', line: lineOf(text, '- Kazakhstan'), code: 'expected-words' },
    ])
  })

  it('says nothing of citations when the ids of the sources they name cannot be read', () => {
    const text = stringify(
      fakeScenarioData({
        citations: { territory: ['somewhere-else'] },
        roles: [{ id: 'kremlin', actor: 'russia', title: 'The Kremlin', briefing: 'You lead [tass-2030].' }],
        sources: [{ id: 'Beliakova 2022', title: 'How a Russian-Led Alliance Keeps a Lid on Central Asia' }],
      }),
    )
    const problems = problemsOf(text)
    expect(problems.every((p) => p.path.startsWith('sources'))).toBe(true)
    expect(problems.map((p) => p.code)).not.toContain('no-such-source')
  })

  it('is told citations against a source list one of whose entries the schema rejected for another field', () => {
    const text = stringify(
      fakeScenarioData({
        citations: { territory: ['somewhere-else', 'beliakova-2022'] },
        summary: 'Unrest [beliakova-2022] and more [tass-2030].',
        sources: [
          { id: 'beliakova-2022', title: '' },
          { id: 'beliakova-2022', title: 'The same id again' },
        ],
      }),
    )
    expect(brief(problemsOf(text))).toEqual([
      { path: 'summary', line: lineOf(text, 'summary:'), code: 'unknown-citation' },
      { path: 'sources.0.title', line: lineOf(text, 'title: ""'), code: 'expected-words' },
      { path: 'sources.1.id', line: lineOf(text, 'title: The same id again') - 1, code: 'id-twice' },
      { path: 'citations.territory.0', line: lineOf(text, '- somewhere-else'), code: 'no-such-source' },
    ])
  })

  it('is told a citation in every text, whichever other text field the schema rejected', () => {
    // The first role's title is misspelt (told once, with the name it was meant to have) and the summary is
    // empty: the citations of the role's briefing and of an assumption are still checked.
    const text = stringify(
      fakeScenarioData({
        summary: '',
        assumptions: ['Moscow hesitates [tass-2030].'],
        roles: [{ id: 'kremlin', actor: 'russia', titel: 'The Kremlin', briefing: 'You lead [rbc-2031].' }],
      } as never),
    )
    expect(brief(problemsOf(text))).toEqual([
      { path: 'summary', line: lineOf(text, 'summary:'), code: 'expected-words' },
      { path: 'roles.0.titel', line: lineOf(text, 'titel:'), code: 'unknown-field' },
      { path: 'roles.0.briefing', line: lineOf(text, 'briefing:'), code: 'unknown-citation' },
      { path: 'assumptions.0', line: lineOf(text, 'Moscow hesitates'), code: 'unknown-citation' },
    ])
  })

  it('is told only the YAML mistake when the text is not YAML as written', () => {
    const text = `${stringify(fakeScenarioData({ requester: 'narnia' }))}title: [unclosed\n`
    expect(problemsOf(text)).toHaveLength(1)
  })
})

describe("the workshop's check of a draft", () => {
  it('shows the schema problem and the unknown actor together, as npm run check does', async () => {
    const text = stringify(fakeScenarioData({ observers: ['china', 'atlantis'] })).replace(
      'regimeThreat: 0.8',
      'regimeThreat: high',
    )
    const checked = await checkDraft({ text, file: 'my-crisis.yaml' })
    expect(checked.ok).toBe(false)
    expect(checked.ok ? [] : checked.problems.map((p) => p.path)).toEqual([
      'observers.1',
      'facts.threat.regimeThreat',
    ])
  })
})
