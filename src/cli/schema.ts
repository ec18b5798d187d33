// npm run schema: writes the JSON Schema files the app publishes for editors, from the one schema.
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { actorJsonSchema, scenarioJsonSchema } from '../scenario'

const PUBLIC = resolve(import.meta.dirname, '..', '..', 'public')
for (const [file, schema] of [
  ['scenario.schema.json', scenarioJsonSchema()],
  ['actor.schema.json', actorJsonSchema()],
] as const) {
  writeFileSync(join(PUBLIC, file), `${JSON.stringify(schema, null, 2)}\n`)
  process.stdout.write(`wrote public/${file}\n`)
}
