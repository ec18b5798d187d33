// A Vite plugin beside bundled-scenarios-plugin.ts: the library's summaries of the bundled scenarios, a few
// kilobytes, made from that plugin's own results so the two can never disagree about which files loaded.
import type { Plugin } from 'vite'
import type { Problem } from '../src/scenario/types'
import { type PreviewEntry, previewOf } from '../src/store/scenario-preview'
import { bundledScenarios } from './bundled-scenarios-plugin'

const ID = 'virtual:scenario-previews'
const RESOLVED = `\0${ID}`
const SOURCE = '\0virtual:bundled-scenarios'

export function scenarioPreviews(root: string): Plugin {
  const source = bundledScenarios(root)
  return {
    name: 'article-four:scenario-previews',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined
      const load = source.load as (this: unknown, id: string) => Promise<string> | string
      const data = readEmitted(await load.call(this, SOURCE))
      const summaries: PreviewEntry[] = data.scenarios.map((r) =>
        r.ok
          ? { ok: true, scenario: previewOf(r.value) }
          : { ok: false, file: r.problems[0]?.file ?? 'a scenario file', problems: r.problems },
      )
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(summaries))})`
    },
  }
}

type Emitted = {
  readonly scenarios: readonly (
    | { readonly ok: true; readonly value: Parameters<typeof previewOf>[0] }
    | { readonly ok: false; readonly problems: readonly Problem[] }
  )[]
}

/** The data the bundled-scenarios plugin emits, as `export default JSON.parse("…")`. */
export function readEmitted(code: string): Emitted {
  const literal = /JSON\.parse\((".*")\)\s*;?\s*$/s.exec(code)?.[1]
  if (!literal)
    throw new Error('the bundled scenarios module is not JSON.parse of a literal: update readEmitted')
  return JSON.parse(JSON.parse(literal) as string) as Emitted
}
