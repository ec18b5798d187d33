// Files written before the forces were named after the alliance's own still load: their old names are
// read as the new ones, and the author is told, before the schema sees the data.
import { FORMER_FORCE_NAMES } from './vocabulary'

export interface Renamed {
  readonly path: readonly PropertyKey[]
  readonly from: string
  readonly to: string
}

/** Where a force's name can stand in a scenario file. */
const PLACES: readonly (readonly string[])[] = [
  ['history', 'response'],
  ['history', 'help'],
]

/** The data with every former force name replaced, and where each one was; the input is not changed. */
export function renameFormerForces(data: unknown): { readonly data: unknown; readonly renamed: Renamed[] } {
  const renamed: Renamed[] = []
  let out = data
  for (const path of PLACES) {
    const value = at(out, path)
    if (typeof value === 'string' && Object.hasOwn(FORMER_FORCE_NAMES, value)) {
      const to = FORMER_FORCE_NAMES[value as keyof typeof FORMER_FORCE_NAMES]
      renamed.push({ path, from: value, to })
      out = replaced(out, path, to)
    }
  }
  return { data: out, renamed }
}

function at(data: unknown, path: readonly string[]): unknown {
  let value = data
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

function replaced(data: unknown, path: readonly string[], value: unknown): unknown {
  const [key, ...rest] = path
  if (key === undefined) return value
  const record = data as Record<string, unknown>
  return { ...record, [key]: replaced(record[key], rest, value) }
}
