// The facilitator's set-up, as this browser holds it: the bundled scenarios the server offers, asked for as
// soon as the link is up (however early it came up), and the creation of a session from one of them or from
// a scenario imported in this browser, keeping the new session's facilitator token here. The token is made here
// (seat-token.ts) and sent with the create, so that a create sent again finds the session an attempt whose answer
// was lost made, rather than making a second.
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { ScenarioSummary } from '../../live/protocol'
import type { Problem } from '../../scenario/types'
import { readImported } from '../imported-scenarios'
import { ask, type PayloadOf } from './connection'
import { type Refusal, refusal } from './refusal'
import type { SeatDeps } from './seat-state'
import { newSeatToken } from './seat-token'
import { heldSessions, writeToken } from './tokens'

export type CreateInput = PayloadOf<'session:create'>
/** A session made, or the refusal; either way an imported scenario's warnings, each at its line. */
export type Created = { readonly warnings: readonly Problem[] } & (
  | { readonly ok: true; readonly code: string }
  | { readonly ok: false; readonly error: Refusal; readonly problems: readonly Problem[] }
)

/**
 * Creates a session and keeps its facilitator token here (the reply's: the one sent, or else the server's); the
 * dashboard then resumes with it.
 */
export async function createLiveSession(input: CreateInput, deps: SeatDeps): Promise<Created> {
  const reply = await ask(deps.link.socket(), 'session:create', input)
  if (!reply.ok)
    return {
      ok: false,
      error: refusal('create', reply.error),
      problems: reply.error.problems ?? [],
      warnings: reply.error.warnings ?? [],
    }
  writeToken(deps.storage, 'facilitator', reply.session.code, reply.token)
  return { ok: true, code: reply.session.code, warnings: reply.warnings ?? [] }
}

export interface SetupState {
  /** The bundled scenarios, once the server has listed them. */
  readonly scenarios: readonly ScenarioSummary[] | null
  /** The last refusal, by its code, with an imported scenario's problems and warnings. */
  readonly error: {
    readonly refusal: Refusal
    readonly problems: readonly Problem[]
    readonly warnings: readonly Problem[]
  } | null
  /**
   * A session just made from an imported scenario with warnings: its code and the warnings, for the facilitator to
   * read before opening its dashboard.
   */
  readonly warned: { readonly code: string; readonly warnings: readonly Problem[] } | null
  readonly busy: boolean
  /** The join codes of the sessions this browser already runs, newest first, to go back to their dashboards. */
  readonly held: readonly string[]
}

/** A session's settings, with its scenario named as the form offers it: bundled, or imported here by its id. */
export type SetupInput = Omit<CreateInput, 'scenario'> & {
  readonly scenario: { readonly kind: 'bundled' | 'imported'; readonly id: string }
}

export interface LiveSetup {
  readonly store: StoreApi<SetupState>
  /**
   * The new session's join code, for its dashboard, or null: with the reason in `error`, or, when its scenario has
   * warnings, with the code and the warnings in `warned`.
   */
  readonly create: (input: SetupInput) => Promise<string | null>
  /** Stops listening (the link stays). */
  readonly close: () => void
}

export function liveSetup(deps: SeatDeps): LiveSetup {
  const socket = deps.link.socket()
  const store = createStore<SetupState>()(() => ({
    scenarios: null,
    error: null,
    warned: null,
    busy: false,
    held: heldSessions(deps.storage),
  }))
  const failed = (refused: Refusal, problems: readonly Problem[] = [], warnings: readonly Problem[] = []) => {
    store.setState({ error: { refusal: refused, problems, warnings }, warned: null, busy: false })
    return null
  }

  let asking = false
  const list = async () => {
    if (asking || store.getState().scenarios) return
    asking = true
    const reply = await ask(socket, 'scenarios:list', {})
    asking = false
    if (reply.ok) store.setState({ scenarios: reply.scenarios, error: null })
    else failed(refusal('list', reply.error))
  }
  const stop = deps.link.store.subscribe(({ connection }) => {
    if (connection === 'online') void list()
  })
  // Subscribed first, then checked: a link that came up before this set-up was opened is asked at once.
  if (deps.link.store.getState().connection === 'online') void list()

  // The token every create sends until one is answered with a session: an attempt that got no answer, or was told
  // the server could not reach its log, may have made one all the same, and the next attempt, with the same token,
  // is then answered with it (its code, which the facilitator may have written up already, and its seat). Once one
  // is made, the next create is another session, with a new token. Kept in memory only, as a team's (team-seat.ts).
  let pending: string | undefined
  const create = async ({ scenario: chosen, ...settings }: SetupInput): Promise<string | null> => {
    let scenario: CreateInput['scenario']
    if (chosen.kind === 'imported') {
      const read = readImported(deps.storage)
      const file = read.status === 'ok' ? read.files.find((f) => f.id === chosen.id) : undefined
      if (!file)
        return failed(
          refusal('create', {
            code: 'imported-gone',
            message: 'that imported scenario is no longer in this browser',
          }),
        )
      scenario = { kind: 'yaml', text: file.text, name: `${file.id}.yaml` }
    } else scenario = { kind: 'bundled', id: chosen.id }
    store.setState({ busy: true })
    pending ??= newSeatToken()
    const created = await createLiveSession({ ...settings, scenario, token: pending }, deps)
    if (!created.ok) return failed(created.error, created.problems, created.warnings)
    pending = undefined
    const { code, warnings } = created
    const warned = warnings.length > 0 ? { code, warnings } : null
    store.setState({ busy: false, error: null, warned, held: heldSessions(deps.storage) })
    return warned ? null : code
  }

  return { store, create, close: stop }
}
