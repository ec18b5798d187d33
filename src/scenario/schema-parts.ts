// The pieces both file schemas are built of: ids, texts, shares, dates and the source list's entries.
import { z } from 'zod'

/** The metadata key that marks an actor id (see json-schema.ts). */
export const ACTOR_ID = 'x-actor-id'

export const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,47}$/, 'an id: lower-case letters, digits and hyphens, starting with a letter')
/** Tagged so that the published JSON Schema can list the catalog's ids as the choices (json-schema.ts). */
export const actorId = id.brand<'ActorId'>().meta({ [ACTOR_ID]: true })
export const roleId = id.brand<'RoleId'>()
export const text = (max: number) =>
  z.string().trim().min(1, 'a non-empty text').max(max, `at most ${max} characters`)
/** A share between 0 (none) and 1 (complete): every modeled fact is one. */
export const share = z.number().min(0, 'a number from 0 to 1').max(1, 'a number from 0 to 1')
/** How a file finds this schema: the `# yaml-language-server: $schema=` comment, or this field in JSON. */
export const SCHEMA_LINE =
  'The address of this JSON Schema, for editors (JSON files only; YAML files use a comment)'
/** A day written YYYY-MM-DD that the calendar has: 2027-02-30 fits the pattern and would become 2 March. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .refine(onTheCalendar, 'a day the calendar has, written YYYY-MM-DD')

/** Whether a date in the pattern names a real day; one not in the pattern is the pattern's to refuse. */
function onTheCalendar(date: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!parts) return true
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])]
  const found = new Date(Date.UTC(year, month - 1, day))
  return found.getUTCFullYear() === year && found.getUTCMonth() === month - 1 && found.getUTCDate() === day
}

/** An entry of the numbered source list; text cites it with a marker such as [beliakova-2022]. */
export const Source = z.strictObject({
  id: id.describe('How text cites it, in square brackets: author and year, such as beliakova-2022'),
  title: text(300),
  author: text(200).optional(),
  publisher: text(200).optional(),
  date: text(40)
    .optional()
    .describe('When it was published, as precisely as known: 12 June 2010, June 2010, 2010'),
  url: z.url({ protocol: /^https?$/, error: 'a web address starting with http:// or https://' }).optional(),
})

export type ActorId = z.output<typeof actorId>
export type RoleId = z.output<typeof roleId>
