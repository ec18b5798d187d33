// The scenarios and actor catalog shipped with the app, read at build time by Vite and parsed in the browser.
import { loadCatalog, loadScenario } from './load'
import type { ActorCatalog, LoadResult, Scenario } from './types'

const actorFiles = import.meta.glob<string>('/scenarios/actors/*.{yaml,yml,json}', {
  query: '?raw',
  import: 'default',
  eager: true,
})
const scenarioFiles = import.meta.glob<string>('/scenarios/*.{yaml,yml,json}', {
  query: '?raw',
  import: 'default',
  eager: true,
})

const files = (glob: Record<string, string>) =>
  Object.entries(glob)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => ({ name: path.replace(/^\//, ''), text }))

export function bundledCatalog(): LoadResult<ActorCatalog> {
  return loadCatalog(files(actorFiles))
}

/** Every bundled scenario, each loaded or with its problems; a broken catalog is every scenario's problem. */
export function bundledScenarios(): LoadResult<Scenario>[] {
  const catalog = bundledCatalog()
  return files(scenarioFiles).map(({ name, text }) =>
    catalog.ok ? loadScenario(text, name, catalog.value) : catalog,
  )
}
