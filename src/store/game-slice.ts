// The game: where the student is, which game they play, and the engine's results for it, replayed from the
// game's identity (scenario, role, seed, decisions) whenever it changes.
import { castDraft } from 'immer'
import { settler } from './game-settle'
import { findScenario, libraryNeeded } from './library-slice'
import { leaveNotice, place } from './notice-place'
import { playRoute } from './play-route'
import { LIBRARY, type PlayScreen, type Route } from './route'
import type { GameView } from './session'
import type { Slice } from './slice'
import type { GameSlice } from './state'

export const gameSlice: Slice<GameSlice> = (set, get, ctx) => {
  const settle = settler(set, get, ctx)

  /** Follows a route; `write` says how the URL follows where the store corrects it. */
  const follow = async (route: Route, write: 'push' | 'replace'): Promise<void> => {
    const { session } = ctx
    leaveNotice(set, get, route)
    // Every page but the library's works on the scenarios themselves, and brings them if they are not here yet:
    // a game's page or a scenario's its own, any other all of them.
    const need = libraryNeeded(get().library, route)
    const scenarios =
      need === 'nothing'
        ? undefined
        : need === 'library'
          ? get().load('library')
          : get().loadScenario(need.scenario)
    // A game needs the engine: ask for it; it comes back here once it has come (unless it could not).
    if (route.name === 'play' && !session && get().library.status !== 'failed') {
      set((s) => {
        s.route = castDraft(route)
        s.urlWrite = write
      })
      await Promise.all([get().load('engine'), scenarios])
      return
    }
    if (route.name !== 'play' || !session) {
      set((s) => {
        s.route = castDraft(route)
        s.urlWrite = write
      })
      await scenarios
      // The crisis page tells how often each role decides: asked of the engine, not awaited (it loads the engine,
      // which enters the route again).
      if (route.name === 'scenario') void get().loadTurnChances(route.scenario)
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
      // The game starts once its scenario has come, if it was on its way.
      await scenarios
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
    return settle(
      { scenario: route.scenario, role: route.role, seed, decisions, whatIf: sameGame ? current.whatIf : {} },
      route.screen,
      write,
    )
  }

  /** Follows a route, then says so when its seed was no seed and the game plays another. */
  const go = async (route: Route, write: 'push' | 'replace'): Promise<void> => {
    await follow(route, write)
    const game = get().game
    if (route.name !== 'play' || route.rejectedSeed === undefined || !game) return
    const given = route.rejectedSeed
    set((s) => {
      s.notice = { kind: 'seed-replaced', given, seed: game.seed }
      s.noticeAt = castDraft(s.route)
    })
  }

  return {
    route: ctx.deps.initialRoute ?? LIBRARY,
    urlWrite: 'replace',
    game: ctx.restored.game,
    view: null,
    busy: false,
    engineError: null,

    enter: (route) => go(route, 'replace'),
    navigate: (route) => go(route, 'push'),

    begin() {
      const { game, view } = get()
      if (!game || !view) return Promise.resolve()
      return settle(game, firstScreen(view), 'push')
    },

    decide(decision) {
      const { game, view } = get()
      if (!game || !view || view.result.status !== 'awaiting') return Promise.resolve()
      return settle(game, 'resolve', 'push', decision)
    },

    changeSeed(seed) {
      const { game } = get()
      if (!game) return Promise.resolve()
      return settle({ ...game, seed, decisions: [], whatIf: {} }, 'briefing', 'replace')
    },

    newSeed() {
      const { game } = get()
      if (!game) return Promise.resolve()
      let seed = ctx.randomSeed()
      for (let tries = 0; seed === game.seed && tries < 5; tries++) seed = ctx.randomSeed()
      return settle({ ...game, seed, decisions: [], whatIf: {} }, 'briefing', 'push')
    },

    restart() {
      const { game } = get()
      if (!game) return Promise.resolve()
      return settle({ ...game, decisions: [], whatIf: {} }, 'briefing', 'push')
    },

    async startFromHistory() {
      const { game, view } = get()
      const { session } = ctx
      if (!session || !game || !view?.scenario.history) return
      const from = place(get().route)
      set((s) => {
        s.busy = true
      })
      const seed = await session.historicalOpening(view.scenario, view.role, ctx.randomSeed())
      // The student went elsewhere meanwhile: their game stays as it is.
      if (get().game !== game || place(get().route) !== from)
        return set((s) => {
          s.busy = false
        })
      if (seed === null) {
        set((s) => {
          s.busy = false
          s.notice = { kind: 'no-historical-opening' }
          s.noticeAt = castDraft(s.route)
        })
        return
      }
      const opened = { ...game, seed, decisions: [], whatIf: {} }
      return settle(opened, 'resolve', 'push')
    },
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
