// The scenario files npm run check is given, each read once: its id, compared with the other files', and its
// fields, against the schema and its catalog, come from one reading of its YAML. Reading is most of the check's
// time for a long file, and a file of 40,000 fields used to be read once for its id and again to be loaded.
import {
  type ActorCatalog,
  duplicateIds,
  type LoadResult,
  loadScenario,
  type Problem,
  type Scenario,
} from '../scenario'
import { readYaml } from '../scenario/read-yaml'

interface Text {
  readonly name: string
  readonly text: string
}

export interface ReadScenario extends Text {
  readonly path: string
  /** The scenario against a catalog, loaded from the reading its id was taken from. */
  readonly load: (catalog: ActorCatalog) => LoadResult<Scenario>
}

/**
 * The checked files ready to load, and a problem on each whose id another of them has, or a file of `others`
 * (the bundled scenarios not checked): a copy of a bundled file keeps the original's id until it is changed.
 */
export function readScenarios(
  checked: readonly (Text & { readonly path: string })[],
  others: readonly Text[],
): { shared: Problem[]; files: ReadScenario[] } {
  const files = checked.map((f) => ({ ...f, read: readYaml(f.text, f.name) }))
  const names = new Set(checked.map((f) => f.name))
  const shared = duplicateIds([
    ...files,
    ...others.map(({ name, text }) => ({ name, read: readYaml(text, name) })),
  ]).filter((p) => names.has(p.file))
  return {
    shared,
    files: files.map(({ read, ...f }) => ({
      ...f,
      load: (catalog: ActorCatalog) => loadScenario(f.text, f.name, catalog, read),
    })),
  }
}
