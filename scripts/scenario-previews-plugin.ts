// A Vite plugin beside bundled-scenarios-plugin.ts: the library's summaries of the bundled scenarios, a few
// kilobytes, made with that plugin's own reading of the files so the two can never disagree about which files loaded.
import type { Plugin } from 'vite'
import { type PreviewEntry, previewOf } from '../src/store/scenario-preview'
import { readBundled } from './bundled-scenarios-plugin'

const ID = 'virtual:scenario-previews'
const RESOLVED = `\0${ID}`

export function scenarioPreviews(root: string): Plugin {
  return {
    name: 'article-four:scenario-previews',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined
      const summaries: PreviewEntry[] = readBundled(root, this).scenarios.map((r) =>
        r.ok
          ? { ok: true, scenario: previewOf(r.value) }
          : { ok: false, file: r.problems[0]?.file ?? 'a scenario file', problems: r.problems },
      )
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(summaries))})`
    },
  }
}
