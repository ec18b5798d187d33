// The live session's rules before the first round: seating teams in roles, and the lobby.
import { describe, expect, it } from 'vitest'
import { createSession, decideJoin, reduce } from '../src/live'
import { bundled, Driver, decision, team } from './server-fakes'

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
    expect(reason('Steppe and the Caspian, the Aral and the Altai')).toBe('name-too-long')
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
