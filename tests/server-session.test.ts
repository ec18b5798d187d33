// The live session's rules, on the pure model: seating, secret submissions revealed together, the
// clock, injects, stand-ins, replay, and the exported results.
import { describe, expect, it } from 'vitest'
import {
  createSession,
  decideJoin,
  facilitatorView,
  outcomeOf,
  reduce,
  resultsCsv,
  resultsOf,
  type Session,
  type TeamId,
  teamView,
} from '../src/live'
import { bundled, Driver, decision, team } from './server-fakes'

/** At a fixed time, so two views differ only in what they show. */
const view = (d: Driver, id: TeamId) => teamView(d.session, id, outcomeOf, 0)
const round = (s: Session) => (s.phase.kind === 'deciding' ? s.phase.round : 0)
const submit = (d: Driver, id: TeamId, text: string) =>
  d.run(team(id), { kind: 'submit', round: round(d.session), decision: decision(text) })

/** Four teams at one table, one per role of Kazakhstan 2022, started. */
function oneTable() {
  const d = new Driver({ format: { kind: 'one-table' } })
  const [tokayev, kremlin, beijing, yerevan] = ['tokayev', 'kremlin', 'beijing', 'yerevan'].map((role) =>
    d.join(`team ${role}`, { role }),
  ) as [TeamId, TeamId, TeamId, TeamId]
  d.facilitator({ kind: 'start' })
  return { d, tokayev, kremlin, beijing, yerevan }
}

describe('seating', () => {
  it('seats one team per role at one table, the first free role when none is asked for', () => {
    const d = new Driver()
    d.join('Alpha', { role: 'kremlin' })
    d.join('Beta')
    expect(d.session.teams.map((t) => [t.table, t.roles])).toEqual([
      [1, ['kremlin']],
      [1, ['tokayev']],
    ])
  })

  it('spreads teams across parallel tables before filling a table', () => {
    const d = new Driver({ format: { kind: 'parallel-roles', tables: 2 } })
    for (const name of ['A', 'B', 'C', 'D']) d.join(name)
    expect(d.session.teams.map((t) => `${t.table}:${t.roles.join()}`)).toEqual([
      '1:tokayev',
      '2:tokayev',
      '1:kremlin',
      '2:kremlin',
    ])
  })

  it('gives each team a table of its own with every role in the parallel-whole format', () => {
    const d = new Driver({ format: { kind: 'parallel-whole' } })
    d.join('A')
    d.join('B')
    const roles = bundled().roles.length
    expect(d.session.teams.map((t) => [t.table, t.roles.length])).toEqual([
      [1, roles],
      [2, roles],
    ])
  })

  it('refuses a taken role, a taken name, an unknown role and joining after the start', () => {
    const d = new Driver()
    d.join('Alpha', { role: 'kremlin' })
    expect(() => d.join('Beta', { role: 'kremlin' })).toThrow(/taken/)
    expect(() => d.join('ALPHA')).toThrow(/already joined/)
    expect(() => d.join('Gamma', { role: 'nobody' })).toThrow(/no role/)
    d.facilitator({ kind: 'start' })
    expect(() => d.join('Late')).toThrow(/started/)
  })
})

describe('the lobby', () => {
  it('seats one team per browser, and a team from another browser beside it', () => {
    const d = new Driver({ format: { kind: 'parallel-whole' } })
    d.join('Steppe', { browser: 'browser-1' })
    expect(decideJoin(d.session, { name: 'Squatters', browser: 'browser-1' }, 'hash', d.tick())).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message:
          'this browser has already joined this session as "Steppe": another team joins on another device',
        reason: 'browser-joined',
      },
    })
    d.join('Silk Road', { browser: 'browser-2' })
    expect(d.session.teams.map((t) => t.name)).toEqual(['Steppe', 'Silk Road'])
  })

  it('says which condition refused a team, so its screen can say what to do', () => {
    const d = new Driver()
    d.join('Steppe', { role: 'tokayev' })
    const reason = (name: string, role?: string) =>
      (({ ok, error }) => (ok ? 'joined' : error.reason))(
        decideJoin(d.session, { name, ...(role ? { role } : {}) }, 'hash', d.tick()) as {
          ok: boolean
          error: { reason?: string }
        },
      )
    expect(reason('  \u200b ')).toBe('no-name')
    expect(reason('Steppe')).toBe('name-taken')
    expect(reason('STEPPE')).toBe('name-similar')
    expect(reason('Kremlin', 'tokayev')).toBe('role-taken')
    for (const role of d.session.base.roles.slice(1)) d.join(`Team ${role.id}`, { role: role.id })
    expect(reason('Late')).toBe('seats-taken')
    d.facilitator({ kind: 'start' })
    expect(reason('Later')).toBe('started')
  })

  it('lets the facilitator remove a team, whose name, seat and browser are then free, and which decides nothing', () => {
    const d = new Driver()
    const steppe = d.join('Steppe', { role: 'tokayev', browser: 'browser-1' })
    const kremlin = d.join('Kremlin', { role: 'kremlin' })
    expect(d.run(team(kremlin), { kind: 'remove', team: steppe })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    d.facilitator({ kind: 'remove', team: steppe })
    expect(d.events.at(-1)).toMatchObject({ kind: 'removed', team: steppe })
    expect(d.session.teams.map((t) => t.name)).toEqual(['Kremlin'])
    const again = d.join('Steppe', { role: 'tokayev', browser: 'browser-1' })
    expect(again).not.toBe(steppe)
    expect(d.session.teams.map((t) => [t.id, t.name, t.roles])).toEqual([
      [kremlin, 'Kremlin', ['kremlin']],
      [again, 'Steppe', ['tokayev']],
    ])
    d.facilitator({ kind: 'start' })
    expect(d.run(team(steppe), { kind: 'submit', round: 1, decision: decision('no-request') })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'the facilitator has removed your team from this session' },
    })
  })

  it('removes teams only in the lobby, and only those that joined', () => {
    const d = new Driver()
    const steppe = d.join('Steppe')
    expect(d.run({ kind: 'facilitator' }, { kind: 'remove', team: 't9' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    d.facilitator({ kind: 'start' })
    expect(d.run({ kind: 'facilitator' }, { kind: 'remove', team: steppe })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'teams can be removed only in the lobby' },
    })
  })

  it('replays a removal to the same session', () => {
    const d = new Driver()
    const steppe = d.join('Steppe')
    d.join('Kremlin')
    d.facilitator({ kind: 'remove', team: steppe })
    d.join('Beijing')
    const replayed = d.events.reduce(reduce, createSession(d.created, bundled()))
    expect(replayed.teams).toEqual(d.session.teams)
    expect(replayed.joined).toBe(3)
  })
})

describe('a round', () => {
  it('waits for the team whose actor moves, with the options the engine offers there', () => {
    const { d, tokayev, kremlin } = oneTable()
    const turn = view(d, tokayev).turn
    expect(turn).toMatchObject({ round: 1, role: 'tokayev', stage: 'request', submitted: null })
    expect(turn?.options).toContain('request:foreign-backed:peacekeepers:14')
    expect(view(d, kremlin).turn).toBeNull()
    expect(view(d, kremlin).waitingFor).toEqual({ role: 'tokayev', stage: 'request', team: 'team tokayev' })
  })

  it('keeps a submitted decision from every other team and from the facilitator until the reveal', () => {
    const { d, tokayev, kremlin } = oneTable()
    const before = JSON.stringify(view(d, kremlin))
    const facilitatorBefore = facilitatorView(d.session, '', outcomeOf, 0)
    expect(submit(d, tokayev, 'request:external-attack:rapid-reaction:90').ok).toBe(true)
    expect(JSON.stringify(view(d, kremlin))).toBe(before)
    expect(view(d, tokayev).turn?.submitted).toBe('request:external-attack:rapid-reaction:90')
    const facilitator = facilitatorView(d.session, '', outcomeOf, 0)
    expect(JSON.stringify(facilitator)).not.toContain('external-attack:rapid-reaction:90')
    expect(facilitator.teams.find((t) => t.id === tokayev)?.submitted).toBe(true)
    expect(facilitatorBefore.teams.find((t) => t.id === tokayev)?.submitted).toBe(false)
  })

  it('reveals the decision to every team when the facilitator advances, and moves on to the next stage', () => {
    const { d, tokayev, kremlin } = oneTable()
    submit(d, tokayev, 'request:foreign-backed:peacekeepers:14')
    d.facilitator({ kind: 'advance' })
    const seen = view(d, kremlin)
    expect(seen.table?.moves[0]).toMatchObject({
      round: 1,
      stage: 'request',
      decision: 'request:foreign-backed:peacekeepers:14',
      by: 'team',
      team: 'team tokayev',
    })
    expect(seen.turn).toMatchObject({ round: 2, stage: 'response', role: 'kremlin' })
  })

  it('has the engine stand in for a team that did not decide in time', () => {
    const { d, kremlin } = oneTable()
    d.facilitator({ kind: 'advance' })
    expect(view(d, kremlin).table?.moves[0]).toMatchObject({
      stage: 'request',
      by: 'stand-in',
      team: 'team tokayev',
    })
  })

  it('refuses a decision that is not an option, one for another round, and one by a team whose turn it is not', () => {
    const { d, tokayev, kremlin } = oneTable()
    expect(submit(d, tokayev, 'refuse')).toMatchObject({ ok: false, error: { code: 'invalid-decision' } })
    expect(
      d.run(team(tokayev), { kind: 'submit', round: 2, decision: decision('no-request') }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(submit(d, kremlin, 'refuse')).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('says a round has not begun to a decision sent ahead, and is over to one sent late', () => {
    const { d, tokayev, kremlin } = oneTable()
    expect(
      d.run(team(tokayev), { kind: 'submit', round: 2, decision: decision('no-request') }),
    ).toMatchObject({ ok: false, error: { message: 'round 2 has not begun; this is round 1' } })
    submit(d, tokayev, 'request:foreign-backed:peacekeepers:14')
    d.facilitator({ kind: 'advance' })
    expect(d.run(team(kremlin), { kind: 'submit', round: 1, decision: decision('refuse') })).toMatchObject({
      ok: false,
      error: { message: 'round 1 is over; this is round 2' },
    })
  })

  it('lets a team change its decision until the reveal, and counts the last one', () => {
    const { d, tokayev } = oneTable()
    submit(d, tokayev, 'no-request')
    submit(d, tokayev, 'request:internal-unrest:observers:14')
    d.facilitator({ kind: 'advance' })
    expect(view(d, tokayev).table?.moves[0]?.decision).toBe('request:internal-unrest:observers:14')
  })

  it('reveals at once when every decision is in, when the session advances by itself', () => {
    const d = new Driver({ format: { kind: 'parallel-whole' }, autoAdvance: true })
    const a = d.join('A')
    const b = d.join('B')
    d.facilitator({ kind: 'start' })
    submit(d, a, 'no-request')
    expect(round(d.session)).toBe(1)
    submit(d, b, 'request:foreign-backed:peacekeepers:14')
    expect(d.events.at(-1)).toMatchObject({ kind: 'revealed', why: 'all-submitted' })
    expect(view(d, b).turn?.stage).toBe('response')
  })
})

describe('the clock', () => {
  it('counts down from the server deadline, refuses late decisions, and extends', () => {
    const d = new Driver({ roundSeconds: 60 })
    const a = d.join('A', { role: 'tokayev' })
    d.facilitator({ kind: 'start' })
    const started = d.now
    expect(d.session.phase).toMatchObject({ clock: { kind: 'running', deadline: started + 60_000 } })
    d.tick(61_000)
    expect(submit(d, a, 'no-request')).toMatchObject({ ok: false, error: { message: /time/ } })
    d.facilitator({ kind: 'extend', seconds: 30 })
    expect(d.session.phase).toMatchObject({ clock: { kind: 'running', deadline: d.now + 30_000 } })
    expect(submit(d, a, 'no-request').ok).toBe(true)
  })

  it('pauses with the time left and resumes from it', () => {
    const d = new Driver({ roundSeconds: 60 })
    d.join('A')
    d.facilitator({ kind: 'start' })
    d.tick(9_000)
    d.facilitator({ kind: 'pause' })
    expect(d.session.phase).toMatchObject({ clock: { kind: 'paused', remaining: 50_000 } })
    d.tick(100_000)
    d.facilitator({ kind: 'resume' })
    expect(d.session.phase).toMatchObject({ clock: { kind: 'running', deadline: d.now + 50_000 } })
  })

  it('closes a phase early: no more submissions until the reveal, unless extended', () => {
    const d = new Driver({ roundSeconds: 60 })
    const a = d.join('A', { role: 'tokayev' })
    d.facilitator({ kind: 'start' })
    d.facilitator({ kind: 'close' })
    expect(submit(d, a, 'no-request')).toMatchObject({ ok: false, error: { message: /closed/ } })
    d.facilitator({ kind: 'extend', seconds: 10 })
    expect(submit(d, a, 'no-request').ok).toBe(true)
  })
})

describe('the facilitator', () => {
  it('alone can start, advance, release, pause, extend, close and finish; a team cannot, and the facilitator cannot submit', () => {
    const { d, tokayev } = oneTable()
    for (const command of [
      { kind: 'advance' },
      { kind: 'close' },
      { kind: 'pause' },
      { kind: 'extend', seconds: 10 },
      { kind: 'release', inject: bundled().injects[0]!.id },
      { kind: 'finish' },
    ] as const)
      expect(d.run(team(tokayev), command)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(
      d.run({ kind: 'facilitator' }, { kind: 'submit', round: 1, decision: decision('no-request') }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('releases an inject whose changes hold for the rest of the game, and teams see it only once released', () => {
    const { d, tokayev } = oneTable()
    const [first, second] = bundled().injects
    const change = first!.changes[0]!
    expect(JSON.stringify(view(d, tokayev))).not.toContain(first!.text)
    d.facilitator({ kind: 'release', inject: first!.id })
    const [group, key] = change.fact.split('.') as ['threat', 'outsideEvidence']
    expect(d.session.scenario.facts[group][key]).toBe(change.to)
    expect(view(d, tokayev).injects.map((i) => i.id)).toEqual([first!.id])
    expect(view(d, tokayev).facts[group][key]).toBe(change.to)
    expect(JSON.stringify(view(d, tokayev))).not.toContain(second!.text)
    expect(d.run({ kind: 'facilitator' }, { kind: 'release', inject: first!.id })).toMatchObject({
      ok: false,
    })
  })

  it('finishes the session with the engine completing every table, so each has an outcome to compare', () => {
    const d = new Driver({ format: { kind: 'parallel-whole' } })
    d.join('A')
    const b = d.join('B')
    d.facilitator({ kind: 'start' })
    submit(d, b, 'request:foreign-backed:peacekeepers:14')
    d.facilitator({ kind: 'finish' })
    expect(d.session.phase).toEqual({ kind: 'finished', why: 'ended' })
    const debrief = view(d, b).debrief
    expect(debrief?.tables).toHaveLength(2)
    expect(debrief?.tables.every((t) => t.status === 'finished' && t.outcome !== null)).toBe(true)
    expect(debrief?.tables[1]?.moves[0]).toMatchObject({
      decision: 'request:foreign-backed:peacekeepers:14',
      by: 'team',
    })
    expect(debrief?.history).toEqual(bundled().history)
  })
})

describe('replay', () => {
  it('folds the same events into the same session, engine draws included', () => {
    const d = new Driver({ format: { kind: 'parallel-roles', tables: 2 }, temperature: 0.5 })
    const teams = ['A', 'B', 'C', 'D', 'E'].map((n) => d.join(n))
    d.facilitator({ kind: 'start' })
    d.facilitator({ kind: 'release', inject: bundled().injects[1]!.id })
    for (let i = 0; i < 6 && d.session.phase.kind === 'deciding'; i++) d.facilitator({ kind: 'advance' })
    const replayed = d.events.reduce(reduce, createSession(d.created, bundled()))
    expect(replayed.phase).toEqual(d.session.phase)
    expect(JSON.stringify(replayed.tables)).toBe(JSON.stringify(d.session.tables))
    for (const t of teams)
      expect(teamView(replayed, t, outcomeOf, 0)).toEqual(teamView(d.session, t, outcomeOf, 0))
  })
})

describe('parallel tables', () => {
  it('roll the same dice, so tables whose teams decide alike play the same game', () => {
    const d = new Driver({ format: { kind: 'parallel-whole' }, temperature: 1 })
    const a = d.join('A')
    const b = d.join('B')
    d.facilitator({ kind: 'start' })
    submit(d, a, 'request:foreign-backed:rapid-reaction:90')
    submit(d, b, 'request:foreign-backed:rapid-reaction:90')
    d.facilitator({ kind: 'finish' })
    const [one, two] = d.session.tables
    const moves = (t: typeof one) => t?.moves.map((m) => [m.actor, m.decision, m.by])
    expect(moves(one)).toEqual(moves(two))
  })
})

describe('results', () => {
  it('put each table beside history, one row each, with spreadsheet formulas defused', () => {
    const d = new Driver({ format: { kind: 'parallel-whole' } })
    d.join('=HYPERLINK("x")')
    d.join('Beta, and co')
    d.facilitator({ kind: 'start' })
    d.facilitator({ kind: 'finish' })
    const results = resultsOf(d.session, d.now, outcomeOf)
    expect(results.tables).toHaveLength(2)
    expect(results.tables[0]?.outcome?.indicators.regimeStability.median).toBeTypeOf('number')
    const lines = resultsCsv(results).split('\r\n')
    expect(lines[0]).toMatch(/^table,teams,request,request_by,response/)
    expect(lines).toHaveLength(4)
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`)
    expect(lines[2]).toContain('"Beta, and co"')
    expect(lines[3]).toMatch(/^history,,request:foreign-backed,,peacekeepers/)
  })
})
