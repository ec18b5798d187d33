// The store's only door to the engine: plays a game, its what-if variants and the treaty readings the screens show.
import {
  type Decision,
  evaluateTreaty,
  type FactChange,
  FRAMINGS,
  type Framing,
  formatDecision,
  type PlayResult,
  parseDecision,
  play,
  type Report,
  readFact,
  type Solved,
  situationOf,
  solveScenario,
  type Verdict,
  withFacts,
} from '../engine'
import { FACT_PATHS } from '../scenario/vocabulary'

export { formatDecision, readFact }

import type { FactPath, Role, Scenario } from '../scenario/types'

/**
 * The engine's actors play a logit response at this temperature: now and then a close second, as
 * real governments do, so the seed changes more than the dice of the outcome bands (docs/model.md).
 */
export const GAME_TEMPERATURE = 0.02
/** Monte Carlo runs for the bands a student reads, and the cheaper count while a slider is dragged. */
export const FULL_RUNS = 1000
export const DRAG_RUNS = 200

export type Finished = Extract<PlayResult, { status: 'finished' }>
export type Ongoing = Exclude<PlayResult, { status: 'invalid' }>

export interface GameView {
  readonly scenario: Scenario
  readonly role: Role
  readonly seed: number
  readonly decisions: readonly Decision[]
  readonly result: Ongoing
  /** The same game, same seed, with the engine in every role: what it would have done. */
  readonly baseline: Report
  /** How the treaty reads the request at hand: each framing before one is made, the real one after. */
  readonly treaty: TreatyReading
}

export type TreatyReading =
  | { readonly kind: 'by-framing'; readonly verdicts: Readonly<Record<Framing, Verdict>> }
  | { readonly kind: 'on-request'; readonly verdict: Verdict }
  | { readonly kind: 'no-request'; readonly verdict: Verdict }

export interface WhatIfView {
  readonly changes: Readonly<Partial<Record<FactPath, number>>>
  readonly result: Finished
  /** True when the player's own decisions no longer fit the changed facts, so the engine played that role too. */
  readonly engineTookOver: boolean
  readonly runs: number
}

// Solving is the costly part: reuse it for the same scenario object (the what-if sliders make new ones).
const solvedCache = new WeakMap<Scenario, Solved>()
function solvedFor(scenario: Scenario): Solved {
  const known = solvedCache.get(scenario)
  if (known) return known
  const solved = solveScenario(scenario, GAME_TEMPERATURE)
  solvedCache.set(scenario, solved)
  return solved
}

export interface StartedGame {
  readonly view: GameView
  /** The decisions kept, in notation: fewer than asked when some did not fit the game. */
  readonly kept: readonly string[]
  readonly dropped: boolean
}

/** Plays a game from its decisions in notation, keeping the longest prefix that fits. */
export function startGame(
  scenario: Scenario,
  role: Role,
  seed: number,
  notations: readonly string[],
): StartedGame {
  const decisions: Decision[] = []
  for (const text of notations) {
    const parsed = parseDecision(text)
    if (!parsed.ok) break
    decisions.push(parsed.decision)
  }
  let dropped = decisions.length < notations.length
  let result = playAs(scenario, role, seed, decisions)
  const made = result.moves.filter((m) => m.by === 'player').length
  if (result.status === 'invalid' || made < decisions.length) {
    dropped = true
    decisions.length = made
    result = playAs(scenario, role, seed, decisions)
  }
  if (result.status === 'invalid')
    throw new Error(`a valid prefix of decisions was refused: ${result.message}`)
  const baseline = play(
    scenario,
    { seed, temperature: GAME_TEMPERATURE, runs: FULL_RUNS },
    solvedFor(scenario),
  )
  if (baseline.status !== 'finished') throw new Error('the engine alone did not finish a game')
  return {
    view: {
      scenario,
      role,
      seed,
      decisions,
      result,
      baseline: baseline.report,
      treaty: treatyReading(scenario, result),
    },
    kept: decisions.map(formatDecision),
    dropped,
  }
}

function playAs(scenario: Scenario, role: Role, seed: number, decisions: readonly Decision[]): PlayResult {
  return play(
    scenario,
    { seed, temperature: GAME_TEMPERATURE, player: { actor: role.actor, decisions }, runs: FULL_RUNS },
    solvedFor(scenario),
  )
}

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
 * Replays already made, by scenario and then by seed, decisions, facts and runs. A student drags a slider back
 * and forth over the same few positions (it moves in steps of 0.05), and the game is a pure function of them.
 */
const whatIfCache = new WeakMap<Scenario, Map<string, WhatIfView>>()
const WHAT_IF_CACHE_SIZE = 96

/** The game replayed on changed facts: the player's decisions where they still fit, the engine's elsewhere. */
export function playWhatIf(
  view: GameView,
  changes: Readonly<Partial<Record<FactPath, number>>>,
  runs: number,
): WhatIfView {
  const list = FACT_PATHS.flatMap((fact) => {
    const to = changes[fact]
    return to === undefined ? [] : [{ fact, to }]
  })
  const cache = whatIfCache.get(view.scenario) ?? new Map<string, WhatIfView>()
  whatIfCache.set(view.scenario, cache)
  const keyOf = (n: number) =>
    [
      view.seed,
      view.role.actor,
      view.decisions.map(formatDecision).join(','),
      n,
      list.map((c) => `${c.fact}=${c.to}`).join('&'),
    ].join('|')
  const key = keyOf(runs)
  // A full replay already made serves a drag as well as a quick one would.
  const full = runs < FULL_RUNS ? cache.get(keyOf(FULL_RUNS)) : undefined
  const known = full ?? cache.get(key)
  if (known) {
    // Refresh its place: the least recently used replay is the one to forget.
    const at = full ? keyOf(FULL_RUNS) : key
    cache.delete(at)
    cache.set(at, known)
    return known.changes === changes ? known : { ...known, changes }
  }
  const replay = replayOn(view, list, changes, runs)
  cache.set(key, replay)
  if (cache.size > WHAT_IF_CACHE_SIZE) cache.delete(cache.keys().next().value!)
  return replay
}

function replayOn(
  view: GameView,
  list: readonly FactChange[],
  changes: Readonly<Partial<Record<FactPath, number>>>,
  runs: number,
): WhatIfView {
  const scenario = withFacts(view.scenario, list)
  const solved = solveScenario(scenario, GAME_TEMPERATURE)
  const setup = { seed: view.seed, temperature: GAME_TEMPERATURE, runs }
  const mine = play(
    scenario,
    { ...setup, player: { actor: view.role.actor, decisions: view.decisions } },
    solved,
  )
  // The player's decisions still stand only if every one of them was taken: changed facts can
  // refuse one (an option gone) or skip it (its decision point never comes).
  const taken = mine.moves.filter((m) => m.by === 'player').length
  if (mine.status === 'finished' && taken === view.decisions.length)
    return { changes, result: mine, engineTookOver: false, runs }
  const engine = play(scenario, setup, solved)
  if (engine.status !== 'finished') throw new Error('the engine alone did not finish a what-if game')
  return { changes, result: engine, engineTookOver: true, runs }
}

/** Fact paths a what-if may move: a save is untrusted, so unknown names are dropped here. */
export function knownFacts(values: Readonly<Record<string, number>>): Partial<Record<FactPath, number>> {
  return Object.fromEntries(FACT_PATHS.flatMap((f) => (values[f] === undefined ? [] : [[f, values[f]]])))
}
