// What the workshop's Download .yaml saves: the text as it stands in the editor, as UTF-8, its schema comment
// pointing at the schema this site publishes (schema-file.ts), so an editor still completes and checks the file
// wherever it is kept. The editor's own text is not changed.
import { withSchemaAddress } from './schema-file'

/** The link that downloads `text`; `schema` is the site's address of the published schema (workshop.schema). */
export function downloadHref(text: string, schema: string): string {
  return `data:application/yaml;charset=utf-8,${encodeURIComponent(withSchemaAddress(text, schema))}`
}
