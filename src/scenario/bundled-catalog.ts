// The actor catalog shipped with the app, checked at build time (scripts/bundled-scenarios-plugin.ts): an
// instructor's own scenarios are read against it. The bundled scenarios carry their actors already.
import data from 'virtual:bundled-catalog'
import type { ActorFileData } from './schema'
import type { ActorCatalog, LoadResult } from './types'

const catalog = data as LoadResult<readonly ActorFileData[]>

export function bundledCatalog(): LoadResult<ActorCatalog> {
  return catalog.ok
    ? { ok: true, value: new Map(catalog.value.map((a) => [a.id, a])), warnings: [] }
    : catalog
}
