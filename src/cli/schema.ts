// npm run schema: writes the JSON Schema files the app publishes for editors, from the one schema and the
// standing actor catalog (whose ids the schema lists as choices).
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { actorJsonSchema, formatProblems, scenarioJsonSchema } from '../scenario'
import { readCatalog } from '../scenario/files'

const PUBLIC = resolve(import.meta.dirname, '..', '..', 'public')
const catalog = readCatalog()
if (!catalog.ok) {
  process.stderr.write(`${formatProblems(catalog.problems)}\n`)
  process.exit(1)
}
const ids = [...catalog.catalog.keys()]
for (const [file, schema] of [
  ['scenario.schema.json', scenarioJsonSchema(ids)],
  ['actor.schema.json', actorJsonSchema()],
] as const) {
  writeFileSync(join(PUBLIC, file), `${JSON.stringify(schema, null, 2)}\n`)
  process.stdout.write(`wrote public/${file}\n`)
}
