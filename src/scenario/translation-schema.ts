// The shape of a translation file: only the translated texts, each with the fingerprint of the English it
// translates (`of`), at the places translatable.ts names. Whether each text is there and still fresh is
// checked against the original (check-translation.ts), not here.
import { z } from 'zod'
import { WHAT_IF_FACTS } from './vocabulary'

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,47}$/, 'an id: lower-case letters, digits and hyphens, starting with a letter')

/** One translated text. Russian runs longer than English, so the limit is a generous one for every field. */
const Entry = z.strictObject({
  of: z
    .string()
    .regex(
      /^[a-z]{7}$/,
      'the fingerprint of the English, seven letters: leave it out and run npm run translations -- stamp',
    )
    .optional()
    .describe('The fingerprint of the English this translates, written by npm run translations -- stamp'),
  text: z
    .string()
    .trim()
    .min(1, 'a non-empty text')
    .max(12000, 'at most 12000 characters')
    .describe('The translation; citation markers such as [beliakova-2022] stay as they are'),
})
const entry = Entry.optional()
const SCHEMA_LINE = 'The address of this JSON Schema, for editors (JSON files only; YAML files use a comment)'

export const ScenarioTranslationFile = z.strictObject({
  $schema: z.string().optional().describe(SCHEMA_LINE),
  title: entry,
  summary: entry,
  place: z.strictObject({ name: entry }).optional(),
  background: entry,
  assumptions: z.array(Entry).max(12).optional().describe('In the order of the original'),
  objectives: z
    .array(Entry)
    .max(4)
    .optional()
    .describe("The objectives' texts, in the order of the original"),
  facts: z.strictObject({ adversary: z.strictObject({ description: entry }).optional() }).optional(),
  overrides: z
    .record(id, z.strictObject({ why: entry }))
    .optional()
    .describe('By actor id'),
  inert: z.partialRecord(z.enum(WHAT_IF_FACTS), Entry).optional(),
  roles: z
    .record(id, z.strictObject({ title: entry, briefing: entry }))
    .optional()
    .describe('By role id'),
  injects: z
    .record(
      id,
      z.strictObject({
        title: entry,
        text: entry,
        adversary: entry.describe('The description of the adversary the event brings in, when it says one'),
      }),
    )
    .optional()
    .describe('By inject id'),
  history: z.strictObject({ summary: entry, aftermath: entry }).optional(),
  questions: z.array(Entry).max(20).optional().describe('In the order of the original'),
})

export const ActorTranslationFile = z.strictObject({
  $schema: z.string().optional().describe(SCHEMA_LINE),
  name: entry,
  summary: entry,
  record: z.array(Entry).max(60).optional().describe("The record's texts, in the order of the original"),
})
