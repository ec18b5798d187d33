// Pass-the-device: the live session's own rules (src/live/), run in this browser for one shared screen
// when no server is at hand. Each command goes through the same decide and reduce as on the server,
// and each team's screen is built by the same view selection, so what a team sees here is exactly
// what it would see on its own device.
import { createStore, type StoreApi } from 'zustand/vanilla'
import { parseDecision } from '../../engine'
import {
  type Command,
  type CreatedEvent,
  createSession,
  type Decided,
  decide,
  decideJoin,
  encodeEvent,
  type Format,
  facilitatorBrief,
  facilitatorView,
  outcomeOf,
  type ResultsFile,
  type ResultsWords,
  reduce,
  resultsFileOf,
  resultsOf,
  type Session,
  type SessionChange,
  SessionEvent,
  type SessionId,
  type TeamId,
  teamBrief,
  teamView,
} from '../../live'
import type { FacilitatorBrief, FacilitatorView, TeamBrief, TeamView } from '../../live/protocol'
import type { Scenario } from '../../scenario/types'
import type { SaveStorage } from '../saved-game'
import { type Drafts, type DraftValue, parseDrafts, withField, withoutTeam } from './pass-device-drafts'
import { type LiveRequest, type Refusal, refusal } from './refusal'

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
  /** The last refusal, by its code. */
  readonly error: Refusal | null
  /** Each team's chosen but unsent choices (pass-device-drafts.ts). */
  readonly drafts: Drafts
}

export interface PassDevice {
  readonly store: StoreApi<PassDeviceState>
  readonly facilitator: (state: PassDeviceState) => { brief: FacilitatorBrief; view: FacilitatorView }
  readonly team: (state: PassDeviceState, team: TeamId) => { brief: TeamBrief; view: TeamView }
  readonly command: (command: Exclude<Command, { kind: 'submit' }>) => boolean
  readonly submit: (team: TeamId, round: number, decision: string) => boolean
  /** Keeps one of a team's unsent choices for the decision `key` (`draftKey`), so leaving its screen keeps it. */
  readonly draft: (team: TeamId, key: string, field: string, value: DraftValue) => void
  /** The results file, its values in the words given (the scenario is already in the language it was played in). */
  readonly results: (format: 'json' | 'csv', words?: ResultsWords) => ResultsFile
}

/** Not a network address: the debrief's join link has nowhere to point on a shared screen. */
const HERE = ''

export const PASS_DEVICE_KEY = 'article-four:pass-device'
/** Bump when the stored shape changes. */
const PASS_DEVICE_VERSION = 1

export interface PassDeviceDeps {
  readonly now: () => number
  /** Where the exercise is kept after every change, so a reload resumes it; none: it lasts the page. */
  readonly storage?: SaveStorage | undefined
}

/**
 * Seats the teams at once (the lobby is the setup form), so a refused seat — two teams asking for one
 * role — is a setup mistake reported before anything starts.
 */
export function startPassDevice(
  setup: PassDeviceSetup,
  deps: PassDeviceDeps,
): { ok: true; device: PassDevice } | { ok: false; error: Refusal } {
  const created: CreatedEvent = {
    kind: 'created',
    at: deps.now(),
    id: 'pass-the-device' as SessionId,
    code: 'DEVICE',
    // The scenario is this browser's, found again by its id: the text is not needed to replay.
    scenario: { file: setup.scenario.id, text: '' },
    settings: {
      format: setup.format,
      seed: setup.seed,
      temperature: setup.temperature,
      autoAdvance: false,
      roundSeconds: setup.roundSeconds,
    },
    facilitatorHash: '',
  }
  let session = createSession(created, setup.scenario)
  const joins: SessionChange[] = []
  for (const [i, team] of setup.teams.entries()) {
    const joined = decideJoin(session, { name: team.name, role: team.role }, `team-${i}`, deps.now())
    if (!joined.ok) return { ok: false, error: refusal('join', joined.error) }
    session = joined.events.reduce(reduce, session)
    joins.push(...joined.events)
  }
  return { ok: true, device: openDevice(session, [created, ...joins], deps) }
}

export type Resumed =
  | { readonly status: 'none' }
  | { readonly status: 'ok'; readonly device: PassDevice; readonly scenario: string; readonly title: string }
  /** Something was kept but cannot be replayed (damaged, or its scenario is gone from this browser). */
  | { readonly status: 'unreadable' }

/** The exercise this browser was running, replayed from its events through the same reducer. */
export function resumePassDevice(scenarios: readonly Scenario[], deps: PassDeviceDeps): Resumed {
  let text: string | null
  try {
    text = deps.storage?.getItem(PASS_DEVICE_KEY) ?? null
  } catch {
    return { status: 'none' }
  }
  if (text === null) return { status: 'none' }
  try {
    const kept = JSON.parse(text) as { version?: unknown; events?: unknown }
    if (kept.version !== PASS_DEVICE_VERSION || !Array.isArray(kept.events)) return { status: 'unreadable' }
    const events = kept.events.map((e) => SessionEvent.parse(e))
    const [created, ...changes] = events
    if (created?.kind !== 'created') return { status: 'unreadable' }
    const scenario = scenarios.find((s) => s.id === created.scenario.file)
    if (!scenario) return { status: 'unreadable' }
    let session = createSession(created, scenario)
    for (const e of changes) {
      if (e.kind === 'created') return { status: 'unreadable' }
      session = reduce(session, e)
    }
    return {
      status: 'ok',
      device: openDevice(session, events, deps, parseDrafts((kept as { drafts?: unknown }).drafts)),
      scenario: scenario.id,
      title: scenario.title,
    }
  } catch {
    // A broken invariant while replaying is a damaged record here, not a reason to show a blank page.
    return { status: 'unreadable' }
  }
}

export function forgetPassDevice(storage: SaveStorage | undefined): void {
  try {
    storage?.removeItem(PASS_DEVICE_KEY)
  } catch {
    // Nothing kept, nothing to forget.
  }
}

function openDevice(
  session: Session,
  log: readonly SessionEvent[],
  deps: PassDeviceDeps,
  drafts: Drafts = {},
): PassDevice {
  const { now, storage } = deps
  const events = [...log]
  // The drafts ride beside the events (an older record without them reads as none), so a reload keeps them too.
  const keep = () => {
    try {
      storage?.setItem(
        PASS_DEVICE_KEY,
        JSON.stringify({
          version: PASS_DEVICE_VERSION,
          events: events.map((e) => JSON.parse(encodeEvent(e))),
          drafts: store.getState().drafts,
        }),
      )
    } catch {
      // A full or forbidden storage: the exercise goes on, unsaved.
    }
  }
  const store = createStore<PassDeviceState>()(() => ({ session, error: null, drafts }))
  keep()

  /** `sentBy`: the team whose choices these were, so they are no longer its draft. */
  const apply = (request: LiveRequest, decided: Decided, sentBy?: TeamId): boolean => {
    if (!decided.ok) {
      store.setState({ error: refusal(request, decided.error) })
      return false
    }
    events.push(...decided.events)
    const { session: s, drafts: d } = store.getState()
    // A team's sent choices are no longer a draft: its next visit starts from what it sent.
    store.setState({
      session: decided.events.reduce(reduce, s),
      error: null,
      drafts: sentBy === undefined ? d : withoutTeam(d, sentBy),
    })
    keep()
    return true
  }
  return {
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
    command: (command) =>
      apply('command', decide(store.getState().session, { kind: 'facilitator' }, command, now())),
    submit: (team, round, text) => {
      const parsed = parseDecision(text)
      if (!parsed.ok)
        return apply('submit', { ok: false, error: { code: 'invalid-decision', message: parsed.message } })
      const s = store.getState().session
      return apply(
        'submit',
        decide(s, { kind: 'team', team }, { kind: 'submit', round, decision: parsed.decision }, now()),
        team,
      )
    },
    draft: (team, key, field, value) => {
      store.setState({ drafts: withField(store.getState().drafts, team, key, field, value) })
      keep()
    },
    results: (format, words) =>
      resultsFileOf(resultsOf(store.getState().session, now(), outcomeOf), format, words),
  }
}
