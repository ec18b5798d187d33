// A file's citation markers against its own source list, scenario or actor profile alike. A file the schema
// rejected in part is checked as far as can be decided: its texts wherever they were written (prose.ts), and its
// sources' ids when every entry has a readable one. A list that cannot be read, or an entry without a readable id,
// leaves the citations undecided: they are not called wrong for a mistake the schema has already told.
import { citedIds } from './citations'
import type { Prose } from './prose'
import type { Locate } from './read-yaml'
import { id } from './schema-parts'
import type { Problem } from './types'
import { said } from './wording/en'

/** The ids of a file's sources, in order, as written; undefined when the list or one of its ids is unreadable. */
export function sourceIdsAsWritten(data: unknown): readonly string[] | undefined {
  const sources = fieldOf(data, 'sources')
  if (!Array.isArray(sources)) return undefined
  const ids = sources.map((s) => fieldOf(s, 'id'))
  return ids.every((i) => id.safeParse(i).success) ? (ids as string[]) : undefined
}

const fieldOf = (data: unknown, key: string): unknown =>
  data !== null && typeof data === 'object' && !Array.isArray(data)
    ? (data as Record<string, unknown>)[key]
    : undefined

/** Each citation marker in the prose must name an entry of the file's own source list. */
export function unresolvedCitations(
  prose: readonly Prose[],
  sourceIds: readonly string[],
  file: string,
  locate: Locate,
): Problem[] {
  const known = new Set(sourceIds)
  return prose.flatMap(({ path, text }) =>
    citedIds(text)
      .filter((cited) => !known.has(cited))
      .map((cited) => ({
        file,
        ...locate(path),
        path: path.join('.'),
        ...said('unknown-citation', { id: cited }),
      })),
  )
}

/** A source id given twice: a marker citing it could mean either entry. */
export function sourcesTwice(sourceIds: readonly string[], file: string, locate: Locate): Problem[] {
  const seen = new Set<string>()
  return sourceIds.flatMap((sourceId, i) => {
    const twice = seen.has(sourceId)
    seen.add(sourceId)
    const path = ['sources', i, 'id']
    return twice
      ? [{ file, ...locate(path), path: path.join('.'), ...said('id-twice', { of: 'source', id: sourceId }) }]
      : []
  })
}
