// A compact text form of a decision, for the command line and links: "request:foreign-backed:peacekeepers:14".
import { BILATERAL_MISSIONS, type Decision, DURATIONS, FORCES, FRAMINGS, MISSIONS } from './types'

const SIMPLE = [
  'no-request',
  'refuse',
  'consult',
  'consent',
  'abstain',
  'object',
  'endorse',
  'stay-silent',
  'warn',
  'keep',
  'ask-to-leave',
] as const

export function formatDecision(d: Decision): string {
  switch (d.kind) {
    case 'request':
      return `request:${d.framing}:${d.help}:${d.days}`
    case 'grant':
      return `grant:${d.force}:${d.mission}:${d.days}`
    case 'bilateral':
      return `bilateral:${d.mission}:${d.days}`
    default:
      return d.kind
  }
}

const oneOf = <T extends string | number>(list: readonly T[], value: string | undefined): T | undefined =>
  list.find((x) => String(x) === value)

/**
 * Reads a decision written exactly as formatDecision writes it, nothing around it (a team's submission is taken
 * as sent, and so logged); a mistake is a message, not an exception. Where people type one (a link, the command
 * line) the caller trims it first.
 */
export function parseDecision(
  text: string,
): { ok: true; decision: Decision } | { ok: false; message: string } {
  const [kind, ...rest] = text.split(':')
  const simple = oneOf(SIMPLE, kind)
  if (simple && rest.length === 0) return { ok: true, decision: { kind: simple } }
  if (kind === 'request') {
    const [framing, help, days] = [
      oneOf(FRAMINGS, rest[0]),
      oneOf(FORCES, rest[1]),
      oneOf(DURATIONS, rest[2]),
    ]
    if (framing && help && days && rest.length === 3)
      return { ok: true, decision: { kind, framing, help, days } }
    return {
      ok: false,
      message: `write a request as request:FRAMING:HELP:DAYS, with FRAMING one of ${FRAMINGS.join(', ')}; HELP one of ${FORCES.join(', ')}; DAYS one of ${DURATIONS.join(', ')}`,
    }
  }
  if (kind === 'grant') {
    const [force, mission, days] = [
      oneOf(FORCES, rest[0]),
      oneOf(MISSIONS, rest[1]),
      oneOf(DURATIONS, rest[2]),
    ]
    if (force && mission && days && rest.length === 3)
      return { ok: true, decision: { kind, force, mission, days } }
    return {
      ok: false,
      message: `write a grant as grant:FORCE:MISSION:DAYS, with FORCE one of ${FORCES.join(', ')}; MISSION one of ${MISSIONS.join(', ')}; DAYS one of ${DURATIONS.join(', ')}`,
    }
  }
  if (kind === 'bilateral') {
    const [mission, days] = [oneOf(BILATERAL_MISSIONS, rest[0]), oneOf(DURATIONS, rest[1])]
    if (mission && days && rest.length === 2) return { ok: true, decision: { kind, mission, days } }
    return {
      ok: false,
      message: `write Russia's own troops as bilateral:MISSION:DAYS, with MISSION one of ${BILATERAL_MISSIONS.join(', ')}; DAYS one of ${DURATIONS.join(', ')}`,
    }
  }
  return {
    ok: false,
    message: `"${text}" is not a decision: use request:…, grant:…, bilateral:…, or one of ${SIMPLE.join(', ')}`,
  }
}
