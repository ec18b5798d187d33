// Small factories for the live-session tests: a session over a bundled scenario, and a driver that
// runs commands through the same decide → reduce path as the server, failing loudly on a refusal.

import { type Decision, parseDecision } from '../src/engine'
import {
  type Command,
  type CreatedEvent,
  createSession,
  decide,
  decideJoin,
  type Identity,
  type JoinRequest,
  reduce,
  type Session,
  type SessionChange,
  type SessionId,
  type Settings,
  type TeamId,
} from '../src/live'
import type { Scenario } from '../src/scenario'
import { readScenario, resolveScenarioPath } from '../src/scenario/files'

const scenarios = new Map<string, Scenario>()
export function bundled(id = 'kazakhstan-2022'): Scenario {
  let s = scenarios.get(id)
  if (!s) {
    const loaded = readScenario(resolveScenarioPath(id))
    if (!loaded.ok) throw new Error(`${id} does not load`)
    s = loaded.scenario
    scenarios.set(id, s)
  }
  return s
}

export function fakeCreated(settings: Partial<Settings> = {}, scenario = 'kazakhstan-2022'): CreatedEvent {
  return {
    kind: 'created',
    at: 1_000,
    id: 'session-1' as SessionId,
    code: 'ABC234',
    scenario: { file: `${scenario}.yaml`, text: '' },
    settings: {
      format: { kind: 'one-table' },
      seed: 7,
      temperature: 0.02,
      autoAdvance: false,
      roundSeconds: 0,
      ...settings,
    },
    facilitatorHash: 'facilitator-hash',
  }
}

/** A session and the events that made it, driven like the server drives it. */
export class Driver {
  session: Session
  readonly events: SessionChange[] = []
  now = 2_000
  readonly created: CreatedEvent

  constructor(settings: Partial<Settings> = {}, scenario = 'kazakhstan-2022') {
    this.created = fakeCreated(settings, scenario)
    this.session = createSession(this.created, bundled(scenario))
  }

  join(name: string, request: Omit<JoinRequest, 'name'> = {}): TeamId {
    const decided = decideJoin(this.session, { name, ...request }, `hash-of-${name}`, this.tick())
    if (!decided.ok) throw new Error(decided.error.message)
    this.apply(decided.events)
    return this.session.teams.at(-1)!.id
  }

  /** Runs a command; returns the refusal instead of throwing when `expectRefusal` is set. */
  run(who: Identity, command: Command) {
    const decided = decide(this.session, who, command, this.tick())
    if (decided.ok) this.apply(decided.events)
    return decided
  }

  facilitator(command: Command): void {
    const decided = this.run({ kind: 'facilitator' }, command)
    if (!decided.ok) throw new Error(decided.error.message)
  }

  apply(events: readonly SessionChange[]): void {
    for (const e of events) {
      this.events.push(e)
      this.session = reduce(this.session, e)
    }
  }

  tick(ms = 1_000): number {
    this.now += ms
    return this.now
  }
}

export const team = (id: TeamId): Identity => ({ kind: 'team', team: id })

/** A decision in the engine's notation, as a team would send it; a typo in a test fails loudly. */
export function decision(text: string): Decision {
  const parsed = parseDecision(text)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.decision
}
