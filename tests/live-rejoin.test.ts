// The rules of letting a team back in after it lost its device: the facilitator opens a one-time rejoin code,
// the team redeems it once, before it expires, and takes its seat with a new token; only the code's hash is
// ever in the session, its events or a view.
import { describe, expect, it } from 'vitest'
import {
  createSession,
  decideReadmit,
  decideRejoin,
  encodeEvent,
  facilitatorView,
  knownOutcome,
  reduce,
  type SessionChange,
  SessionEvent,
} from '../src/live'
import { joinCodeFrom, normaliseRejoinCode } from '../src/live/join-code'
import { REJOIN_CODE_LENGTH, REJOIN_MINUTES } from '../src/live/protocol'
import { bundled, Driver, decision, team } from './server-fakes'

const MINUTES = REJOIN_MINUTES * 60_000

/** Opens a rejoin code whose hash is `codeHash` for `id`, as the server does. */
function readmit(d: Driver, id: string, codeHash: string) {
  const decided = decideReadmit(d.session, { kind: 'facilitator' }, id, codeHash, d.tick())
  if (decided.ok) d.apply(decided.events)
  return decided
}

function rejoin(d: Driver, codeHash: string, tokenHash: string, browser?: string) {
  const decided = decideRejoin(d.session, { codeHash, browser }, tokenHash, d.tick())
  if (decided.ok) d.apply(decided.events)
  return decided
}

describe('readmitting a team', () => {
  it('opens a code for REJOIN_MINUTES, in the lobby and in any round', () => {
    const d = new Driver()
    const steppe = d.join('Steppe', { role: 'tokayev' })
    expect(readmit(d, steppe, 'code-1')).toEqual({
      ok: true,
      events: [
        { kind: 'readmit-opened', at: d.now, team: steppe, codeHash: 'code-1', expiresAt: d.now + MINUTES },
      ],
    })
    d.facilitator({ kind: 'start' })
    expect(readmit(d, steppe, 'code-2')).toMatchObject({ ok: true })
    expect(d.session.teams[0]?.rejoin).toEqual({ codeHash: 'code-2', expiresAt: d.now + MINUTES })
  })

  it('is the facilitator’s alone, for a team of the session, until the session is over', () => {
    const d = new Driver()
    const steppe = d.join('Steppe')
    expect(decideReadmit(d.session, team(steppe), steppe, 'x', d.tick())).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    expect(readmit(d, 't9', 'x')).toMatchObject({ ok: false, error: { code: 'not-found' } })
    d.facilitator({ kind: 'start' })
    d.facilitator({ kind: 'finish' })
    expect(readmit(d, steppe, 'x')).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'the session is over' },
    })
  })
})

describe('rejoining with the code', () => {
  it('gives the team a new token and browser, keeps its seat and decisions, and uses the code up', () => {
    const d = new Driver()
    const steppe = d.join('Steppe', { role: 'tokayev', browser: 'old-browser' })
    d.facilitator({ kind: 'start' })
    const submit = {
      kind: 'submit' as const,
      round: 1,
      decision: decision('request:foreign-backed:peacekeepers:14'),
    }
    expect(d.run(team(steppe), submit)).toMatchObject({ ok: true })
    readmit(d, steppe, 'code-1')
    const before = d.session.teams[0]!
    expect(rejoin(d, 'code-1', 'new-token', 'new-browser')).toEqual({
      ok: true,
      events: [{ kind: 'rejoined', at: d.now, team: steppe, tokenHash: 'new-token', browser: 'new-browser' }],
    })
    const after = d.session.teams[0]!
    expect(after).toEqual({ ...before, rejoin: undefined, tokenHash: 'new-token', browser: 'new-browser' })
    expect(after.rejoin).toBeUndefined()
    expect(d.session.tables[0]?.state).toMatchObject({ submission: { team: steppe } })
    expect(rejoin(d, 'code-1', 'third-token')).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'that rejoin code is not right, or it has been used: check it with the facilitator',
      },
    })
  })

  it('refuses a code that has expired, saying so, and one the facilitator replaced, as a wrong one', () => {
    const d = new Driver()
    const steppe = d.join('Steppe')
    readmit(d, steppe, 'first')
    readmit(d, steppe, 'second')
    expect(rejoin(d, 'first', 'token')).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(rejoin(d, 'first', 'token')).not.toHaveProperty('error.reason')
    d.tick(MINUTES)
    expect(rejoin(d, 'second', 'token')).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'that rejoin code has expired: ask the facilitator for a new one',
        reason: 'rejoin-expired',
      },
    })
    readmit(d, steppe, 'third')
    expect(rejoin(d, 'third', 'token')).toMatchObject({ ok: true })
  })

  it('admits nobody once the session is over, with a code drawn before or a wrong one alike', () => {
    const d = new Driver()
    const steppe = d.join('Steppe')
    readmit(d, steppe, 'pending')
    d.facilitator({ kind: 'start' })
    d.facilitator({ kind: 'finish' })
    expect(d.session.phase.kind).toBe('finished')
    const over = {
      ok: false,
      error: { code: 'conflict', message: 'the session is over: there is no seat to take back' },
    }
    expect(rejoin(d, 'pending', 'token')).toEqual(over)
    expect(rejoin(d, 'wrong', 'token')).toEqual(over)
  })

  it('refuses a browser that already holds another team of the session, and admits the team’s own', () => {
    const d = new Driver()
    const steppe = d.join('Steppe', { browser: 'steppe-laptop' })
    d.join('Kremlin', { browser: 'kremlin-laptop' })
    readmit(d, steppe, 'code')
    expect(rejoin(d, 'code', 'token', 'kremlin-laptop')).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'browser-joined' },
    })
    expect(rejoin(d, 'code', 'token', 'steppe-laptop')).toMatchObject({ ok: true })
  })
})

describe('what is kept and shown', () => {
  it('shows the facilitator until when a code admits, never the code or its hash', () => {
    const d = new Driver()
    const steppe = d.join('Steppe')
    d.join('Kremlin')
    readmit(d, steppe, 'the-hash')
    const expiresAt = d.now + MINUTES
    const view = facilitatorView(d.session, '', knownOutcome, d.now)
    expect(view.teams.map((t) => t.rejoinUntil)).toEqual([expiresAt, undefined])
    expect(JSON.stringify(view)).not.toContain('the-hash')
    expect(facilitatorView(d.session, '', knownOutcome, expiresAt).teams[0]).not.toHaveProperty('rejoinUntil')
    rejoin(d, 'the-hash', 'token')
    expect(facilitatorView(d.session, '', knownOutcome, d.now).teams[0]).not.toHaveProperty('rejoinUntil')
  })

  it('reads its events back from the log, and replays them to the same session', () => {
    const d = new Driver()
    const steppe = d.join('Steppe', { browser: 'b' })
    readmit(d, steppe, 'first')
    rejoin(d, 'first', 'new-token')
    readmit(d, steppe, 'second')
    const read = d.events.map((e) => SessionEvent.parse(JSON.parse(encodeEvent(e))) as SessionChange)
    expect(read).toEqual(d.events)
    expect(read.reduce(reduce, createSession(d.created, bundled()))).toEqual(d.session)
    expect(d.session.teams[0]).toMatchObject({ tokenHash: 'new-token', rejoin: { codeHash: 'second' } })
    expect(d.session.teams[0]?.browser).toBeUndefined()
  })
})

describe('the code as typed', () => {
  it('is read in capitals, without spaces or hyphens, Cyrillic look-alikes as Latin', () => {
    expect(normaliseRejoinCode(' abcd-efgh ')).toBe('ABCDEFGH')
    expect(normaliseRejoinCode('ABCD EFGH')).toBe('ABCDEFGH')
    expect(normaliseRejoinCode('АВСК 2345')).toBe('ABCK2345')
    // Pasted from a message: a non-breaking hyphen, an en dash, a zero-width space, a soft hyphen.
    expect(normaliseRejoinCode('ABCD\u2011EFGH')).toBe('ABCDEFGH')
    expect(normaliseRejoinCode('ABCD \u2013 EF\u200bG\u00adH')).toBe('ABCDEFGH')
    expect(normaliseRejoinCode('авск\u00a02345')).toBe('ABCK2345')
    expect(REJOIN_CODE_LENGTH).toBe(8)
    // The join code's reading is as before.
    expect(joinCodeFrom('h w p e 9 n')).toBe('HWPE9N')
  })
})
