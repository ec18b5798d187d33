// The scenarios shipped with the app: parsed and checked at build time by scripts/bundled-scenarios-plugin.ts with
// the same loader, so the browser needs no YAML parser or schema for them. Each is a module of its own behind a
// small index, so that a game reads its own scenario and not every one.
import index from 'virtual:bundled-scenarios'
import type { LoadResult, Scenario } from './types'

/** What the plugin's index holds: a scenario's id and its module, or the problems of a file that did not load. */
type Item =
  | { readonly id: string; readonly load: () => Promise<{ readonly default: unknown }> }
  | { readonly failed: LoadResult<never> }
const items = index as readonly Item[]

/** The ids of the bundled scenarios that loaded, known without reading any of them. */
export const bundledIds = (): readonly string[] => items.flatMap((item) => ('id' in item ? [item.id] : []))

/** One bundled scenario, frozen as the loader freezes them; undefined when no bundled scenario has that id. */
export async function bundledScenario(id: string): Promise<LoadResult<Scenario> | undefined> {
  const item = items.find((i) => 'id' in i && i.id === id)
  return item ? read(item) : undefined
}

/** Every bundled scenario in file order, each loaded or with its problems. */
export const bundledScenarios = (): Promise<LoadResult<Scenario>[]> => Promise.all(items.map(read))

async function read(item: Item): Promise<LoadResult<Scenario>> {
  if ('failed' in item) return item.failed
  const result = (await item.load()).default as LoadResult<Scenario>
  // The module's object itself, frozen once: reading it again gives the same scenario, not a copy.
  return result.ok ? { ...result, value: deepFreeze(result.value) } : result
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}
