// A new session's first event, as the log keeps it: its scenario's text, its settings (a seed drawn when the
// facilitator named none), a join code no session here has, and only the hash of the facilitator's token.
import type { CreatedEvent, SessionId } from '../live'
import type { ClientMessage } from '../live/protocol'
import { newCode, newSeed } from './tokens'

export interface Creation {
  readonly id: SessionId
  readonly at: number
  readonly file: { readonly name: string; readonly text: string }
  /** The hash of the facilitator's token: the event keeps only it. */
  readonly tokenHash: string
  /** Whether a session here already has this join code. */
  readonly taken: (code: string) => boolean
}

export function createdEvent(input: ClientMessage<'session:create'>, c: Creation): CreatedEvent {
  return {
    kind: 'created',
    at: c.at,
    id: c.id,
    code: newCode(c.taken),
    scenario: { file: c.file.name, text: c.file.text },
    settings: {
      format: input.format,
      seed: input.seed ?? newSeed(),
      temperature: input.temperature,
      autoAdvance: input.autoAdvance,
      roundSeconds: input.roundSeconds,
    },
    facilitatorHash: c.tokenHash,
  }
}
