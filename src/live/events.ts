// What happened in a session, as the event log keeps it: each state is the fold of these over `createSession`.
// The log is read back through this schema, so a damaged row is refused at the boundary, not deep in a reducer.
import { z } from 'zod'
import { type Decision, formatDecision, parseDecision } from '../engine'
import type { RoleId } from '../scenario'
import { Format } from './protocol'
import type { SessionId, Settings, TeamId } from './types'

const at = z.int().min(0)
const decision = z.string().transform((text, ctx): Decision => {
  const parsed = parseDecision(text)
  if (parsed.ok) return parsed.decision
  ctx.addIssue({ code: 'custom', message: parsed.message })
  return z.NEVER
})
const teamId = z.string().transform((s) => s as TeamId)
const roleId = z.string().transform((s) => s as RoleId)

const SettingsSchema = z.strictObject({
  format: Format,
  seed: z.int().min(0),
  temperature: z.number().min(0),
  autoAdvance: z.boolean(),
  roundSeconds: z.int().min(0),
}) satisfies z.ZodType<Settings>

export const SessionEvent = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('created'),
    at,
    id: z.string().transform((s) => s as SessionId),
    code: z.string(),
    /** The scenario file's text, kept so a replay never depends on what is on disk later. */
    scenario: z.strictObject({ file: z.string(), text: z.string() }),
    settings: SettingsSchema,
    facilitatorHash: z.string(),
  }),
  z.strictObject({
    kind: z.literal('joined'),
    at,
    team: z.strictObject({
      id: teamId,
      name: z.string(),
      table: z.int().min(1),
      roles: z.array(roleId),
      tokenHash: z.string(),
      browser: z.string().optional(),
    }),
  }),
  /** The facilitator took a team out of the lobby: its token no longer admits it. */
  z.strictObject({ kind: z.literal('removed'), at, team: teamId }),
  /**
   * The facilitator let a team back in: a one-time rejoin code, of which only the hash is kept (hashRejoinCode of
   * the normalised code), admits it until `expiresAt`. A later one replaces it.
   */
  z.strictObject({
    kind: z.literal('readmit-opened'),
    at,
    team: teamId,
    codeHash: z.string(),
    expiresAt: z.int().min(0),
  }),
  /** The team redeemed its rejoin code on another device: its token and browser are the new ones from now on. */
  z.strictObject({
    kind: z.literal('rejoined'),
    at,
    team: teamId,
    tokenHash: z.string(),
    browser: z.string().optional(),
  }),
  z.strictObject({ kind: z.literal('started'), at }),
  z.strictObject({ kind: z.literal('submitted'), at, round: z.int(), team: teamId, decision }),
  z.strictObject({
    kind: z.literal('revealed'),
    at,
    round: z.int(),
    why: z.enum(['facilitator', 'all-submitted']),
  }),
  z.strictObject({ kind: z.literal('closed'), at }),
  z.strictObject({ kind: z.literal('paused'), at }),
  z.strictObject({ kind: z.literal('resumed'), at }),
  z.strictObject({ kind: z.literal('extended'), at, seconds: z.int().min(1) }),
  z.strictObject({ kind: z.literal('released'), at, inject: z.string() }),
  z.strictObject({ kind: z.literal('ended'), at }),
])

export type SessionEvent = z.output<typeof SessionEvent>
export type CreatedEvent = Extract<SessionEvent, { kind: 'created' }>
/** Every event but the first: what `reduce` folds. */
export type SessionChange = Exclude<SessionEvent, CreatedEvent>

/** The log's text for an event: decisions in notation, as the schema reads them back. */
export function encodeEvent(event: SessionEvent): string {
  return JSON.stringify(
    event.kind === 'submitted' ? { ...event, decision: formatDecision(event.decision) } : event,
  )
}
