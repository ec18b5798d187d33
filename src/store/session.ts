// The store's only door to the engine: a game from its identity with the fair score beside it, and what-if
// replays (the search for a game that opens as history did is in historical-opening.ts). It runs in the engine's worker (or, in tests, in this
// thread); the screens read its results through the store.
import {
  type Contingent,
  compareWithHistory,
  contingentSent,
  courseAfter,
  type Decision,
  type EngineMemory,
  evaluateTreaty,
  type FairScore,
  FRAMINGS,
  type Framing,
  fairScore,
  formatDecision,
  GAME_TEMPERATURE,
  type HistoryComparison,
  type Move,
  type Outcomes,
  type PlayResult,
  parseDecision,
  play,
  type Stage,
  situationOf,
  solveScenario,
  type Verdict,
  withFacts,
} from '../engine'
import type { ActorId, Role, Scenario } from '../scenario/types'
import type { FactValues } from '../scenario/what-if-items'
import { changesOf } from './fact-values'
import {
  movesBeforePlayer,
  notatedMove,
  opensAsRecorded,
  type RecordedOpening,
  recordedOpening,
} from './historical-opening'
import { FULL_RUNS } from './monte-carlo-runs'
import { solvedFor } from './solved-cache'
import { type ShownVerdict, shownVerdict } from './verdict-shown'

export type Finished = Extract<PlayResult, { status: 'finished' }>
export type Ongoing = Exclude<PlayResult, { status: 'invalid' }>
export type { FactValues } from '../scenario/what-if-items'

export interface GameView {
  readonly scenario: Scenario
  readonly role: Role
  readonly seed: number
  readonly decisions: readonly Decision[]
  /** The same decisions in notation, as the game is saved and linked. */
  readonly choices: readonly string[]
  readonly result: Ongoing
  /** Once the game is over: the player against the engine's best reply in the same seat, on the same draws. */
  readonly score: FairScore | null
  /** How the treaty reads the request at hand: each framing before one is made, the real one after. */
  readonly treaty: TreatyReading
  /** Once a historical game is over: the game beside the record, move by move. */
  readonly history: HistoryComparison | null
  /**
   * For a historical crisis where others move before the player: whether this game opened as the record
   * has it, and as the engine's best reply where the record is silent ('as-recorded'), or not ('otherwise');
   * null where there is no such opening to speak of.
   */
  readonly opening: 'as-recorded' | 'otherwise' | null
  /** The moves history made in this game (its opening, when as recorded) and what they did to the score. */
  readonly recorded: RecordedOpening | null
  /**
   * The troops the game has sent, whose and how many, or null while none are on their way: known from the moves once
   * the Council's votes are in, before the game is over, and the same as the report's contingent after.
   */
  readonly sent: Contingent | null
}

export type TreatyReading =
  | { readonly kind: 'by-framing'; readonly verdicts: Readonly<Record<Framing, Verdict>> }
  | { readonly kind: 'on-request'; readonly verdict: Verdict }
  | { readonly kind: 'no-request'; readonly verdict: Verdict }

/** A move of a what-if replay: who decided what, enough to set it beside the student's game. */
export interface ReplayedMove {
  readonly stage: Stage
  readonly actor: ActorId
  readonly decision: Decision
}

/** The game replayed on changed facts, as the what-if screen shows it. */
export interface WhatIfView {
  readonly changes: FactValues
  readonly moves: readonly ReplayedMove[]
  readonly verdict: ShownVerdict
  readonly outcomes: Outcomes
  /**
   * Who decided in the player's seat: 'yours' every decision the player made, and no other; 'extended' all of those
   * and, after them, turns the player's game never reached, which the engine took; 'engine' all of it, because the
   * player's own decisions no longer fit the changed facts (an option gone, or a decision point that never comes).
   */
  readonly seat: 'yours' | 'extended' | 'engine'
  readonly runs: number
}

export interface StartedGame {
  readonly view: GameView
  /** The decisions kept, in notation: fewer than asked when some did not fit the game. */
  readonly kept: readonly string[]
  readonly dropped: boolean
}

/**
 * Plays a game from its decisions, keeping the longest prefix that fits: those in notation (from a link or a
 * save, untrusted), then `next`, the one the player has just made.
 */
export function startGame(
  scenario: Scenario,
  role: Role,
  seed: number,
  notations: readonly string[],
  next?: Decision,
): StartedGame {
  const decisions: Decision[] = []
  for (const text of notations) {
    const parsed = parseDecision(text)
    if (!parsed.ok) break
    decisions.push(parsed.decision)
  }
  let dropped = decisions.length < notations.length
  if (next && !dropped) decisions.push(next)
  let result = playAs(scenario, role, seed, decisions)
  const made = result.moves.filter((m) => m.by === 'player').length
  if (result.status === 'invalid' || made < decisions.length) {
    dropped = true
    decisions.length = made
    result = playAs(scenario, role, seed, decisions)
  }
  if (result.status === 'invalid')
    throw new Error(`a valid prefix of decisions was refused: ${result.message}`)
  const score =
    result.status === 'finished'
      ? fairScore(scenario, setupFor(role, seed, decisions), solvedFor(scenario), result)
      : null
  const choices = decisions.map(formatDecision)
  const history =
    result.status === 'finished'
      ? (compareWithHistory(scenario, result.report.course, result.report.contingent) ?? null)
      : null
  const before = movesBeforePlayer(result.moves)
  const opening = openingOf(scenario, before)
  const view: GameView = {
    scenario,
    role,
    seed,
    decisions,
    choices,
    result,
    score,
    treaty: treatyReading(scenario, result),
    history,
    opening,
    recorded: opening === 'as-recorded' ? recordedOpening(scenario, role.actor, before) : null,
    sent: contingentSent(solvedFor(scenario).ctx, courseAfter(result.moves)) ?? null,
  }
  return { view, kept: choices, dropped }
}

function openingOf(scenario: Scenario, before: readonly Move[]): GameView['opening'] {
  if (!scenario.history || before.length === 0) return null
  return opensAsRecorded(before.map(notatedMove), scenario.history) ? 'as-recorded' : 'otherwise'
}

const setupFor = (role: Role, seed: number, decisions: readonly Decision[]) => ({
  seed,
  temperature: GAME_TEMPERATURE,
  player: { actor: role.actor, decisions },
  runs: FULL_RUNS,
})

const playAs = (scenario: Scenario, role: Role, seed: number, decisions: readonly Decision[]): PlayResult =>
  play(scenario, setupFor(role, seed, decisions), solvedFor(scenario))

function treatyReading(scenario: Scenario, result: PlayResult): TreatyReading {
  const request = result.moves.find((m) => m.stage === 'request')?.decision
  if (!request)
    return {
      kind: 'by-framing',
      verdicts: Object.fromEntries(
        FRAMINGS.map((framing) => [
          framing,
          evaluateTreaty(situationOf(scenario), { kind: 'request', framing, help: 'peacekeepers', days: 14 }),
        ]),
      ) as Record<Framing, Verdict>,
    }
  return request.kind === 'request'
    ? { kind: 'on-request', verdict: evaluateTreaty(situationOf(scenario), request) }
    : { kind: 'no-request', verdict: evaluateTreaty(situationOf(scenario), 'none') }
}

/**
 * The game replayed on changed facts: the player's decisions where they still fit, the engine's elsewhere. A caller
 * that asks position after position lends the same `memory` each time (see EngineMemory); the view keeps none of it.
 */
export function playWhatIf(
  scenario: Scenario,
  role: Role,
  seed: number,
  decisions: readonly Decision[],
  changes: FactValues,
  runs: number,
  memory?: EngineMemory,
): WhatIfView {
  const changed = withFacts(scenario, changesOf(changes))
  const solved = solveScenario(changed, GAME_TEMPERATURE, memory)
  const setup = { seed, temperature: GAME_TEMPERATURE, runs, memory }
  // Changed facts can give the player's seat a turn the game never reached; the engine takes it.
  const mine = play(changed, { ...setup, player: { actor: role.actor, decisions, rest: 'engine' } }, solved)
  // The player's decisions still stand only if every one of them was taken: changed facts can
  // refuse one (an option gone) or skip it (its decision point never comes).
  const taken = mine.moves.filter((m) => m.by === 'player').length
  const stands = mine.status === 'finished' && taken === decisions.length
  const result = stands ? mine : play(changed, setup, solved)
  if (result.status !== 'finished') throw new Error('the engine alone did not finish a what-if game')
  const added = result.moves.some((m) => m.actor === role.actor && m.by === 'engine')
  return {
    changes,
    moves: result.moves.map(({ stage, actor, decision }: Move) => ({ stage, actor, decision })),
    verdict: shownVerdict(result.report.verdict),
    outcomes: result.report.outcomes,
    seat: !stands ? 'engine' : added ? 'extended' : 'yours',
    runs,
  }
}
