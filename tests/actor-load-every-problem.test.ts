// An actor profile with schema problems is also told its citations, its source list and its id against the other
// profiles, in the same check: an instructor fixes everything in one round, and each mistake is told once.
import { describe, expect, it } from 'vitest'
import { checkTranslationFile, loadCatalog, type Problem } from '../src/scenario'
import { fakeProfileText } from './fakes'

const problemsOf = (...files: { name: string; text: string }[]): readonly Problem[] => {
  const r = loadCatalog(files)
  if (r.ok) throw new Error('expected problems, the catalog loaded')
  return r.problems
}
const brief = (problems: readonly Problem[]) =>
  problems.map(({ file, path, line, code }) => ({ file, path, line, code }))
const SOURCE = '{id: listed-2010, title: A source}'

describe('an actor profile with a schema problem', () => {
  it('is also told a bad citation and an id another profile has, each once, at its line', () => {
    const good = fakeProfileText('The leader [listed-2010].', 'Said no.', [SOURCE])
    // The misspelt field is told once, with the name it was meant to have, and not also as a missing one.
    const broken = fakeProfileText('The leader [unlisted-2011].', 'Said no.', [SOURCE]).replace(
      'traits:',
      'trates:',
    )
    expect(brief(problemsOf({ name: 'a.yaml', text: good }, { name: 'b.yaml', text: broken }))).toEqual([
      { file: 'b.yaml', path: 'id', line: 1, code: 'actor-defined-twice' },
      { file: 'b.yaml', path: 'summary', line: 4, code: 'unknown-citation' },
      { file: 'b.yaml', path: 'trates', line: 9, code: 'unknown-field' },
    ])
  })

  it('is told a citation in a text beside the one the schema rejected', () => {
    const text = fakeProfileText('The leader.', `Said no [no-such-source]. ${'Long. '.repeat(120)}`, [
      SOURCE,
      '{id: listed-2010, title: The same id again}',
    ]).replace('summary: The leader.', 'summary: 42')
    expect(brief(problemsOf({ name: 'russia.yaml', text }))).toEqual([
      { file: 'russia.yaml', path: 'summary', line: 4, code: 'expected-type' },
      { file: 'russia.yaml', path: 'record.0.text', line: 7, code: 'expected-words' },
      { file: 'russia.yaml', path: 'record.0.text', line: 7, code: 'unknown-citation' },
      { file: 'russia.yaml', path: 'sources.1.id', line: 12, code: 'id-twice' },
    ])
  })

  it('says nothing of its citations when the ids of its sources cannot be read', () => {
    const text = fakeProfileText('The leader [listed-2010] and [other-2011].', 'Said no.', [
      '{id: Listed 2010, title: A source}',
    ])
    const problems = problemsOf({ name: 'russia.yaml', text })
    expect(problems.map((p) => p.path)).toEqual(['sources.0.id'])
  })

  it('says nothing of its citations when its source list is misspelt', () => {
    const text = fakeProfileText('The leader [listed-2010].', 'Said no.', [SOURCE]).replace(
      'sources:',
      'sorces:',
    )
    expect(brief(problemsOf({ name: 'russia.yaml', text })).map((p) => p.code)).toEqual(['unknown-field'])
  })

  it('is told only the YAML mistake when the text is not YAML as written', () => {
    const text = `${fakeProfileText('The leader [unlisted-2011].', 'Said no.')}\nname: [unclosed\n`
    expect(problemsOf({ name: 'russia.yaml', text })).toHaveLength(1)
  })
})

describe('a profile the schema accepts', () => {
  it('is told a bad citation and an id another profile has together', () => {
    const good = fakeProfileText('The leader [listed-2010].', 'Said no.', [SOURCE])
    const other = fakeProfileText('The leader.', 'Said no [unlisted-2011].', [SOURCE])
    expect(brief(problemsOf({ name: 'a.yaml', text: good }, { name: 'b.yaml', text: other }))).toEqual([
      { file: 'b.yaml', path: 'id', line: 1, code: 'actor-defined-twice' },
      { file: 'b.yaml', path: 'record.0.text', line: 7, code: 'unknown-citation' },
    ])
  })
})

describe('the translation of a profile the schema rejected', () => {
  const original = {
    name: 'russia.yaml',
    text: fakeProfileText('The leader [listed-2010].', 'Said no [nowhere-2011].', [SOURCE]).replace(
      'traits:',
      'trates:',
    ),
  }
  const problemsOf = (text: string) => {
    const r = checkTranslationFile('actor', { name: 'russia.ru.yaml', text }, original)
    if (r.ok) throw new Error('expected problems, the translation passed')
    return r.problems.map(({ path, line, code }) => ({ path, line, code }))
  }

  it('is told that, with its own schema problems', () => {
    expect(problemsOf('summary:\n  text: Лидер [listed-2010].\n  wrong: 1\n')).toEqual([
      { path: '', line: 1, code: 'original-broken' },
      { path: 'summary.wrong', line: 3, code: 'unknown-field' },
    ])
  })

  it('is told a text whose citations differ from the English, not one whose English cites no listed source', () => {
    const text = 'summary:\n  text: Лидер.\nrecord:\n  - text: Сказал нет [listed-2010].\n'
    expect(problemsOf(text)).toEqual([
      { path: '', line: 1, code: 'original-broken' },
      { path: 'summary.text', line: 2, code: 'citations-differ' },
    ])
  })
})
