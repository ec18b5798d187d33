// The scenarios and actor catalog shipped with the app: parsed and checked at build time by
// scripts/bundled-scenarios-plugin.ts with the same loader, so the browser needs no YAML parser or schema for them.
import data from 'virtual:bundled-scenarios'
import type { ActorFileData } from './schema'
import type { ActorCatalog, LoadResult, Scenario } from './types'

/** What the plugin emits: the loader's own results, serialised at build time. */
interface BundledData {
  readonly catalog: LoadResult<readonly ActorFileData[]>
  readonly scenarios: readonly LoadResult<Scenario>[]
}
const bundled = data as BundledData

export function bundledCatalog(): LoadResult<ActorCatalog> {
  const { catalog } = bundled
  return catalog.ok
    ? { ok: true, value: new Map(catalog.value.map((a) => [a.id, a])), warnings: [] }
    : catalog
}

/** Every bundled scenario, each loaded or with its problems, frozen as the loader freezes them. */
export function bundledScenarios(): LoadResult<Scenario>[] {
  return bundled.scenarios.map((r) => (r.ok ? { ...r, value: deepFreeze(r.value) } : r))
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}
