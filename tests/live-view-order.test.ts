// Views and outcomes notices reach a seat in whatever order the servers between them pass them on: the seat keeps
// the view of the highest version, a view of the same version replaces it (who is connected changed), and the
// outcomes that came before the view that finished their tables are put into that view when it comes; never into
// a later session's. The views are the server's own, built from a session the tests play.
import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { createStore } from 'zustand/vanilla'
import {
  facilitatorView,
  type OutcomeLookup,
  outcomeOf,
  outcomesShown,
  type Session,
  type TeamId,
  teamView,
} from '../src/live'
import { arrivals } from '../src/live/arrivals'
import type { FacilitatorView, OutcomesNotice } from '../src/live/protocol'
import type { LiveLink } from '../src/store/live/connection'
import { followPushes } from '../src/store/live/seat-pushes'
import type { SeatState } from '../src/store/live/seat-state'
import { Driver, decision, team } from './server-fakes'

const none: OutcomeLookup = () => null
const viewOf = (s: Session, outcomes: OutcomeLookup = none, connected = true) =>
  facilitatorView(s, '', outcomes, 0, () =>
    connected ? { kind: 'connected' } : { kind: 'offline', since: 0 },
  )
const noticeOf = (s: Session): OutcomesNotice => {
  const finished = new Set(s.tables.filter((t) => t.state.kind === 'finished').map((t) => t.index))
  return { code: s.code, outcomes: outcomesShown(viewOf(s, outcomeOf), finished) }
}

/** A session of two teams: its views as it starts, as a round is played, and as it finishes. */
function played() {
  const d = new Driver({ format: { kind: 'parallel-whole' } })
  const [a, b] = ['A', 'B'].map((name) => d.join(name)) as [TeamId, TeamId]
  d.facilitator({ kind: 'start' })
  const started = d.session
  const submitted = d.run(team(a), { kind: 'submit', round: 1, decision: decision('no-request') })
  if (!submitted.ok) throw new Error(submitted.error.message)
  const playing = d.session
  d.run(team(b), { kind: 'submit', round: 1, decision: decision('no-request') })
  d.facilitator({ kind: 'finish' })
  return { started, playing, finished: d.session }
}

describe('the order views arrive in', () => {
  it("gives a team's view a version that its own submission moves and another team's does not", () => {
    const d = new Driver({ format: { kind: 'parallel-whole' } })
    const [a, b] = ['A', 'B'].map((name) => d.join(name)) as [TeamId, TeamId]
    d.facilitator({ kind: 'start' })
    const version = (t: TeamId) => teamView(d.session, t, none, 0).version
    const [a0, b0] = [version(a), version(b)]
    expect(d.run(team(a), { kind: 'submit', round: 1, decision: decision('no-request') }).ok).toBe(true)
    // A's own screen now shows its submission: a later view, which an earlier one must not replace.
    expect(version(a)).toBeGreaterThan(a0)
    // B's view must not tell that A submitted, not even by its number.
    expect(version(b)).toBe(b0)
    d.facilitator({ kind: 'extend', seconds: 30 })
    expect(version(b)).toBeGreaterThan(b0)
  })

  it('keeps the newest view, and takes one of the same version for who is connected', () => {
    const { started, playing } = played()
    const kept = arrivals<FacilitatorView>()
    const newer = viewOf(playing)
    expect(newer.version).toBeGreaterThan(viewOf(started).version)
    expect(kept.view(newer, viewOf(started))).toBe(newer)
    const away = viewOf(playing, none, false)
    expect(kept.view(newer, away)).toBe(away)
    // Another session's view is not compared: its versions are its own.
    const other = { ...viewOf(started), code: 'OTHER1' }
    expect(kept.view(newer, other)).toBe(other)
  })

  it('puts the outcomes that came first into the finished view when it comes, and any later one', () => {
    const { playing, finished } = played()
    const kept = arrivals<FacilitatorView>()
    const notice = noticeOf(finished)
    expect(notice.outcomes.map((o) => o.table)).toEqual([1, 2])
    // Before its view: the round still playing shows no table finished, and stays as it is.
    const held = viewOf(playing)
    expect(kept.outcomes(held, notice)).toBe(held)
    expect(kept.view(held, viewOf(finished))).toEqual(viewOf(finished, outcomeOf))
    expect(kept.view(held, viewOf(finished, none, false))).toEqual(viewOf(finished, outcomeOf, false))
  })

  it('keeps no outcomes for the next session once told to forget', () => {
    const first = played().finished
    const second = played().finished
    const kept = arrivals<FacilitatorView>()
    kept.outcomes(null, noticeOf(first))
    kept.forget()
    const next = viewOf(second)
    expect(kept.view(null, next)).toBe(next)
  })
})

describe("a seat's pushes", () => {
  /** A seat's store, following pushes from a socket the test emits on. */
  function seat(code: string) {
    const socket = new EventEmitter()
    const store = createStore<SeatState<'facilitator'>>()(() => ({
      kind: 'facilitator',
      code,
      connection: 'online',
      brief: null,
      view: null,
      skew: 0,
      unseated: false,
      lobby: undefined,
      error: null,
      busy: false,
    }))
    followPushes({
      kind: 'facilitator',
      code,
      store,
      socket: socket as unknown as ReturnType<LiveLink['socket']>,
      storage: undefined,
      now: () => 0,
      arrivals: arrivals(),
    })
    return { store, push: (event: string, payload: unknown) => socket.emit(event, payload) }
  }

  it('shows the finished game with its outcomes, the notice and an older view having come first', () => {
    const { started, playing, finished } = played()
    const { store, push } = seat(finished.code)
    push('view', viewOf(playing))
    push('outcomes', noticeOf(finished))
    push('view', viewOf(finished))
    push('view', viewOf(started))
    expect(store.getState().view).toEqual(viewOf(finished, outcomeOf))
  })

  it('forgets the outcomes it kept when its view goes (the team removed, the session gone)', () => {
    const { finished } = played()
    const { store, push } = seat(finished.code)
    push('view', viewOf(played().playing))
    push('outcomes', noticeOf(finished))
    store.setState({ view: null })
    push('view', viewOf(finished))
    expect(store.getState().view?.tables.map((t) => t.outcome)).toEqual([null, null])
  })
})
