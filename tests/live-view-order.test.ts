// Views and notices reach a seat in whatever order the servers between them pass them on: the seat keeps the view
// of the highest version, a view of the same version replaces it (who is connected changed), the outcomes that came
// before the view that finished their tables are put into that view when it comes, never into a later session's,
// and the facilitator's newest notice of who has submitted is laid over the newest view while it is newer and of
// its round. The views and notices are the server's own, built from a session the tests play.
import { EventEmitter } from 'node:events'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createStore } from 'zustand/vanilla'
import {
  facilitatorView,
  type OutcomeLookup,
  outcomeOf,
  outcomesShown,
  type Session,
  submissionsNotice,
  type TeamId,
  teamView,
  withSubmissions,
} from '../src/live'
import { arrivals } from '../src/live/arrivals'
import type { FacilitatorView, OutcomesNotice, SubmissionsNotice } from '../src/live/protocol'
import type { LiveLink } from '../src/store/live/connection'
import { followPushes } from '../src/store/live/seat-pushes'
import { seatState } from './seat-state'
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

/** A seat's store, following pushes from a socket the test emits on. */
function seat(code: string) {
  const socket = new EventEmitter()
  const store = createStore(() => seatState('facilitator', code))
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

describe("the facilitator's notices of who has submitted", () => {
  type Push = { event: 'view'; view: FacilitatorView } | { event: 'submitted'; notice: SubmissionsNotice }

  /**
   * A session of three teams, each at a table of its own, pushed to its facilitator as the server pushes it: after
   * a submission that does not reveal a notice, after anything else the whole view. With the view the server would
   * build at each version, the truth a seat is held to.
   */
  function pushedToFacilitator() {
    const d = new Driver({ format: { kind: 'parallel-whole' } })
    const [a, b, c] = ['A', 'B', 'C'].map((name) => d.join(name)) as [TeamId, TeamId, TeamId]
    const pushes: Push[] = []
    const truth = new Map<number, FacilitatorView>()
    const record = (act: () => void) => {
      const from = d.events.length
      act()
      const s = d.session
      truth.set(s.version, viewOf(s))
      const notice = submissionsNotice(s, 0)
      pushes.push(
        notice && d.events.slice(from).every((e) => e.kind === 'submitted')
          ? { event: 'submitted', notice }
          : { event: 'view', view: viewOf(s) },
      )
    }
    const submit = (t: TeamId, option = -1) =>
      record(() => {
        const { phase, tables } = d.session
        const table = tables.find((x) => x.state.kind === 'deciding' && x.state.pending.team === t)
        if (phase.kind !== 'deciding' || table?.state.kind !== 'deciding')
          throw new Error(`${t} owes nothing`)
        const decision = table.state.pending.options.at(option)!
        expect(d.run(team(t), { kind: 'submit', round: phase.round, decision }).ok).toBe(true)
      })
    // The lobby's last view, which a notice of the first round may overtake.
    record(() => d.join('D'))
    record(() => d.facilitator({ kind: 'start' }))
    submit(a)
    // A whole view between two notices of one round: the clock extended.
    record(() => d.facilitator({ kind: 'extend', seconds: 30 }))
    submit(b)
    // A changed decision: the same teams have submitted, at a later version.
    submit(a, -2)
    record(() => d.facilitator({ kind: 'advance', round: 1 }))
    submit(c)
    submit(a)
    return { pushes, truth }
  }

  /** What a submission changes in the facilitator's view, and nothing else. */
  const submissions = (v: FacilitatorView) => ({
    version: v.version,
    teams: v.teams.map((t) => t.submitted),
    pending: v.tables.map((t) => t.pending?.submitted ?? null),
    allSubmitted: v.allSubmitted,
  })
  const rest = (v: FacilitatorView) => ({
    ...v,
    serverNow: 0,
    version: 0,
    teams: v.teams.map((t) => ({ ...t, submitted: null })),
    tables: v.tables.map((t) => ({ ...t, pending: t.pending && { ...t.pending, submitted: false } })),
    allSubmitted: false,
  })

  it('each say all a submission changed: laid over the view before it, they give the view after it', () => {
    const { pushes, truth } = pushedToFacilitator()
    expect(pushes.map((p) => p.event)).toEqual([
      'view',
      'view',
      'submitted',
      'view',
      'submitted',
      'submitted',
      'view',
      'submitted',
      'submitted',
    ])
    for (const p of pushes) {
      if (p.event !== 'submitted') continue
      const before = truth.get(p.notice.version - 1)!
      expect(withSubmissions(before, p.notice)).toEqual(truth.get(p.notice.version))
      // Told of in the teams' ids and the tables' numbers, never what was decided.
      expect(Object.keys(p.notice).sort()).toEqual([
        'code',
        'round',
        'serverNow',
        'tables',
        'teams',
        'version',
      ])
    }
  })

  it('lays a notice over a view only while it is newer and of the same round', () => {
    const { pushes, truth } = pushedToFacilitator()
    const notices = pushes.flatMap((p) => (p.event === 'submitted' ? [p.notice] : []))
    const [firstRound, , , secondRound] = notices as [SubmissionsNotice, unknown, unknown, SubmissionsNotice]
    const extended = truth.get(firstRound.version + 1)!
    // The view after the clock was extended already holds the first submission.
    expect(withSubmissions(extended, firstRound)).toBe(extended)
    // The next round's notice knows nothing of this round's pending decisions.
    expect(withSubmissions(extended, secondRound)).toBe(extended)
  })

  it('shows every whole view it was sent and the newest submissions, in every order of arrival', () => {
    const { pushes, truth } = pushedToFacilitator()
    const newest = truth.get(Math.max(...truth.keys()))!
    fc.assert(
      fc.property(fc.shuffledSubarray(pushes, { minLength: pushes.length }), (order) => {
        const { store, push } = seat(newest.code)
        let whole: FacilitatorView | undefined
        const told: SubmissionsNotice[] = []
        let version = 0
        for (const p of order) {
          if (p.event === 'view') {
            if (!whole || p.view.version > whole.version) whole = p.view
            push('view', p.view)
          } else {
            told.push(p.notice)
            push('submitted', p.notice)
          }
          const shown = store.getState().view
          // A notice alone shows nothing: there is no view to lay it over.
          if (!whole) {
            expect(shown).toBeNull()
            continue
          }
          if (!shown) throw new Error('a whole view came, and the seat shows none')
          // Every change the newest whole view brought is shown: a notice never hides one.
          expect(rest(shown)).toEqual(rest(whole))
          // Who has submitted as of the newest notice of the view's round, if it is newer than the view.
          const round = whole.phase.kind === 'deciding' ? whole.phase.round : undefined
          const latest = Math.max(
            whole.version,
            ...told.filter((n) => n.round === round).map((n) => n.version),
          )
          expect(submissions(shown)).toEqual(submissions(truth.get(latest)!))
          expect(shown.version).toBeGreaterThanOrEqual(version)
          version = shown.version
        }
        expect(store.getState().view).toEqual(newest)
      }),
      { numRuns: 300 },
    )
  })
})
