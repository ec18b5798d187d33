// A vote another member's objection makes moot: the grant is blocked whichever way the voter goes, so no term of
// its own decided it. The card once said only that the two were "nearly even" for it; it now names the member
// that blocks, in both languages, and so does the command line. Belarus 2020 with the armed violence moved to 0.8,
// a student as Moscow granting peacekeepers to restore order: Armenia blocks them, after three votes it makes moot.
// The member named is the one the voter expected to block: at the game's temperature it may in the end stay out,
// and the card once said it "would block" when the student had just seen it abstain (Armenia 2022, below).
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { formatMove } from '../src/cli/format-play'
import { type Decision, play, withFacts } from '../src/engine'
import type { ActorId, Scenario } from '../src/scenario'
import { inLanguage } from '../src/scenario/bundled-translations'
import { midSentence } from '../src/ui/words/mid-sentence'
import { whyText } from '../src/ui/words/reasons'
import { anyCrisis } from './any-crisis'
import { armenia, armeniaBlockedGrant } from './armenia-blocked-grant'
import { bundledScenario } from './bundled-scenarios'
import { i18n, loadCatalogs, t } from './catalogs'

beforeAll(loadCatalogs)

const RUSSIA = 'russia' as ActorId
const belarus = withFacts(bundledScenario('belarus-2020'), [{ fact: 'threat.armedViolence', to: 0.8 }])
const grant: Decision = { kind: 'grant', force: 'peacekeepers', mission: 'restore-order', days: 14 }

/** Moscow's answers in this crisis, to the request the engine makes; none if it makes none. */
const answers = (s: Scenario): readonly Decision[] => {
  const first = play(s, { seed: 1, player: { actor: RUSSIA, decisions: [] } })
  return first.status === 'awaiting' ? first.pending.options : []
}

/** Moscow's answer given, the rest played by the engine at its best. */
const answered = (s: Scenario, answer: Decision) => {
  const game = play(s, { seed: 1, runs: 10, player: { actor: RUSSIA, decisions: [answer], rest: 'engine' } })
  if (game.status !== 'finished') throw new Error(`the game did not finish: ${game.status}`)
  return game.moves
}

const grantOffered = answers(belarus).find((d) => JSON.stringify(d) === JSON.stringify(grant))!

describe('a vote another member blocks whatever it is', () => {
  const votes = answered(belarus, grantOffered).filter((m) => m.stage === 'vote')

  it('names the member that blocks, and no reason of the voter its own', () => {
    expect(votes.map((m) => `${m.actor}:${m.decision.kind}:${m.blockedBy ?? ''}`)).toEqual([
      'kazakhstan:abstain:armenia',
      'kyrgyzstan:consent:armenia',
      'tajikistan:consent:armenia',
      'armenia:object:',
    ])
    for (const m of votes.filter((v) => v.blockedBy)) expect(m.reasons).toEqual([])
  })

  it('says so in words, in English and in Russian, to another capital and to its own', () => {
    const moot = votes[1]!
    i18n.activate('en')
    expect(whyText(moot, belarus, t, 'en', RUSSIA)).toBe(
      `Rather than objecting: Armenia was expected to block the decision in any case, so ${midSentence(belarus.actors[moot.actor]!.name)}'s vote would change nothing.`,
    )
    expect(whyText(moot, belarus, t, 'en', moot.actor)).toMatch(
      /: Armenia was expected to block the decision in any case, so your vote would change nothing\.$/,
    )
    i18n.activate('ru')
    const russian = inLanguage(belarus, 'ru')
    expect(whyText(moot, russian, t, 'ru', RUSSIA)).toMatch(
      /^Вместо .+: ожидалось, что Армения в любом случае заблокирует решение, так что голос Кыргызстана ничего бы не изменил\.$/,
    )
    expect(whyText(moot, russian, t, 'ru', moot.actor)).toMatch(/, так что ваш голос ничего бы не изменил\.$/)
  })

  it('says so on the command line', () => {
    expect(formatMove(belarus, votes[1]!, 2)[1]).toMatch(
      /^ {3}Why \(the alternative: it .+\): the vote would change nothing, since Armenia was expected to block the decision in any case$/,
    )
  })

  it('is said only of a vote whose grant the member named blocks, the voter and its alternative ending alike', () => {
    let named = 0
    fc.assert(
      fc.property(anyCrisis, fc.nat(), (s, pick) => {
        const options = answers(s)
        fc.pre(options.length > 0)
        const moves = answered(s, options[pick % options.length]!)
        const objector = moves.find((m) => m.stage === 'vote' && m.decision.kind === 'object')?.actor
        for (const m of moves) {
          if (!m.blockedBy) continue
          named++
          expect(m.stage).toBe('vote')
          expect(m.reasons).toEqual([])
          expect(m.blockedBy).not.toBe(m.actor)
          // The member named objects in the game itself, unless the voter blocked the grant first.
          if (m.decision.kind !== 'object') expect(m.blockedBy).toBe(objector)
        }
      }),
      { numRuns: 150, examples: [[belarus, answers(belarus).indexOf(grantOffered)]] },
    )
    expect(named).toBeGreaterThan(0)
  })

  it('names the member the voter expected to block, which in a game at its temperature may stay out', () => {
    // Armenia 2022, game 2, a student in Moscow's seat granting peacekeepers to restore order: Belarus expects
    // Kazakhstan to block, Kazakhstan takes a close second and stays out, expecting Kyrgyzstan to block; it does.
    const votes = armeniaBlockedGrant().moves.filter((m) => m.stage === 'vote')
    expect(votes.map((m) => `${m.actor}:${m.decision.kind}:${m.blockedBy ?? ''}`)).toEqual([
      'belarus:abstain:kazakhstan',
      'kazakhstan:abstain:kyrgyzstan',
      'kyrgyzstan:object:',
    ])
    i18n.activate('en')
    expect(whyText(votes[0]!, armenia, t, 'en', RUSSIA)).toBe(
      "Rather than objecting: Kazakhstan was expected to block the decision in any case, so Belarus's vote would change nothing.",
    )
  })
})
