// One id, one scenario: the game finds a scenario by its id, so two files with one id would show two cards and
// open the same scenario from both. Copying a bundled file to start a new one makes exactly this mistake.
import type { ReadResult } from './read-yaml'
import type { Problem } from './types'
import { said } from './wording/en'

/**
 * A problem on each file whose id another file also has, naming the other files. Each file as its YAML was read
 * (read-yaml.ts), once, by the caller that goes on to load it: reading a file is most of checking it.
 */
export function duplicateIds(files: readonly { name: string; read: ReadResult }[]): Problem[] {
  const byId = new Map<string, { name: string; line: number; column: number }[]>()
  for (const { name, read } of files) {
    if (!read.ok) continue
    const id = (read.data as { id?: unknown }).id
    if (typeof id !== 'string') continue
    byId.set(id, [...(byId.get(id) ?? []), { name, ...read.locate(['id']) }])
  }
  return [...byId].flatMap(([id, holders]) =>
    holders.length < 2
      ? []
      : holders.map((h) => ({
          file: h.name,
          line: h.line,
          column: h.column,
          path: 'id',
          ...said('duplicate-id', { id, others: holders.filter((o) => o !== h).map((o) => o.name) }),
        })),
  )
}
