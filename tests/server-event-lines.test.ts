// The operator's log: one line of JSON per session event, naming the session by its join code, and never
// carrying what would let a reader act as a seat (a token's hash, a browser's id) or learn a secret (a
// decision before its reveal, a team's typed name).
import { expect, it } from 'vitest'
import { formatDecision, parseDecision } from '../src/engine'
import { eventLine } from '../src/server/event-lines'
import { Driver, team } from './server-fakes'

it('writes each event of a played session as one JSON line with its code, and no secret', () => {
  const d = new Driver({ format: { kind: 'parallel-whole' }, roundSeconds: 60 })
  const leaving = d.join('Leaving Team', { browser: 'browser-of-leaving' })
  const north = d.join('Northern Friends', { browser: 'browser-of-north' })
  d.facilitator({ kind: 'remove', team: leaving })
  d.facilitator({ kind: 'start' })
  d.facilitator({ kind: 'release', inject: 'morgue-claims' })
  d.facilitator({ kind: 'extend', seconds: 30 })
  d.facilitator({ kind: 'pause' })
  d.facilitator({ kind: 'resume' })
  const decision = 'request:foreign-backed:peacekeepers:14'
  const submitted = d.run(team(north), { kind: 'submit', round: 1, decision: parsed(decision) })
  expect(submitted.ok).toBe(true)
  d.facilitator({ kind: 'advance' })
  d.facilitator({ kind: 'finish' })

  const events = [d.created, ...d.events]
  const lines = events.map((e) => eventLine(d.created.code, e))
  expect(lines.every((l) => !l.includes('\n'))).toBe(true)
  const read = lines.map((l) => JSON.parse(l))
  expect(read.map((p) => p.event)).toEqual(events.map((e) => e.kind))
  expect(read.every((p) => p.session === d.created.code)).toBe(true)
  expect(read.find((p) => p.event === 'submitted')).toEqual({
    time: expect.any(String),
    session: d.created.code,
    event: 'submitted',
    round: 1,
    team: north,
  })
  expect(read.find((p) => p.event === 'released')).toMatchObject({ inject: 'morgue-claims' })

  const secrets = [
    d.created.facilitatorHash,
    ...d.session.teams.map((t) => t.tokenHash),
    'hash-of-Leaving Team',
    'browser-of',
    'Northern Friends',
    'Leaving Team',
    ...d.events.flatMap((e) => (e.kind === 'submitted' ? [formatDecision(e.decision)] : [])),
  ]
  for (const line of lines) for (const secret of secrets) expect(line).not.toContain(secret)
})

function parsed(text: string) {
  const decision = parseDecision(text)
  if (!decision.ok) throw new Error(decision.message)
  return decision.decision
}
