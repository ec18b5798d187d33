// What an actor profile says of itself beyond its schema: its texts cite its own sources, no source id is given
// twice, and its id is what another profile's is not. A profile the schema rejected is read as written, as far as
// can be decided (cited-sources.ts): one check tells every problem of it, and none the schema told a second time.
import { sourceIdsAsWritten, sourcesTwice, unresolvedCitations } from './cited-sources'
import { actorProse } from './prose'
import type { Locate } from './read-yaml'
import { type ActorId, actorId } from './schema-parts'
import type { Problem } from './types'

/** The problems of a profile's citations and source list; `data` as parsed, or as written when it did not parse. */
export function actorReferenceProblems(data: unknown, file: string, locate: Locate): Problem[] {
  const sourceIds = sourceIdsAsWritten(data)
  if (!sourceIds) return []
  return [
    ...sourcesTwice(sourceIds, file, locate),
    ...unresolvedCitations(actorProse(data), sourceIds, file, locate),
  ]
}

/** The id a profile gives itself, when it is one; a badly written id is the schema's to tell. */
export function actorIdAsWritten(data: unknown): ActorId | undefined {
  const written =
    data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>).id
      : undefined
  const parsed = actorId.safeParse(written)
  return parsed.success ? parsed.data : undefined
}
