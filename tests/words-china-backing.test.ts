// China's backing in words names the help a government receives, and what it was: troops where a force the Council
// let through or Russia's own went, the consultations and material aid of Article 2 where Moscow answered with
// them, and no help after a refusal, a block or no request at all.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Decision } from '../src/store'
import { decisionNow, decisionPast, decisionPastBeside, type GameMoves } from '../src/ui/words/decisions'
import { i18n, loadCatalogs, t } from './catalogs'

beforeAll(loadCatalogs)

const ENDORSE: Decision = { kind: 'endorse' }
const REQUEST: Decision = { kind: 'request', framing: 'foreign-backed', help: 'peacekeepers', days: 90 }
const GRANT: Decision = { kind: 'grant', force: 'peacekeepers', mission: 'restore-order', days: 90 }
const movesOf = (...decisions: Decision[]): GameMoves => decisions.map((decision) => ({ decision }))
/** A game asked for by a request, answered by these moves, and backed by China at the end. */
const game = (...decisions: Decision[]): GameMoves => movesOf(REQUEST, ...decisions, ENDORSE)

const WITH_HELP: readonly (readonly [string, GameMoves])[] = [
  ['a force the Council let through', game(GRANT, { kind: 'consent' }, { kind: 'abstain' })],
  ["Russia's own troops", game({ kind: 'bilateral', mission: 'guard-sites', days: 14 })],
]
const WITHOUT_HELP: readonly (readonly [string, GameMoves])[] = [
  ['a force the Council blocked', game(GRANT, { kind: 'consent' }, { kind: 'object' })],
  ['a refusal', game({ kind: 'refuse' })],
  ['no request', movesOf({ kind: 'no-request' }, ENDORSE)],
  ['a game not given', []],
]

describe("China's backing in words", () => {
  it.each(WITH_HELP)('names the help the government receives after %s', (_, moves) => {
    i18n.activate('en')
    expect(decisionNow(ENDORSE, t, moves)).toBe('publicly backs the government and the help it receives')
    expect(decisionPast(ENDORSE, t, moves)).toBe('publicly backed the government and the help it received')
    expect(decisionPastBeside(ENDORSE, { kind: 'warn' }, t, moves)).toBe(
      'publicly backed the government and the help it received',
    )
    i18n.activate('ru')
    expect(decisionNow(ENDORSE, t, moves)).toBe(
      'публично поддерживает правительство и помощь, которую оно получает',
    )
    expect(decisionPast(ENDORSE, t, moves)).toBe(
      'публичная поддержка правительства и помощи, которую оно получило',
    )
  })

  it.each(WITHOUT_HELP)('backs only the government after %s', (_, moves) => {
    i18n.activate('en')
    expect(decisionNow(ENDORSE, t, moves)).toBe('publicly backs the government')
    expect(decisionPast(ENDORSE, t, moves)).toBe('publicly backed the government')
    expect(decisionPastBeside(ENDORSE, { kind: 'warn' }, t, moves)).toBe('publicly backed the government')
    i18n.activate('ru')
    expect(decisionNow(ENDORSE, t, moves)).toBe('публично поддерживает правительство')
    expect(decisionPast(ENDORSE, t, moves)).toBe('публичная поддержка правительства')
  })

  it('names the consultations and material aid of Article 2 after Moscow answered with them', () => {
    const moves = game({ kind: 'consult' })
    i18n.activate('en')
    expect(decisionNow(ENDORSE, t, moves)).toBe(
      'publicly backs the government and the consultations and material aid it receives under Article 2',
    )
    expect(decisionPast(ENDORSE, t, moves)).toBe(
      'publicly backed the government and the consultations and material aid it received under Article 2',
    )
    expect(decisionPastBeside(ENDORSE, { kind: 'warn' }, t, moves)).toBe(decisionPast(ENDORSE, t, moves))
    i18n.activate('ru')
    expect(decisionNow(ENDORSE, t, moves)).toBe(
      'публично поддерживает правительство, а также консультации и материальную помощь, которые оно получает по статье 2',
    )
    expect(decisionPast(ENDORSE, t, moves)).toBe(
      'публичная поддержка правительства, а также консультаций и материальной помощи, которые оно получило по статье 2',
    )
  })
})
