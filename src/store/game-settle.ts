// Settling a game: the engine plays it again from its identity (scenario, role, seed, decisions), and the
// results, the route and the screen go into the state together once it has answered.
import { castDraft } from 'immer'
import type { Decision } from '../engine'
import { knownFacts } from './fact-values'
import { findScenario } from './library-slice'
import { leaveNoticeIn } from './notice-place'
import { playRoute } from './play-route'
import type { PlayScreen } from './route'
import type { GameId } from './saved-game'
import type { GameView } from './session'
import type { GetState, SetState, StoreContext } from './slice'

/** Plays the game again from its identity and puts the results in the state, once the engine has answered. */
export function settler(set: SetState, get: GetState, ctx: StoreContext) {
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
      const whatIf = knownFacts(game.whatIf, entry)
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
