// A Vite plugin that parses the bundled scenarios at build time, with the same loader the browser
// and the command line use, so the game ships them as checked data and not as YAML plus a parser.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { decodeText } from '../src/scenario/decode-text'
import { duplicateIds } from '../src/scenario/duplicate-ids'
import { formatProblems } from '../src/scenario/format-problems'
import { loadCatalog, loadScenario } from '../src/scenario/load'
import type { LoadResult } from '../src/scenario/types'

const ID = 'virtual:bundled-scenarios'
const RESOLVED = `\0${ID}`
const DATA_FILE = /\.(ya?ml|json)$/

export function bundledScenarios(root: string): Plugin {
  const dir = join(root, 'scenarios')
  const actors = join(dir, 'actors')
  const files = (folder: string) =>
    readdirSync(folder)
      .filter((f) => DATA_FILE.test(f))
      .sort()
      .map((f) => ({ path: join(folder, f), name: `scenarios/${folder === actors ? 'actors/' : ''}${f}` }))

  return {
    name: 'article-four:bundled-scenarios',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined
      const read = (f: { path: string; name: string }) => {
        this.addWatchFile(f.path)
        return { name: f.name, decoded: decodeText(readFileSync(f.path), f.name) }
      }
      const readAll = (folder: string) => files(folder).map(read)
      const texts = (list: ReturnType<typeof readAll>) =>
        list.flatMap(({ name, decoded }) => (decoded.ok ? [{ name, text: decoded.text }] : []))
      const scenarioFiles = readAll(dir)
      // Two files with one id would give two cards that open the same scenario: the build stops, naming both.
      const shared = duplicateIds(texts(scenarioFiles))
      if (shared.length > 0) this.error(`two scenarios share an id:\n${formatProblems(shared)}`)
      const actorFiles = readAll(actors)
      const unreadable = actorFiles.flatMap(({ decoded }) => (decoded.ok ? [] : decoded.problems))
      const catalog: ReturnType<typeof loadCatalog> =
        unreadable.length > 0 ? { ok: false, problems: unreadable } : loadCatalog(texts(actorFiles))
      const scenarios = scenarioFiles.map(({ name, decoded }): LoadResult<unknown> => {
        if (!decoded.ok) return decoded
        return catalog.ok ? loadScenario(decoded.text, name, catalog.value) : catalog
      })
      const data = {
        catalog: catalog.ok ? { ok: true, value: [...catalog.value.values()], warnings: [] } : catalog,
        scenarios,
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))})`
    },
  }
}
