// Where a new scenario can start: the template, or a copy of a bundled scenario's own file (each its own chunk).
import { TEMPLATE } from './template'

const bundledFiles = import.meta.glob<string>('/scenarios/*.{yaml,yml}', { query: '?raw', import: 'default' })

/** The bundled scenarios' ids, from their file names (the authoring guide's convention, kept by every file). */
export const BUNDLED_IDS: readonly string[] = Object.keys(bundledFiles)
  .map((path) => path.replace(/^.*\//, '').replace(/\.ya?ml$/, ''))
  .sort()

/**
 * The text to start from. A bundled scenario comes renamed (`-copy`), since the library keeps one scenario per
 * id and the bundled one would win.
 */
export async function startingText(from: 'template' | string): Promise<string> {
  if (from === 'template') return TEMPLATE
  const load = Object.entries(bundledFiles).find(([path]) => /([^/]+)\.ya?ml$/.exec(path)?.[1] === from)?.[1]
  if (!load) return TEMPLATE
  const text = await load()
  return text.replace(/^id:\s*([a-z][a-z0-9-]*)\s*$/m, (_, id: string) => `id: ${id.slice(0, 43)}-copy`)
}
