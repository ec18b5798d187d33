// What if the facts were different: the finished game replayed on the facts the student moves, cheaply while a
// slider is dragged and in full when it is let go, with every slider position made in the background first.
import { castDraft } from 'immer'
import {
  ownValue,
  type SwitchFact,
  type SwitchValue,
  switchKey,
  type WhatIfItem,
} from '../scenario/what-if-items'
import { factValue } from './fact-values'
import type { FactValues } from './session'
import type { Slice } from './slice'
import type { WhatIfSlice } from './state'

/** A slider's positions: it moves from 0 to 1 in steps of 0.05. */
const POSITIONS = Array.from({ length: 21 }, (_, i) => (i * 5) / 100)

type Writable<T> = { -readonly [K in keyof T]: T[K] }

/** The values with a switch set: its fact left out where it is the scenario's own. */
function setTo(values: FactValues, fact: SwitchFact, to: SwitchValue, own: SwitchValue): FactValues {
  const next: Writable<FactValues> = { ...values }
  if (switchKey(to) === switchKey(own)) delete next[fact]
  else (next as Record<SwitchFact, SwitchValue>)[fact] = to
  return next
}

export const whatIfSlice: Slice<WhatIfSlice> = (set, get, ctx) => {
  // One replay is made at a time; a slider that moves on meanwhile asks for its latest position only, so the
  // engine never works through positions the student has already left.
  let wanted: { readonly changes: FactValues; readonly runs: number } | null = null
  let making: Promise<void> | null = null

  const make = async (): Promise<void> => {
    const { session } = ctx
    while (wanted && session) {
      const next = wanted
      const { view } = get()
      if (!view) break
      let made: Awaited<ReturnType<typeof session.playWhatIf>>
      try {
        made = await session.playWhatIf(view, next.changes, next.runs)
      } catch {
        // The engine failed on this replay: the sliders stay where they are, with the last replay shown.
        wanted = null
        set((s) => {
          s.replaying = false
        })
        break
      }
      if (wanted === next) {
        wanted = null
        set((s) => {
          s.whatIf = castDraft(made)
          s.replaying = false
        })
      }
    }
    making = null
  }

  /** Shows the game on these facts: at once when the replay was made before, else once it has been made. */
  const replay = (changes: FactValues, runs: 'drag' | 'full'): Promise<void> => {
    const { game, view } = get()
    const { session } = ctx
    if (!session || !game || !view || view.result.status !== 'finished') return Promise.resolve()
    if (Object.keys(changes).length === 0) {
      wanted = null
      set((s) => {
        s.game!.whatIf = {}
        s.whatIf = null
        s.replaying = false
      })
      return making ?? Promise.resolve()
    }
    const count = runs === 'drag' ? session.DRAG_RUNS : session.FULL_RUNS
    const known = session.replayed(view, changes, count)
    wanted = known ? null : { changes, runs: count }
    set((s) => {
      s.game!.whatIf = changes
      if (known) s.whatIf = castDraft(known)
      s.replaying = !known
    })
    if (!known) making ??= make()
    return making ?? Promise.resolve()
  }

  // The sliders being warmed, and how to stop: the warm-up follows the positions the student lets go at,
  // not every position a drag passes through, each of which would send the engine a new list of replays.
  let warming: { readonly items: readonly WhatIfItem[]; stop: () => void } | null = null

  /**
   * Each switch's other values, then every position of each slider, the others where they are now: a switch has a
   * few values, made first; a slider's positions come nearest first, in turns.
   */
  const warm = (items: readonly WhatIfItem[]): (() => void) => {
    const { game, view } = get()
    const { session } = ctx
    if (!session || !game || !view || view.result.status !== 'finished') return () => {}
    const current = game.whatIf
    // A switch on the scenario's own value with nothing else changed is the game itself, which needs no replay.
    const switched = items
      .flatMap((item) =>
        item.kind === 'switch'
          ? [item.own, ...item.alternatives].map((to) => setTo(current, item.fact, to, item.own))
          : [],
      )
      .filter((changes) => Object.keys(changes).length > 0)
    const facts = items.flatMap((item) => (item.kind === 'slider' ? [item.fact] : []))
    const perFact = facts.map((fact) => {
      const at = current[fact] ?? factValue(view.scenario.facts, fact)
      // Nearest positions first: a drag starts where the thumb is.
      return [...POSITIONS]
        .sort((a, b) => Math.abs(a - at) - Math.abs(b - at))
        .map((to): FactValues => ({ ...current, [fact]: to }))
    })
    // Taken in turns, so every slider has its nearest positions ready soonest.
    return session.warmWhatIf(view, [
      ...switched,
      ...POSITIONS.flatMap((_, i) => perFact.map((list) => list[i]!)),
    ])
  }
  const warmAgain = () => {
    if (!warming) return
    warming.stop()
    warming.stop = warm(warming.items)
  }
  // A new warm-up waits for the next task: the move's outcomes are drawn first, and the list of replays the
  // engine is sent (a message of some sixty requests) is not made while the student waits for them.
  const warmAgainSoon = (shown: Promise<void>): Promise<void> =>
    shown.then(() => new Promise<void>((done) => setTimeout(done, 0))).then(warmAgain)

  return {
    whatIf: null,
    replaying: false,
    dragging: false,

    moveFact(fact, value, phase) {
      const changes = { ...get().game?.whatIf, [fact]: value }
      if (get().dragging !== (phase === 'drag'))
        set((s) => {
          s.dragging = phase === 'drag'
        })
      const shown = replay(changes, phase === 'drag' ? 'drag' : 'full')
      return phase === 'drag' ? shown : warmAgainSoon(shown)
    },

    setSwitch(fact, value) {
      const { view } = get()
      if (!view) return Promise.resolve()
      if (get().dragging)
        set((s) => {
          s.dragging = false
        })
      const own = ownValue(view.scenario.facts, fact)
      return warmAgainSoon(replay(setTo({ ...get().game?.whatIf }, fact, value, own), 'full'))
    },

    prepareWhatIf(items) {
      warming?.stop()
      const mine = { items, stop: warm(items) }
      warming = mine
      return () => {
        mine.stop()
        if (warming === mine) warming = null
      }
    },

    resetWhatIf(fact) {
      if (get().dragging)
        set((s) => {
          s.dragging = false
        })
      const changes: Writable<FactValues> = { ...get().game?.whatIf }
      if (fact) delete changes[fact]
      return warmAgainSoon(replay(fact ? changes : {}, 'full'))
    },
  }
}
