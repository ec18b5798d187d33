// The player's score, set fairly beside the engine's: the engine's best reply in the player's seat, on the same
// draws, so what the player chose is told apart from what the dice did to the other actors' choices.
import type { Scenario } from '../scenario/types'
import { restrainedBest } from './decisions/choice'
import { applyDecision, EMPTY_COURSE } from './decisions/game'
import type { Course, Decision } from './decisions/types'
import { type Move, type PlayResult, type PlaySetup, play } from './play'
import type { Solved } from './solved'

export type FinishedGame = Extract<PlayResult, { status: 'finished' }>

/**
 * The classroom game's bounded rationality, one value for every way of playing it (alone, passing a device,
 * live): the engine's actors now and then take a close second, as real governments do (docs/model.md).
 */
export const GAME_TEMPERATURE = 0.02

export interface FairScore {
  /** The player's utility in the game played, by its role's own interests. */
  readonly yours: number
  /** The same, had the player's seat taken the engine's best reply at every step, on the same draws. */
  readonly bestReply: number
  /** The same, had every actor played its best: what the engine expected, with no draw at all. */
  readonly expected: number
  /** yours − bestReply: what the player's own choices gained or cost, the others' luck held equal. */
  readonly choice: number
  /** bestReply − expected: what the others' draws did to the player, whatever the player chose. */
  readonly luck: number
  /** The game with the engine's best reply in the player's seat, for the outcomes to be set beside. */
  readonly bestReplyGame: FinishedGame
}

type Seated = PlaySetup & { readonly player: NonNullable<PlaySetup['player']> }

/**
 * The player's game against the engine's best reply in the same seat. Both games read the same draws: the
 * player's moves draw none in either, so each of the others' moves takes the same draw in both, and a player
 * who chose as the engine would have chosen gets the very same game back, with a choice of exactly zero.
 */
export function fairScore(
  scenario: Scenario,
  setup: Seated,
  solved: Solved,
  played: FinishedGame,
): FairScore {
  const best = bestReplyGame(scenario, setup, solved)
  const of = (game: FinishedGame) => game.report.actors.find((a) => a.actor === setup.player.actor)
  const mine = of(played)
  const theirs = of(best)
  if (!mine || !theirs) throw new Error(`${setup.player.actor} is not an actor of ${scenario.id}`)
  return {
    yours: mine.utility,
    bestReply: theirs.utility,
    expected: mine.engineUtility,
    choice: mine.utility - theirs.utility,
    luck: theirs.utility - mine.engineUtility,
    bestReplyGame: best,
  }
}

/** The game played with the engine's best reply, found one decision at a time, in the player's seat. */
export function bestReplyGame(scenario: Scenario, setup: Seated, solved: Solved): FinishedGame {
  const decisions: Decision[] = []
  for (;;) {
    const result = play(scenario, { ...setup, player: { ...setup.player, decisions } }, solved)
    if (result.status === 'finished') return result
    if (result.status === 'invalid') throw new Error(`the engine's best reply was refused: ${result.message}`)
    const node = solved.solution.at(courseOf(result.moves))
    if (!node) throw new Error('a game awaiting a decision is over in the solved tree')
    decisions.push(node.moves[restrainedBest(node.values.map((v) => v[node.actor]!))]!)
  }
}

/** The course the moves so far amount to. */
const courseOf = (moves: readonly Move[]): Course =>
  moves.reduce(
    (course, m) => applyDecision(course, { stage: m.stage, actor: m.actor, options: [] }, m.decision),
    EMPTY_COURSE,
  )
