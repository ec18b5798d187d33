// A new scenario can start from a copy of a bundled scenario's own file (each its own chunk).

const bundledFiles = import.meta.glob<string>('/scenarios/*.{yaml,yml}', { query: '?raw', import: 'default' })

/**
 * The text to start from. A bundled scenario comes renamed (`-copy`), since the library keeps one scenario per
 * id and the bundled one would win; its schema line, relative to the repository, points at `schema` instead.
 */
export async function bundledCopy(id: string, schema: string): Promise<string | undefined> {
  // A bundled file is named after its id: the authoring guide's convention, kept by every file.
  const load = Object.entries(bundledFiles).find(([path]) => /([^/]+)\.ya?ml$/.exec(path)?.[1] === id)?.[1]
  if (!load) return undefined
  const text = await load()
  return text
    .replace(/^id:\s*([a-z][a-z0-9-]*)\s*$/m, (_, id: string) => `id: ${id.slice(0, 43)}-copy`)
    .replace(/^# yaml-language-server: \$schema=.*$/m, `# yaml-language-server: $schema=${schema}`)
}
