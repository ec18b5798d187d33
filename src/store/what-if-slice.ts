// What if the facts were different: the finished game replayed on the facts the student moves, cheaply while a
// slider is dragged and in full when it is let go, with every slider position warmed in the background.
import { castDraft } from 'immer'
import { runWhenIdle } from './idle-jobs'
import type { Slice } from './slice'
import type { WhatIfSlice } from './state'

/** A slider's positions: it moves from 0 to 1 in steps of 0.05. */
const POSITIONS = Array.from({ length: 21 }, (_, i) => (i * 5) / 100)

export const whatIfSlice: Slice<WhatIfSlice> = (set, get, ctx) => ({
  whatIf: null,

  moveFact(fact, value, phase) {
    const { game, view } = get()
    const { session } = ctx
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
    const session = ctx.session
    if (!session || !game || !view || view.result.status !== 'finished') return () => {}
    const current = game.whatIf
    const perFact = facts.map((fact) => {
      const at = current[fact] ?? session.readFact(view.scenario.facts, fact)
      // Nearest positions first: a drag starts where the thumb is.
      return [...POSITIONS]
        .sort((a, b) => Math.abs(a - at) - Math.abs(b - at))
        .map((to) => () => void session.playWhatIf(view, { ...current, [fact]: to }, session.FULL_RUNS))
    })
    // Taken in turns, so every slider has its nearest positions ready soonest.
    const jobs = POSITIONS.flatMap((_, i) => perFact.map((list) => list[i]!))
    return (ctx.deps.schedule ?? runWhenIdle)(jobs)
  },

  resetWhatIf(fact) {
    const { game, view } = get()
    const { session } = ctx
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
})
