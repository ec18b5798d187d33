// The scenario files npm run check is given, each read once: its id, compared with the other files', its fields,
// against the schema and its catalog, and its translations, compared with it, come from one reading of its YAML
// and one parse of it. Reading is most of the check's time for a long file, and a file of 40,000 fields used to be
// read once for its id and again to be loaded; a translated file was read again to compare its translation with.
import { type ActorCatalog, duplicateIds, type LoadResult, type Problem, type Scenario } from '../scenario'
import { loadParsedScenario } from '../scenario/load'
import { type Parsed, parseWith } from '../scenario/parse-file'
import { readYaml } from '../scenario/read-yaml'
import { ScenarioFile, type ScenarioFileData } from '../scenario/schema'

interface Text {
  readonly name: string
  readonly text: string
}

export interface ReadScenario extends Text {
  readonly path: string
  /** The file against the schema, parsed from the reading its id was taken from, the first time it is asked for. */
  readonly parsed: () => Parsed<ScenarioFileData>
  /** The scenario against a catalog, loaded from that parse. */
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
    files: files.map(({ read, ...f }) => {
      let parse: Parsed<ScenarioFileData> | undefined
      const parsed = () => {
        parse ??= parseWith(ScenarioFile, f.text, f.name, read)
        return parse
      }
      return {
        ...f,
        parsed,
        load: (catalog: ActorCatalog) => loadParsedScenario(parsed(), f.text, f.name, catalog),
      }
    }),
  }
}
