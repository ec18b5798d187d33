// The JSON Schema editors use to autocomplete and underline scenario and actor files, from the one schema.
import { z } from 'zod'
import { ActorFile, ScenarioFile } from './schema'

const emit = (schema: z.ZodType, title: string): Record<string, unknown> => ({
  ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
  title,
})

export const scenarioJsonSchema = (): Record<string, unknown> => emit(ScenarioFile, 'Article Four scenario')
export const actorJsonSchema = (): Record<string, unknown> => emit(ActorFile, 'Article Four actor profile')
