import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Decision } from '../src/engine'
import { formatDecision, parseDecision } from '../src/engine'
import {
  EXIT_OPTIONS,
  REACTION_OPTIONS,
  REQUEST_OPTIONS,
  responseOptions,
  VOTE_OPTIONS,
} from '../src/engine/decisions/options'
import { SubmitDecision } from '../src/live/protocol'

const every: Decision[] = [
  ...REQUEST_OPTIONS,
  ...responseOptions(
    { kind: 'request', framing: 'foreign-backed', help: 'rapid-reaction', days: 90 },
    { verdict: 'eligible', member: true, againstMember: false },
  ),
  ...VOTE_OPTIONS,
  ...REACTION_OPTIONS,
  ...EXIT_OPTIONS,
]

describe('the decision notation', () => {
  it.each(every.map((d) => [formatDecision(d), d]))('reads back %s as written', (text, decision) => {
    expect(parseDecision(text as string)).toEqual({ ok: true, decision })
  })

  it('explains what a request should look like', () => {
    const r = parseDecision('request:maybe:peacekeepers:14')
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toMatch(/request:FRAMING:HELP:DAYS/)
  })

  it('refuses an unknown word with the list of words it knows', () => {
    const r = parseDecision('invade')
    expect(!r.ok && r.message).toMatch(/not a decision.*no-request/)
  })

  it('reads only the notation itself, with nothing around or inside it', () => {
    for (const text of [
      'refuse ',
      ' refuse',
      'refuse\n',
      'request:foreign-backed:peacekeepers:14 ',
      'grant: peacekeepers:guard-sites:14',
    ])
      expect(parseDecision(text).ok, JSON.stringify(text)).toBe(false)
  })

  it('is refused with a space around it in a submission, as the protocol writes it', () => {
    expect(SubmitDecision.safeParse({ round: 1, decision: 'consent ' }).success).toBe(false)
    expect(SubmitDecision.safeParse({ round: 1, decision: 'consent' }).success).toBe(true)
  })

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof parseDecision(s).ok === 'boolean'))
  })
})
