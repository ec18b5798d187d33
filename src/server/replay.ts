// A session rebuilt from its logged events, or what stops it in one line: which event, and why. Each row is
// parsed at this boundary, so a damaged one is named here rather than failing deep in a reducer.
import { createSession, reduce, type Session, SessionEvent } from '../live'
import type { Scenario } from '../scenario'
import type { Failure } from './failure'

export type Replayed =
  | { readonly ok: true; readonly session: Session; readonly textBytes: number }
  | { readonly ok: false; readonly message: string }

export function replay(
  raw: readonly unknown[],
  load: (text: string, file: string) => { ok: true; scenario: Scenario } | Failure,
): Replayed {
  const at = (i: number) => {
    const kind = (raw[i] as { kind?: unknown } | null)?.kind
    return `event ${i + 1}${typeof kind === 'string' ? ` (${kind.slice(0, 40)})` : ''}`
  }
  let session: Session | undefined
  let textBytes = 0
  for (const [i, body] of raw.entries()) {
    const parsed = SessionEvent.safeParse(body)
    if (!parsed.success)
      return {
        ok: false,
        message: `${at(i)} does not read: ${parsed.error.issues
          .map((issue) => `${issue.path.join('.') || 'the event'}: ${issue.message}`)
          .join('; ')}`,
      }
    const e = parsed.data
    if ((i === 0) !== (e.kind === 'created'))
      return { ok: false, message: `${at(i)}: a session's log starts with its one "created" event` }
    try {
      if (e.kind === 'created') {
        const scenario = load(e.scenario.text, e.scenario.file)
        if (!scenario.ok) {
          const [first, ...more] = scenario.error.problems ?? []
          const where = first
            ? `: line ${first.line}${first.path ? ` (${first.path})` : ''}, ${first.message}`
            : ''
          return {
            ok: false,
            message: `its scenario no longer loads${where}${more.length > 0 ? `, and ${more.length} more problem(s)` : ''}`,
          }
        }
        session = createSession(e, scenario.scenario)
        textBytes = Buffer.byteLength(e.scenario.text)
      } else session = reduce(session!, e)
    } catch (error) {
      return { ok: false, message: `${at(i)} does not apply: ${(error as Error).message}` }
    }
  }
  return session ? { ok: true, session, textBytes } : { ok: false, message: 'its log has no events' }
}
