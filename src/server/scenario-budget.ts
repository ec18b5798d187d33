// How many sessions, and how much of their scenarios' text, a server holds at most: a session's text is
// counted from its creation (or its rebuilding from the log) until it is forgotten.
import { type Failure, fail } from './failure'
import type { ServerLimits } from './limits'

export class ScenarioBudget<K> {
  /** The bytes of each session's scenario text, kept in its first event, and their sum. */
  private readonly textBytes = new Map<K, number>()
  private heldBytes = 0

  constructor(private readonly limits: Pick<ServerLimits, 'sessions' | 'scenarioBytes'>) {}

  /** Why a server holding `sessions` sessions cannot take one with this much scenario text now, or undefined. */
  refusal(sessions: number, bytes: number): Failure | undefined {
    const { sessions: most, scenarioBytes } = this.limits
    if (sessions >= most)
      return fail(
        'full',
        `this server holds as many sessions as it is allowed (${most}): try again once older ones are pruned, or ask whoever runs it to raise MAX_SESSIONS`,
      )
    if (this.heldBytes + bytes > scenarioBytes)
      return fail(
        'full',
        `this server holds as much scenario text as it is allowed (${scenarioBytes / 1_000_000} MB): try again once older sessions are pruned, or ask whoever runs it to raise MAX_SCENARIO_MB`,
      )
    return undefined
  }

  /** Counts a session's scenario text toward the limit (0: no longer). */
  hold(id: K, bytes: number): void {
    this.heldBytes += bytes - (this.textBytes.get(id) ?? 0)
    if (bytes > 0) this.textBytes.set(id, bytes)
    else this.textBytes.delete(id)
  }
}
