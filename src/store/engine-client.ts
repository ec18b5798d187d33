// The store's session over a transport to the engine: scenarios registered once each, games started, and
// what-if replays kept in memory so a slider dragged back and forth finds each position made.
import { freeze } from 'immer'
import type { Scenario } from '../scenario/types'
import { switchKey } from '../scenario/what-if-items'
import type { EngineTransport, GameRef, WhatIfRequest } from './engine-protocol'
import type { Session } from './kit'
import { DRAG_RUNS, FULL_RUNS } from './monte-carlo-runs'
import type { FactValues, GameView, WhatIfView } from './session'

/** Enough for every position of three sliders, and the drags between them. */
const WHAT_IF_CACHE_SIZE = 128

export function createSession(transport: EngineTransport): Session {
  const keys = new WeakMap<Scenario, number>()
  let lastKey = 0
  const keyOf = (scenario: Scenario): number => {
    let key = keys.get(scenario)
    if (key === undefined) {
      key = ++lastKey
      keys.set(scenario, key)
      transport.register(key, scenario)
    }
    return key
  }
  const refOf = (view: GameView): GameRef => ({
    scenario: keyOf(view.scenario),
    role: view.role.id,
    seed: view.seed,
    choices: view.choices,
  })

  // Least recently used first: a Map keeps its keys in the order they were set. A warmed replay is kept as it
  // came, unread, until its position is asked for.
  const replays = new Map<string, WhatIfView | (() => WhatIfView)>()
  const cacheKey = (game: GameRef, changes: FactValues, runs: number) =>
    `${game.scenario}|${game.role}|${game.seed}|${game.choices.join(',')}|${runs}|${changesKey(changes)}`
  const remember = (key: string, view: WhatIfView | (() => WhatIfView)) => {
    replays.delete(key)
    replays.set(key, view)
    if (replays.size > WHAT_IF_CACHE_SIZE) replays.delete(replays.keys().next().value!)
  }
  const recall = (key: string): WhatIfView | undefined => {
    const kept = replays.get(key)
    if (!kept) return undefined
    const known = typeof kept === 'function' ? freeze(kept(), true) : kept
    remember(key, known)
    return known
  }
  const whatIf = (game: GameRef, changes: FactValues, runs: number): WhatIfRequest => ({
    kind: 'what-if',
    game,
    changes,
    runs,
  })

  // A replay is frozen once, when it is first read, and a position shows the same object every time: the store keeps
  // it as it is (immer would otherwise search a new copy for drafts and freeze it again at every release), and what
  // is made from a replay shown (what a screen reader hears of it) is made once. Its changes are those of its key.
  const replayed = (view: GameView, changes: FactValues, runs: number): WhatIfView | undefined => {
    const game = refOf(view)
    return (
      (runs < FULL_RUNS ? recall(cacheKey(game, changes, FULL_RUNS)) : undefined) ??
      recall(cacheKey(game, changes, runs))
    )
  }

  return {
    FULL_RUNS,
    DRAG_RUNS,
    async startGame(scenario, role, seed, choices, next) {
      const game = { scenario: keyOf(scenario), role: role.id, seed, choices }
      const started = await transport.request({ kind: 'start', game, ...(next ? { next } : {}) })
      return { ...started, view: { ...started.view, scenario, role } }
    },
    replayed,
    async playWhatIf(view, changes, runs) {
      const known = replayed(view, changes, runs)
      if (known) return known
      const game = refOf(view)
      const made = freeze(await transport.request(whatIf(game, changes, runs)), true)
      remember(cacheKey(game, changes, runs), made)
      return made
    },
    warmWhatIf(view, positions) {
      const game = refOf(view)
      const wanted = positions.filter((changes) => !replays.has(cacheKey(game, changes, FULL_RUNS)))
      return transport.warm(
        wanted.map((changes) => whatIf(game, changes, FULL_RUNS)),
        (i, made) => remember(cacheKey(game, wanted[i]!, FULL_RUNS), made),
      )
    },
    historicalOpening: (scenario, role, from) =>
      transport.request({ kind: 'opening', scenario: keyOf(scenario), role: role.id, from }),
    async compareCases(scenarios) {
      const byKey = new Map(scenarios.map((s) => [keyOf(s), s]))
      const rows = await transport.request({ kind: 'cases', scenarios: [...byKey.keys()] })
      return rows.map(({ scenario, verdict, game }) => ({ scenario: byKey.get(scenario)!, verdict, game }))
    },
    turnChances: (scenario) => transport.request({ kind: 'turn-chances', scenario: keyOf(scenario) }),
  }
}

/** The facts a replay changed, in a fixed order, as a key. */
const changesKey = (changes: FactValues): string =>
  Object.entries(changes)
    .filter(([, v]) => v !== undefined)
    // Fact paths are plain ASCII: code-unit order is a fixed order, and far cheaper than a collator per key.
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([f, v]) => `${f}=${typeof v === 'object' ? switchKey(v) : v}`)
    .join('&')
