// The game: where the student is, which game they play, and the engine's results for it, replayed from the
// game's identity (scenario, role, seed, decisions) whenever it changes.
import { castDraft, type Draft } from 'immer'
import type { Decision } from '../engine'
import { knownFacts } from './fact-values'
import { findScenario, libraryNeeded } from './library-slice'
import { formatHash, LIBRARY, type PlayScreen, type Route } from './route'
import type { GameId } from './saved-game'
import type { GameView } from './session'
import type { GetState, SetState, Slice, StoreContext } from './slice'
import type { GameSlice, GameStore } from './state'

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

/** Plays the game again from its identity and puts the results in the state, once the engine has answered. */
function settler(set: SetState, get: GetState, ctx: StoreContext) {
  // Only the latest request is shown: a game settled while an earlier one was on its way replaces it. The same
  // request again (a reload's route entered twice) waits for the one on its way.
  let latest = 0
  let inFlight: { readonly key: string; readonly done: Promise<void> } | undefined
  return (game: GameId, screen: PlayScreen, urlWrite: 'push' | 'replace', next?: Decision) => {
    const key = JSON.stringify([game, screen, next ?? null])
    if (inFlight?.key === key) return inFlight.done
    const done = play(++latest, game, screen, urlWrite, next)
    inFlight = { key, done }
    return done
  }

  async function play(
    ticket: number,
    game: GameId,
    screen: PlayScreen,
    urlWrite: 'push' | 'replace',
    next: Decision | undefined,
  ): Promise<void> {
    const { session } = ctx
    const entry = findScenario(get().library, game.scenario)
    const role = entry?.roles.find((r) => r.id === game.role)
    if (!session || !entry || !role) return
    set((s) => {
      s.busy = true
    })
    try {
      const started = await session.startGame(entry, role, game.seed, game.decisions, next)
      const whatIf = knownFacts(game.whatIf)
      const replay =
        started.view.result.status === 'finished' && Object.keys(whatIf).length > 0
          ? await session.playWhatIf(started.view, whatIf, session.FULL_RUNS)
          : null
      if (ticket !== latest) return
      const settled: GameId = { ...game, decisions: started.kept, whatIf }
      // The screen asked for, unless the game cannot be there: a dropped decision leaves it awaiting.
      const shown = started.dropped ? afterDrop(started.view, screen) : first(screen, started.view)
      const route = playRoute(settled, shown)
      set((s) => {
        // A step of the game (begin, decide, a new seed) is a step like a link's: it leaves a notice behind.
        leaveNoticeIn(s, route)
        s.game = castDraft(settled)
        s.view = castDraft(started.view)
        s.whatIf = castDraft(replay)
        s.route = castDraft(route)
        s.urlWrite = urlWrite
        s.busy = false
        s.engineError = null
        if (started.dropped) {
          s.notice = { kind: 'choices-dropped' }
          s.noticeAt = castDraft(s.route)
        }
      })
    } catch (error) {
      if (ticket !== latest) return
      set((s) => {
        s.busy = false
        s.engineError = error instanceof Error ? error.message : String(error)
      })
    }
  }
}

/** A game that kept fewer decisions than asked resumes at its next decision, or stays on a finished game's page. */
const afterDrop = (view: GameView, asked: PlayScreen): PlayScreen =>
  view.result.status === 'awaiting'
    ? 'decide'
    : asked === 'debrief' || asked === 'what-if' || asked === 'capitals'
      ? asked
      : 'outcomes'

/** The screen asked for, where the game has one: a historical opening goes straight to its decision. */
const first = (screen: PlayScreen, view: GameView): PlayScreen =>
  screen === 'resolve' && view.result.moves.length === 0 ? 'decide' : screen

/**
 * A notice belongs to one page: the one it was raised on, or, for a notice raised on the way somewhere (a
 * scenario saved, then opened), the page the student is sent to next. Their next step elsewhere leaves it behind.
 */
function leaveNotice(set: SetState, get: GetState, route: Route): void {
  if (get().notice) set((s) => leaveNoticeIn(s, route))
}

/** The same, inside an update that moves the student to `route` (called before the route changes). */
function leaveNoticeIn(s: Draft<GameStore>, route: Route): void {
  if (!s.notice) return
  if (!s.noticeAt) {
    // Entering the same page again (the library reloaded under it) is no step: the notice waits for one.
    if (place(route) !== place(s.route)) s.noticeAt = castDraft(route)
  } else if (place(s.noticeAt) !== place(route)) {
    s.notice = null
    s.noticeAt = null
  }
}

/** A route without its query: the same page whatever its seed and choices. */
const place = (route: Route): string => formatHash(route).split('?')[0]!

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
