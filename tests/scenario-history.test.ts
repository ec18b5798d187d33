// A historical record that agrees with itself: the debrief tells students it is what happened.
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { loadScenario, type Problem } from '../src/scenario'
import { fakeCatalog, fakeScenarioData } from './fakes'

const KAZAKHSTAN = {
  requested: true,
  framing: 'foreign-backed',
  help: 'peacekeepers',
  response: 'peacekeepers',
  mission: 'guard-sites',
  council: { decision: 'agreed' },
  troops: { low: 2030, high: 3770 },
  days: 14,
  china: 'endorse',
  summary: 'Tokayev asked; the alliance sent peacekeepers who guarded sites for two weeks.',
}

function load(history: Record<string, unknown>, kind = 'historical') {
  return loadScenario(stringify(fakeScenarioData({ kind, history } as never)), 'crisis.yaml', fakeCatalog())
}
function problemsOf(history: Record<string, unknown>): readonly Problem[] {
  const r = load(history)
  if (r.ok) throw new Error('expected problems, the file loaded')
  return r.problems
}
function warningsOf(history: Record<string, unknown>, kind = 'historical'): readonly Problem[] {
  const r = load(history, kind)
  if (!r.ok)
    throw new Error(`expected a valid file: ${r.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`)
  return r.warnings
}
const finding = (path: string, message: RegExp) =>
  expect.objectContaining({ path, message: expect.stringMatching(message) })

describe('a historical record', () => {
  it('that agrees with itself loads without a word', () => {
    expect(warningsOf(KAZAKHSTAN)).toEqual([])
    expect(
      warningsOf({ requested: false, response: 'no-request', china: 'silent', summary: 'No one asked.' }),
    ).toEqual([])
  })

  it('refuses a framing or help without a request, and a response to a request never made', () => {
    const p = problemsOf({ ...KAZAKHSTAN, requested: false, response: 'rapid-reaction', council: undefined })
    expect(p).toContainEqual(
      finding('history.framing', /a framing, "foreign-backed", yet requested is false/),
    )
    expect(p).toContainEqual(
      finding('history.help', /help asked for, "peacekeepers", yet requested is false/),
    )
    expect(p).toContainEqual(
      finding('history.response', /the response "rapid-reaction" answers a request, yet requested is false/),
    )
  })

  it('refuses no-request after a request', () => {
    expect(
      problemsOf({
        ...KAZAKHSTAN,
        response: 'no-request',
        mission: undefined,
        troops: undefined,
        days: undefined,
        council: undefined,
      }),
    ).toContainEqual(finding('history.response', /no-request, yet requested is true/))
  })

  it('refuses troops, a mission or a stay where no troops went', () => {
    const p = problemsOf({ ...KAZAKHSTAN, response: 'consultations', council: undefined })
    expect(p.map((x) => x.path)).toEqual(
      expect.arrayContaining(['history.mission', 'history.troops', 'history.days']),
    )
    expect(p).toContainEqual(
      finding('history.days', /days given, yet no troops went \(the response is consultations\)/),
    )
  })

  it('refuses troops from 90,000 down to 10', () => {
    expect(problemsOf({ ...KAZAKHSTAN, troops: { low: 90000, high: 10 } })).toContainEqual(
      finding('history.troops.low', /the low estimate, 90,000, is above the high one, 10: swap them/),
    )
  })

  it('questions figures beyond any plausible range', () => {
    const w = warningsOf({
      ...KAZAKHSTAN,
      response: 'rapid-reaction',
      help: 'rapid-reaction',
      troops: { low: 30000, high: 90000 },
      days: 3000,
    })
    expect(w).toContainEqual(
      finding(
        'history.troops.high',
        /90,000 troops for rapid-reaction: the Collective Rapid Reaction Forces number about/,
      ),
    )
    expect(w).toContainEqual(
      finding('history.days', /a stay of 3,000 days: the alliance's forces have stayed days or weeks/),
    )
    expect(warningsOf({ ...KAZAKHSTAN, troops: { low: 20, high: 3000 } })).toContainEqual(
      finding('history.troops', /more than tenfold apart/),
    )
  })

  it('refuses a Council that contradicts the response or itself', () => {
    expect(
      problemsOf({ ...KAZAKHSTAN, council: { decision: 'blocked', objected: ['armenia'] } }),
    ).toContainEqual(
      finding(
        'history.council.decision',
        /the Council blocked the force, yet the response is "peacekeepers"/,
      ),
    )
    expect(
      problemsOf({ ...KAZAKHSTAN, council: { decision: 'agreed', objected: ['armenia'] } }),
    ).toContainEqual(finding('history.council.objected', /one objection breaks the consensus/))
    const bilateral = { ...KAZAKHSTAN, response: 'bilateral', help: undefined }
    expect(problemsOf(bilateral)).toContainEqual(
      finding('history.council', /the Council decides only on a collective force/),
    )
  })

  it('refuses Council votes of states that do not vote', () => {
    const p = problemsOf({
      ...KAZAKHSTAN,
      council: { decision: 'agreed', abstained: ['china', 'kazakhstan'] },
    })
    expect(p).toContainEqual(finding('history.council.abstained.0', /"china" is not one of the members/))
    expect(p).toContainEqual(finding('history.council.abstained.1', /"kazakhstan" asked for the force/))
  })

  it('questions a request without its framing, and more sent than asked', () => {
    expect(warningsOf({ ...KAZAKHSTAN, framing: undefined })).toContainEqual(
      finding('history.requested', /a request without its framing/),
    )
    expect(warningsOf({ ...KAZAKHSTAN, help: 'observers' })).toContainEqual(
      finding('history.response', /"peacekeepers" sent where "observers" was asked for/),
    )
  })

  it('questions troops sent at a request that does not say what was asked for, but not an observer mission', () => {
    expect(warningsOf({ ...KAZAKHSTAN, help: undefined })).toContainEqual(
      finding('history.requested', /"peacekeepers" sent at a request, yet not what was asked for: add help/),
    )
    const observers = {
      ...KAZAKHSTAN,
      framing: 'external-attack',
      help: undefined,
      response: 'observers',
      mission: 'observe',
      troops: undefined,
      days: undefined,
    }
    expect(warningsOf(observers)).toEqual([])
  })

  it('questions a history in a hypothetical scenario', () => {
    expect(warningsOf(KAZAKHSTAN, 'hypothetical')).toContainEqual(
      finding('history', /a hypothetical scenario with a history/),
    )
  })
})
