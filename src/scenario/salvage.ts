// A scenario the schema rejected, field by field: each top-level field read alone against its own part of the
// schema, so that the checks across fields (references.ts) and the warnings (scenario-warnings.ts) can still run
// on those that parsed and tell an instructor everything in one go. A field with any schema problem is rejected
// whole: what it says is not trusted, and nothing is reported about it a second time.
import { sourceIdsAsWritten } from './cited-sources'
import { renameFormerForces } from './former-names'
import { type Prose, scenarioProse } from './prose'
import { ScenarioFile, type ScenarioFileData } from './schema'

type Data = ScenarioFileData
export type Field = keyof Data

/**
 * A scenario's fields as far as they parsed: each field not rejected holds its parsed value. Its texts and its
 * sources' ids are read as written (cited-sources.ts), so a citation is checked whatever field the schema rejected.
 */
export interface Salvaged {
  readonly good: Partial<Data>
  readonly rejected: ReadonlySet<Field>
  readonly texts: readonly Prose[]
  /** Undefined when the source list or one of its ids cannot be read. */
  readonly sourceIds: readonly string[] | undefined
}

/**
 * The gate of every check and warning across fields: `run` is given the fields it reads when every one of them
 * parsed, whole; otherwise it does not run, and gives undefined.
 */
export const whenParsed =
  ({ good, rejected }: Pick<Salvaged, 'good' | 'rejected'>) =>
  <K extends Field, T>(fields: readonly K[], run: (d: Pick<Data, K>) => T): T | undefined =>
    fields.every((f) => !rejected.has(f)) ? run(good as Pick<Data, K>) : undefined

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
