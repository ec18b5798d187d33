// The game: where the student is, which game they play, and the engine's results for it, replayed from the
// game's identity (scenario, role, seed, decisions) whenever it changes.
import { castDraft } from 'immer'
import { findScenario } from './library-slice'
import { LIBRARY, type PlayScreen, type Route } from './route'
import type { GameId } from './saved-game'
import type { GameView } from './session'
import type { GetState, SetState, Slice, StoreContext } from './slice'
import type { GameSlice } from './state'

export const gameSlice: Slice<GameSlice> = (set, get, ctx) => {
  const settle = settler(set, get, ctx)

  /** Follows a route; `write` says how the URL follows where the store corrects it. */
  const follow = (route: Route, write: 'push' | 'replace'): void => {
    const { session } = ctx
    // A game needs the engine: ask for it, and come back here once it has come.
    if (route.name === 'play' && !session) void get().load('all')
    if (route.name !== 'play' || !session) {
      set((s) => {
        s.route = castDraft(route)
        s.urlWrite = write
      })
      return
    }
    const entry = findScenario(get().library, route.scenario)
    if (!entry?.roles.some((r) => r.id === route.role)) {
      set((s) => {
        s.route = castDraft(route)
        s.urlWrite = write
        s.view = null
        s.whatIf = null
      })
      return
    }
    const current = get().game
    const sameRole = current?.scenario === route.scenario && current.role === route.role
    const seed = route.seed ?? (sameRole ? current.seed : ctx.randomSeed())
    const sameGame = sameRole && current.seed === seed
    const decisions = route.choices ?? (sameGame ? current.decisions : [])
    const view = get().view
    if (
      sameGame &&
      view &&
      view.scenario === entry &&
      sameList(decisions, current.decisions) &&
      (route.screen !== 'what-if' || get().whatIf || Object.keys(current.whatIf).length === 0)
    ) {
      set((s) => {
        s.route = castDraft(playRoute(current, route.screen))
        s.urlWrite = write
      })
      return
    }
    settle(
      { scenario: route.scenario, role: route.role, seed, decisions, whatIf: sameGame ? current.whatIf : {} },
      route.screen,
      write,
    )
  }

  return {
    route: ctx.deps.initialRoute ?? LIBRARY,
    urlWrite: 'replace',
    game: ctx.restored.game,
    view: null,

    enter: (route) => follow(route, 'replace'),
    navigate: (route) => follow(route, 'push'),

    begin() {
      const { game, view } = get()
      if (!game || !view) return
      settle(game, firstScreen(view), 'push')
    },

    decide(decision) {
      const { game, view } = get()
      const { session } = ctx
      if (!session || !game || !view || view.result.status !== 'awaiting') return
      settle({ ...game, decisions: [...game.decisions, session.formatDecision(decision)] }, 'resolve', 'push')
    },

    changeSeed(seed) {
      const { game } = get()
      if (!game) return
      settle({ ...game, seed, decisions: [], whatIf: {} }, 'briefing', 'replace')
    },

    newSeed() {
      const { game } = get()
      if (!game) return
      let seed = ctx.randomSeed()
      for (let tries = 0; seed === game.seed && tries < 5; tries++) seed = ctx.randomSeed()
      settle({ ...game, seed, decisions: [], whatIf: {} }, 'briefing', 'push')
    },

    restart() {
      const { game } = get()
      if (!game) return
      settle({ ...game, decisions: [], whatIf: {} }, 'briefing', 'push')
    },
  }
}

/** Plays the game again from its identity and puts the results in the state. */
function settler(set: SetState, get: GetState, ctx: StoreContext) {
  return (game: GameId, screen: PlayScreen, urlWrite: 'push' | 'replace'): void => {
    const { session } = ctx
    const entry = findScenario(get().library, game.scenario)
    const role = entry?.roles.find((r) => r.id === game.role)
    if (!session || !entry || !role) return
    const started = session.startGame(entry, role, game.seed, game.decisions)
    const next: GameId = { ...game, decisions: started.kept, whatIf: session.knownFacts(game.whatIf) }
    const finished = started.view.result.status === 'finished'
    const whatIf =
      finished && Object.keys(next.whatIf).length > 0
        ? session.playWhatIf(started.view, next.whatIf, session.FULL_RUNS)
        : null
    set((s) => {
      s.game = castDraft(next)
      s.view = castDraft(started.view)
      s.whatIf = castDraft(whatIf)
      s.route = castDraft(playRoute(next, screen))
      s.urlWrite = urlWrite
      if (started.dropped) s.notice = { kind: 'choices-dropped' }
    })
  }
}

/** Where a game's screen lives: the seed always, the decisions once past the briefing. */
export function playRoute(game: GameId, screen: PlayScreen): Route {
  return {
    name: 'play',
    scenario: game.scenario,
    role: game.role,
    screen,
    seed: game.seed,
    ...(screen === 'briefing' ? {} : { choices: [...game.decisions] }),
  }
}

/** The first screen after the briefing: the moves before the player's turn arrive first, if there are any. */
function firstScreen(view: GameView): PlayScreen {
  const { result, decisions } = view
  if (decisions.length > 0) return result.status === 'awaiting' ? 'decide' : 'outcomes'
  return result.status === 'awaiting' && result.moves.length === 0 ? 'decide' : 'resolve'
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i])
