// The one store of the game: where the student is, which game they play, and the engine's results for it.
import { castDraft } from 'immer'
import { immer } from 'zustand/middleware/immer'
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Decision } from '../engine'
import type { FactPath } from '../scenario/types'
import type { CheckDraft } from './draft-checker'
import { runWhenIdle, type Schedule } from './idle-jobs'
import { readDraft, readImported, withImported, writeDraft, writeImported } from './imported-scenarios'
import type { LibraryEntry, Session } from './kit'
import { formatHash, LIBRARY, type PlayScreen, type Route } from './route'
import { type GameId, readSave, type SaveStorage, writeSave } from './saved-game'
import type { GameView, WhatIfView } from './session'
import { initialWorkshop, type WorkshopActions, type WorkshopState, workshopActions } from './workshop-slice'

export type { WorkshopState } from './workshop-slice'

/** Something the student should know that is not an error of theirs: shown once, dismissible. */
export type Notice =
  | { readonly kind: 'save-unreadable'; readonly why: 'corrupt' | 'old-version' }
  | { readonly kind: 'save-stale' }
  | { readonly kind: 'choices-dropped' }
  | { readonly kind: 'imported-added'; readonly title: string }
  /** Imported scenarios that no longer load were set aside; `count` is 0 when the whole list was damaged. */
  | { readonly kind: 'imported-dropped'; readonly count: number }

export type LibraryState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly entries: readonly LibraryEntry[] }
  | { readonly status: 'failed'; readonly message: string }

export interface GameState {
  readonly route: Route
  /** How the URL should follow the route: a new history entry for a step, a replacement for a correction. */
  readonly urlWrite: 'push' | 'replace'
  readonly library: LibraryState
  /** The game being played, as saved: null before a role is taken. */
  readonly game: GameId | null
  /** The engine's results for the game; null until the engine has loaded or when the route names no game. */
  readonly view: GameView | null
  /** The game on the what-if sliders' facts; null while every slider sits on the scenario's value. */
  readonly whatIf: WhatIfView | null
  readonly notice: Notice | null
  readonly workshop: WorkshopState
}

export interface GameActions extends WorkshopActions {
  /**
   * Loads the bundled scenarios, then settles the route and any saved game. The engine follows on its own
   * when a game is opened; 'all' loads it at once (tests, and a page that opens on a game).
   */
  load(what?: 'library' | 'all'): Promise<void>
  /** The URL changed (a link, the back button, a reload): follow it. */
  enter(route: Route): void
  /** From the briefing to the first screen where something happens. */
  begin(): void
  decide(decision: Decision): void
  /** A fresh game of the same role with this seed. */
  changeSeed(seed: number): void
  newSeed(): void
  /** The same role and seed from the first decision. */
  restart(): void
  moveFact(fact: FactPath, value: number, phase: 'drag' | 'release'): void
  /**
   * Replays, in idle time, every position of these sliders with the other facts where they are, so a drag
   * finds each one ready. Returns the cancel: the what-if screen calls it when it goes or the facts change.
   */
  prepareWhatIf(facts: readonly FactPath[]): () => void
  resetWhatIf(fact?: FactPath): void
  dismissNotice(): void
  /** Keeps a checked scenario among this browser's own and reloads the library with it. */
  addImported(scenario: { readonly id: string; readonly title: string }, text: string): Promise<void>
  removeImported(id: string): Promise<void>
}

export type GameStore = GameState & GameActions
export type GameStoreApi = StoreApi<GameStore>

export interface GameStoreDeps {
  /** The scenarios: all the library needs, so its page loads no engine. */
  readonly loadLibrary: () => Promise<readonly LibraryEntry[]>
  /** The engine, through the store's session: loaded when a game is opened. */
  readonly loadSession: () => Promise<Session>
  readonly storage?: SaveStorage | undefined
  /** Seeds are short so a teacher can read one out to the class. */
  readonly randomSeed?: () => number
  readonly initialRoute?: Route
  /** Where background work runs: idle time in a browser; tests may run it at once. */
  readonly schedule?: Schedule
  /** The workshop's checker: a worker in the browser (draft-checker.ts); tests may check on their own thread. */
  readonly checkDraft?: CheckDraft
  /** The page's address, for the workshop's share links, and the clipboard to copy them to. */
  readonly here?: { readonly origin: string; readonly pathname: string }
  readonly copyText?: (text: string) => Promise<void>
}

/** A slider's positions: it moves from 0 to 1 in steps of 0.05. */
const POSITIONS = Array.from({ length: 21 }, (_, i) => (i * 5) / 100)

const defaultSeed = (): number => 1 + Math.floor(Math.random() * 9999)

export function createGameStore(deps: GameStoreDeps): GameStoreApi {
  const randomSeed = deps.randomSeed ?? defaultSeed
  const saved = readSave(deps.storage)
  if (saved.status === 'unreadable') writeSave(deps.storage, null)
  let session: Session | undefined
  let loadingLibrary: Promise<void> | undefined
  let loadingSession: Promise<void> | undefined

  const store = createStore<GameStore>()(
    immer((set, get) => {
      /** Plays the game again from its identity and puts the results in the state. */
      const settle = (game: GameId, screen: PlayScreen, urlWrite: 'push' | 'replace'): void => {
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

      return {
        route: deps.initialRoute ?? LIBRARY,
        urlWrite: 'replace',
        library: { status: 'loading' },
        game: saved.status === 'ok' ? saved.game : null,
        view: null,
        whatIf: null,
        notice: saved.status === 'unreadable' ? { kind: 'save-unreadable', why: saved.why } : null,
        workshop: initialWorkshop(readDraft(deps.storage), deps.here),
        ...workshopActions(
          set,
          get,
          {
            storage: deps.storage,
            checkDraft: deps.checkDraft ?? ((r) => import('./draft-check').then((m) => m.checkDraft(r))),
            here: deps.here,
            copyText: deps.copyText,
          },
          {
            addImported: (scenario, text) => get().addImported(scenario, text),
            goTo: (route, write = 'push') =>
              set((s) => {
                s.route = castDraft(route)
                s.urlWrite = write
              }),
            reloadLibrary: () => reloadLibrary(),
          },
        ),

        load(what = 'library') {
          if (what === 'all')
            loadingSession ??= deps.loadSession().then(
              (loaded) => {
                session = loaded
                get().enter(get().route)
              },
              (error: unknown) => {
                set((s) => {
                  s.library = {
                    status: 'failed',
                    message: error instanceof Error ? error.message : String(error),
                  }
                })
              },
            )
          loadingLibrary ??= deps.loadLibrary().then(
            (loaded) => {
              // Imported scenarios that failed to load again are set aside with a notice, never shown broken.
              const dropped = loaded.filter((e) => e.imported && !e.ok)
              const entries = loaded.filter((e) => !(e.imported && !e.ok))
              set((s) => {
                s.library = castDraft({ status: 'ready', entries })
                if (dropped.length > 0)
                  s.notice = {
                    kind: 'imported-dropped',
                    count: dropped.filter((e) => !e.ok && e.problems.length > 0).length,
                  }
                const game = s.game
                const entry = game && findScenario(s.library, game.scenario)
                if (game && !entry?.roles.some((r) => r.id === game.role)) {
                  s.game = null
                  s.notice = { kind: 'save-stale' }
                }
              })
              get().enter(get().route)
            },
            (error: unknown) => {
              set((s) => {
                s.library = {
                  status: 'failed',
                  message: error instanceof Error ? error.message : String(error),
                }
              })
            },
          )
          return what === 'all'
            ? Promise.all([loadingLibrary, loadingSession]).then(() => {})
            : loadingLibrary
        },

        enter(route) {
          // A game needs the engine: ask for it, and come back here once it has come.
          if (route.name === 'play' && !session) void get().load('all')
          if (route.name !== 'play' || !session) {
            set((s) => {
              s.route = castDraft(route)
              s.urlWrite = 'replace'
            })
            return
          }
          const entry = findScenario(get().library, route.scenario)
          if (!entry?.roles.some((r) => r.id === route.role)) {
            set((s) => {
              s.route = castDraft(route)
              s.urlWrite = 'replace'
              s.view = null
              s.whatIf = null
            })
            return
          }
          const current = get().game
          const sameRole = current?.scenario === route.scenario && current.role === route.role
          const seed = route.seed ?? (sameRole ? current.seed : randomSeed())
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
              s.urlWrite = 'replace'
            })
            return
          }
          settle(
            {
              scenario: route.scenario,
              role: route.role,
              seed,
              decisions,
              whatIf: sameGame ? current.whatIf : {},
            },
            route.screen,
            'replace',
          )
        },

        begin() {
          const { game, view } = get()
          if (!game || !view) return
          settle(game, firstScreen(view), 'push')
        },

        decide(decision) {
          const { game, view } = get()
          if (!session || !game || !view || view.result.status !== 'awaiting') return
          settle(
            { ...game, decisions: [...game.decisions, session.formatDecision(decision)] },
            'resolve',
            'push',
          )
        },

        changeSeed(seed) {
          const { game } = get()
          if (!game) return
          settle({ ...game, seed, decisions: [], whatIf: {} }, 'briefing', 'replace')
        },

        newSeed() {
          const { game } = get()
          if (!game) return
          let seed = randomSeed()
          for (let tries = 0; seed === game.seed && tries < 5; tries++) seed = randomSeed()
          settle({ ...game, seed, decisions: [], whatIf: {} }, 'briefing', 'push')
        },

        restart() {
          const { game } = get()
          if (!game) return
          settle({ ...game, decisions: [], whatIf: {} }, 'briefing', 'push')
        },

        moveFact(fact, value, phase) {
          const { game, view } = get()
          if (!session || !game || !view || view.result.status !== 'finished') return
          const changes = { ...game.whatIf, [fact]: value }
          const runs = phase === 'drag' ? session.DRAG_RUNS : session.FULL_RUNS
          const whatIf = session.playWhatIf(view, changes, runs)
          set((s) => {
            s.game!.whatIf[fact] = value
            s.whatIf = castDraft(whatIf)
          })
        },

        prepareWhatIf(facts) {
          const { game, view } = get()
          if (!session || !game || !view || view.result.status !== 'finished') return () => {}
          const replay = session.playWhatIf
          const runs = session.FULL_RUNS
          const current = game.whatIf
          const perFact = facts.map((fact) => {
            const at = current[fact] ?? session!.readFact(view.scenario.facts, fact)
            // Nearest positions first: a drag starts where the thumb is.
            return [...POSITIONS]
              .sort((a, b) => Math.abs(a - at) - Math.abs(b - at))
              .map((to) => () => void replay(view, { ...current, [fact]: to }, runs))
          })
          // Taken in turns, so every slider has its nearest positions ready soonest.
          const jobs = POSITIONS.flatMap((_, i) => perFact.map((list) => list[i]!))
          return (deps.schedule ?? runWhenIdle)(jobs)
        },

        resetWhatIf(fact) {
          const { game, view } = get()
          if (!session || !game || !view) return
          const changes = { ...game.whatIf }
          if (fact) delete changes[fact]
          const empty = !fact || Object.keys(changes).length === 0
          const whatIf = empty ? null : session.playWhatIf(view, changes, session.FULL_RUNS)
          set((s) => {
            s.game!.whatIf = empty ? {} : changes
            s.whatIf = castDraft(whatIf)
          })
        },

        dismissNotice() {
          set((s) => {
            s.notice = null
          })
        },

        addImported(scenario, text) {
          const stored = readImported(deps.storage)
          const files = stored.status === 'ok' ? stored.files : []
          writeImported(deps.storage, withImported(files, { id: scenario.id, text }))
          set((s) => {
            s.notice = { kind: 'imported-added', title: scenario.title }
            // Saved from the workshop: the draft is now that scenario, with nothing left to lose.
            const draft = s.workshop.draft
            if (draft?.text === text) s.workshop.draft = { ...draft, editing: scenario.id, unsaved: false }
          })
          return reloadLibrary()
        },

        removeImported(id) {
          const stored = readImported(deps.storage)
          if (stored.status === 'ok')
            writeImported(
              deps.storage,
              stored.files.filter((f) => f.id !== id),
            )
          set((s) => {
            // A draft of the removed scenario is now its only copy.
            const draft = s.workshop.draft
            if (draft?.editing === id)
              s.workshop.draft = { text: draft.text, file: draft.file, unsaved: true }
          })
          return reloadLibrary()
        },
      }
    }),
  )

  /** The library again, after this browser's own scenarios changed. */
  function reloadLibrary(): Promise<void> {
    loadingLibrary = undefined
    return store.getState().load('library')
  }

  // Autosave: every change of the game, never of the screen, so a reload resumes the same game; and every change
  // of the workshop's draft (the workshop paces them), so a reload finds the text as it was typed.
  // The "now in Your scenarios" notice belongs to the screen it first shows on, not to every screen after it.
  let noticeShownOn: string | undefined
  store.subscribe((state, previous) => {
    if (state.notice?.kind !== 'imported-added') noticeShownOn = undefined
    else if (state.route !== previous.route) {
      const here = formatHash(state.route)
      noticeShownOn ??= here
      if (here !== noticeShownOn) store.setState({ notice: null })
    }
  })
  store.subscribe((state, previous) => {
    if (state.game !== previous.game) writeSave(deps.storage, state.game)
    const draft = state.workshop.draft
    if (draft && draft !== previous.workshop.draft) writeDraft(deps.storage, draft)
  })
  return store
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

function findScenario(library: LibraryState, id: string) {
  if (library.status !== 'ready') return undefined
  for (const entry of library.entries) if (entry.ok && entry.scenario.id === id) return entry.scenario
  return undefined
}

/** The first screen after the briefing: the moves before the player's turn arrive first, if there are any. */
function firstScreen(view: GameView): PlayScreen {
  const { result, decisions } = view
  if (decisions.length > 0) return result.status === 'awaiting' ? 'decide' : 'outcomes'
  return result.status === 'awaiting' && result.moves.length === 0 ? 'decide' : 'resolve'
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i])
