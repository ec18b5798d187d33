// Pass-the-device: the live session's own rules (src/live/), run in this browser for one shared screen
// when no server is at hand. Each command goes through the same decide and reduce as on the server,
// and each team's screen is built by the same view selection, so what a team sees here is exactly
// what it would see on its own device.
import { createStore, type StoreApi } from 'zustand/vanilla'
import { parseDecision } from '../../engine'
import {
  type Command,
  createSession,
  type Decided,
  decide,
  decideJoin,
  type Format,
  facilitatorBrief,
  facilitatorView,
  outcomeOf,
  reduce,
  resultsFile,
  type Session,
  type SessionId,
  type TeamId,
  teamBrief,
  teamView,
} from '../../live'
import type { FacilitatorBrief, FacilitatorView, TeamBrief, TeamView } from '../../live/protocol'
import type { Scenario } from '../../scenario/types'

export interface PassDeviceSetup {
  readonly scenario: Scenario
  readonly format: Extract<Format, { kind: 'one-table' | 'parallel-whole' }>
  /** The teams in the order they take the device, each with the role it asked for (one table). */
  readonly teams: readonly { readonly name: string; readonly role?: string | undefined }[]
  readonly roundSeconds: number
  readonly seed: number
  readonly temperature: number
}

export interface PassDeviceState {
  readonly session: Session
  /** The last refusal, in the rules' words. */
  readonly error: string | null
}

export interface PassDevice {
  readonly store: StoreApi<PassDeviceState>
  readonly facilitator: (state: PassDeviceState) => { brief: FacilitatorBrief; view: FacilitatorView }
  readonly team: (state: PassDeviceState, team: TeamId) => { brief: TeamBrief; view: TeamView }
  readonly command: (command: Exclude<Command, { kind: 'submit' }>) => boolean
  readonly submit: (team: TeamId, round: number, decision: string) => boolean
  readonly results: (format: 'json' | 'csv') => { filename: string; contentType: string; body: string }
}

/** Not a network address: the debrief's join link has nowhere to point on a shared screen. */
const HERE = ''

/**
 * Seats the teams at once (the lobby is the setup form), so a refused seat — two teams asking for one
 * role — is a setup mistake reported before anything starts.
 */
export function startPassDevice(
  setup: PassDeviceSetup,
  now: () => number,
): { ok: true; device: PassDevice } | { ok: false; message: string } {
  let session = createSession(
    {
      kind: 'created',
      at: now(),
      id: 'pass-the-device' as SessionId,
      code: 'DEVICE',
      scenario: { file: `${setup.scenario.id}.yaml`, text: '' },
      settings: {
        format: setup.format,
        seed: setup.seed,
        temperature: setup.temperature,
        autoAdvance: false,
        roundSeconds: setup.roundSeconds,
      },
      facilitatorHash: '',
    },
    setup.scenario,
  )
  for (const [i, team] of setup.teams.entries()) {
    const joined = decideJoin(session, { name: team.name, role: team.role }, `team-${i}`, now())
    if (!joined.ok) return { ok: false, message: joined.error.message }
    session = joined.events.reduce(reduce, session)
  }
  const store = createStore<PassDeviceState>()(() => ({ session, error: null }))

  const apply = (decided: Decided): boolean => {
    if (!decided.ok) {
      store.setState({ error: decided.error.message })
      return false
    }
    store.setState({ session: decided.events.reduce(reduce, store.getState().session), error: null })
    return true
  }
  return {
    ok: true,
    device: {
      store,
      // One screen, no network: outcomes are computed when a view first needs them (tens of ms).
      facilitator: ({ session: s }) => ({
        brief: facilitatorBrief(s),
        view: facilitatorView(s, HERE, outcomeOf, now()),
      }),
      team: ({ session: s }, team) => ({
        brief: teamBrief(s, team),
        view: teamView(s, team, outcomeOf, now()),
      }),
      command: (command) => apply(decide(store.getState().session, { kind: 'facilitator' }, command, now())),
      submit: (team, round, text) => {
        const parsed = parseDecision(text)
        if (!parsed.ok)
          return apply({ ok: false, error: { code: 'invalid-decision', message: parsed.message } })
        const s = store.getState().session
        return apply(
          decide(s, { kind: 'team', team }, { kind: 'submit', round, decision: parsed.decision }, now()),
        )
      },
      results: (format) => resultsFile(store.getState().session, format, now(), outcomeOf),
    },
  }
}
