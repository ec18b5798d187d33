// What the store needs from the heavy half of the app (engine, schema, YAML): handed in, so tests bring their own.
import type { Problem, Scenario } from '../scenario/types'
import type * as Session from './session'

export type LibraryEntry =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly file: string; readonly problems: readonly Problem[] }

export interface Kit {
  readonly library: readonly LibraryEntry[]
  readonly session: typeof Session
}
