// A Vite plugin that parses the bundled scenarios at build time, with the same loader the browser
// and the command line use, so the game ships them as checked data and not as YAML plus a parser.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { loadCatalog, loadScenario } from '../src/scenario/load'

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
        return { name: f.name, text: readFileSync(f.path, 'utf8') }
      }
      const catalog = loadCatalog(files(actors).map(read))
      const scenarios = files(dir)
        .map(read)
        .map((f) => (catalog.ok ? loadScenario(f.text, f.name, catalog.value) : catalog))
      const data = {
        catalog: catalog.ok ? { ok: true, value: [...catalog.value.values()], warnings: [] } : catalog,
        scenarios,
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))})`
    },
  }
}
