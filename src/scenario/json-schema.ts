// The JSON Schema editors use to autocomplete and underline scenario and actor files, from the one schema. Actor
// ids are listed as choices from the catalog the schema is published with (npm run schema), so an editor offers
// "kazakhstan" after `requester:` and underlines "kazakstan".
import { z } from 'zod'
import { ACTOR_ID, ActorFile, ScenarioFile } from './schema'

const emit = (schema: z.ZodType, title: string, actors: readonly string[]): Record<string, unknown> => ({
  ...z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (!(ACTOR_ID in jsonSchema)) return
      delete jsonSchema[ACTOR_ID]
      if (z.globalRegistry.get(zodSchema)?.[ACTOR_ID] && actors.length > 0)
        jsonSchema.enum = [...actors].sort()
    },
  }),
  title,
})

export const scenarioJsonSchema = (actors: readonly string[] = []): Record<string, unknown> =>
  emit(ScenarioFile, 'Article Four scenario', actors)
/** No choices here: an actor file's own id is new by nature. */
export const actorJsonSchema = (): Record<string, unknown> =>
  emit(ActorFile, 'Article Four actor profile', [])
