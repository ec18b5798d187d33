// The typed objects the rest of the code receives once a scenario has been parsed and its actors resolved.
import type { ActorFileData, ActorId, ScenarioFileData } from './schema'
import type { Indicator } from './vocabulary'
import type { Said } from './wording/en'

export type { ActorId, RoleId } from './schema'
export type { FactPath, Indicator } from './vocabulary'
export type Interests = Readonly<Record<Indicator, number>>
export type Facts = ScenarioFileData['facts']
export type Role = ScenarioFileData['roles'][number]
export type Inject = ScenarioFileData['injects'][number]
export type Source = ScenarioFileData['sources'][number]
export type HistoricalRecord = NonNullable<ScenarioFileData['history']>
export type Objective = ScenarioFileData['objectives'][number]
/** A dated fact of an actor's profile; a resolved actor carries only those dated before the scenario's start. */
export type ActorRecordEntry = ActorFileData['record'][number]

/** An actor as a scenario sees it: the standing profile with the scenario's overrides applied. */
export interface Actor extends Omit<ActorFileData, '$schema' | 'interests' | 'traits'> {
  readonly interests: Interests
  readonly traits: Readonly<ActorFileData['traits']>
  /** Present only when the scenario changed the standing profile for a hypothetical. */
  readonly override?: {
    readonly why: string
    readonly fields: readonly string[]
    /** The standing profile the override replaced, for the play-test's comparison. */
    readonly standing: { readonly interests: Interests; readonly traits: Readonly<ActorFileData['traits']> }
  }
}

export interface Scenario extends Omit<ScenarioFileData, '$schema' | 'overrides'> {
  /** Every actor the scenario names (requester, members, observers, adversary), resolved. */
  readonly actors: Readonly<Record<ActorId, Actor>>
}

/** The whole catalog of standing actor profiles, by id. */
export type ActorCatalog = ReadonlyMap<ActorId, ActorFileData>

/**
 * A mistake in a user's file: where it is, and what was expected as a code with its values (worded in the
 * reader's language by wording/), beside its English `message`. Never thrown.
 */
export type Problem = {
  readonly file: string
  readonly line: number
  readonly column: number
  readonly path: string
} & Said

/** A file's warnings come with it either way: a file with problems still has them, to mend with the rest. */
export type LoadResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly warnings: readonly Problem[] }
