// The schema of an actor file: who the actor is, its dated record, what it wants and how it behaves.
import { z } from 'zod'
import { actorId, isoDate, SCHEMA_LINE, Source, share, text } from './schema-parts'
import { ACTOR_KINDS, INDICATORS, type Indicator } from './vocabulary'

const weight = z.number().min(-1, 'a weight from -1 to 1').max(1, 'a weight from -1 to 1')
/** What each indicator measures, for the weights' descriptions (docs/model.md, section 5). */
const INDICATOR_MEANING: Readonly<Record<Indicator, string>> = {
  regimeStability: "the requesting government's hold on power",
  sovereignty: "the requester's independence from Moscow",
  russianInfluence: "Russia's influence in the region",
  allianceCredibility: "the alliance's credibility",
  chinaSatisfaction: "China's satisfaction with the outcome",
  westRelations: 'relations with the West',
  escalationRisk: 'the risk of casualties and escalation (higher is worse)',
  militaryStrain: "the strain on Russia's forces (higher is worse)",
}
const interestsShape = Object.fromEntries(
  INDICATORS.map((k) => [
    k,
    weight.describe(
      `How much the actor wants ${INDICATOR_MEANING[k]} to be high: 1 as high as possible, 0.5 somewhat, 0 it does not care, -1 as low as possible`,
    ),
  ]),
) as Record<Indicator, typeof weight>
export const Interests = z
  .strictObject(interestsShape)
  .describe('How much the actor cares about each indicator, -1 to 1')

/** A dated fact of an actor: a scenario shows the entries dated before its start, and no later ones. */
const RecordEntry = z.strictObject({
  date: isoDate.describe('When it happened or became known'),
  text: text(600),
})

export const Traits = z.strictObject({
  contingent: z
    .int()
    .min(0)
    .max(20000)
    .describe(
      'The troops it sends to a collective peacekeeping contingent (0 = none); Kazakhstan 2022: Russia about 1,850, Belarus 200, Tajikistan 200, Kyrgyzstan 150, Armenia 100',
    ),
  externalOnlyReading: share.describe(
    'How firmly it holds the 2010 reading that Article 4 covers only attacks from outside (0 = not at all)',
  ),
})

/**
 * A Russian base on the actor's soil, dated like its record: a force sent there can draw on the troops already
 * there rather than fly them all in (docs/model.md, section 5.3).
 */
const RussianBase = z.strictObject({
  troops: z
    .int()
    .min(1)
    .max(20000)
    .describe(
      'The Russian troops based there, by the figure its sources give (the 201st base in Tajikistan: some 7,000)',
    ),
  since: isoDate.describe(
    'The day the base opened: a crisis decided before it does not count it (the Kant air base: 2003-10-23)',
  ),
})

export const ActorFile = z.strictObject({
  $schema: z.string().optional().describe(SCHEMA_LINE),
  id: actorId.describe(
    "The actor's id, by which scenarios name it; the file name without .yaml by convention",
  ),
  name: text(80).describe('Its name as players read it, e.g. "Kazakhstan" or "The West"'),
  kind: z
    .enum(ACTOR_KINDS)
    .describe(
      'leading-member (Russia: it answers requests), member (votes in the Council, may ask for help), neighbour-power (China: reacts), outsider (its interests are shown, it does not decide)',
    ),
  summary: text(600).describe(
    'What this actor is and wants, in words true at any date: it is shown in every scenario, so dated facts go in record',
  ),
  record: z
    .array(RecordEntry)
    .max(60)
    .default([])
    .describe('Dated facts; a scenario shows those dated before its start'),
  interests: Interests,
  traits: Traits.describe('How it behaves in a collective deployment'),
  borders: z
    .array(actorId)
    .max(20)
    .default([])
    .describe(
      'The other actors of the catalog whose land it borders, by id (Uzbekistan: kazakhstan, kyrgyzstan, tajikistan); a border listed by either profile counts for both. A member next to a state that asks for help minds Russian troops sent there',
    ),
  russianBase: RussianBase.optional().describe(
    "A Russian base on its soil, if any: a force sent to help it draws its Russian troops from the base first, and Russia's forces bear less strain",
  ),
  sources: z.array(Source).max(30).default([]).describe('The sources behind this profile'),
})

export type ActorFileInput = z.input<typeof ActorFile>
export type ActorFileData = z.output<typeof ActorFile>
