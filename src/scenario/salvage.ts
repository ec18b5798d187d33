// A scenario the schema rejected, field by field: each top-level field read alone against its own part of the
// schema, so that the checks across fields (references.ts) can still run on those that parsed and tell an
// instructor every problem in one go. A field with any schema problem is rejected whole: what it says is not
// trusted, and nothing is reported about it a second time.
import { sourceIdsAsWritten } from './cited-sources'
import { renameFormerForces } from './former-names'
import { scenarioProse } from './prose'
import type { Salvaged } from './references'
import { ScenarioFile, type ScenarioFileData } from './schema'

type Field = keyof ScenarioFileData

/** The fields of a file's data that parse on their own, and those that do not; nothing when it is no mapping. */
export function salvageScenario(raw: unknown): Salvaged | undefined {
  const { data } = renameFormerForces(raw)
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined
  const fields = data as Record<string, unknown>
  const good: Record<string, unknown> = {}
  const rejected = new Set<Field>()
  for (const [key, schema] of Object.entries(ScenarioFile.shape)) {
    const parsed = schema.safeParse(fields[key])
    if (parsed.success) good[key] = parsed.data
    else rejected.add(key as Field)
  }
  return {
    good: good as Partial<ScenarioFileData>,
    rejected,
    texts: scenarioProse(data),
    sourceIds: sourceIdsAsWritten(data),
  }
}

/** A scenario the schema accepted, every field of it. */
export const wholeScenario = (data: ScenarioFileData): Salvaged => ({
  good: data,
  rejected: new Set(),
  texts: scenarioProse(data),
  sourceIds: data.sources.map((s) => s.id),
})
