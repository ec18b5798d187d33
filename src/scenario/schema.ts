// The one schema of scenario and actor files: it gives the types, the runtime check and the JSON Schema. The
// scenario's own fields are here; the actor file's are in actor-schema.ts, the pieces both use in schema-parts.ts,
// and a historical scenario's record of what happened in history-schema.ts.
import { z } from 'zod'
import { Interests, Traits } from './actor-schema'
import { GAME_PARTS } from './game-parts'
import { History } from './history-schema'
import { actorId, id, isoDate, roleId, SCHEMA_LINE, Source, share, text } from './schema-parts'
import { StageHoursField } from './stage-hours-field'
import { ADVERSARY_KINDS, FACT_PATHS, TERRITORY, THREAT_KINDS } from './vocabulary'
import { Inert, WhatIf } from './what-if-schema'

export { ActorFile, type ActorFileData, type ActorFileInput } from './actor-schema'
export { ACTOR_ID, type ActorId, type RoleId } from './schema-parts'
export type { FactPath, Indicator } from './vocabulary'

const Adversary = z.strictObject({
  kind: z
    .enum(ADVERSARY_KINDS)
    .describe(
      'internal (no state), member (a fellow member: name it in actor), partner-of-russia (a state Moscow counts as a partner, such as Azerbaijan: name it), outsider (from outside the alliance: another state, named in actor, or, with no actor, armed groups from abroad that are not a state)',
    ),
  actor: actorId.optional().describe('The actor catalog id of the adversary, when it is a state'),
  description: text(300).describe('Who is fighting, in a sentence'),
})

const Facts = z.strictObject({
  threat: z
    .strictObject({
      kind: z
        .enum(THREAT_KINDS)
        .describe(
          'What kind of crisis: unrest (protests and riots), ethnic-violence (clashes between communities), interstate-war (war with a state), border-clash (fighting on a border), insurgency (armed groups against the state)',
        ),
      armedViolence: share.describe(
        'How far the events are an armed attack. 0: peaceful protest; 0.5: serious armed violence, such as armed groups seizing buildings; 1: open war between armies. Below 0.2 the treaty sees no armed attack; from 0.5 it plainly is one',
      ),
      regimeThreat: share.describe(
        "How far the events threaten the requesting government's hold on power. 0: not at all; 0.5: it has lost control of a city or a region; 1: it may fall within days",
      ),
      outsideEvidence: share.describe(
        'The strength of the public evidence of outside involvement, not the claims. 0: claims only, no evidence; 0.5: credible reports, not proven; 1: proven beyond doubt. From 0.6 even the strict 2010 reading of Article 4 counts the case as an attack from outside',
      ),
    })
    .describe('What is happening'),
  territory: z
    .enum(TERRITORY)
    .describe(
      "Where the fighting is, in law, for the member at risk: own (its recognised territory), disputed (an undemarcated border), foreign (another state's recognised land)",
    ),
  adversary: Adversary.describe('Who is on the other side'),
  moscow: z
    .strictObject({
      legitimacy: share.describe(
        "Moscow's view of the requesting government's legitimacy. 0: it sees the government as illegitimate or hostile; 0.5: doubtful or untested, such as an interim government; 1: a trusted partner",
      ),
      commitments: share.describe(
        "Russia's competing military commitments elsewhere. 0: none, its forces are free; 0.5: an operation elsewhere ties down part of them; 1: a major war absorbs them",
      ),
    })
    .describe('How Moscow sees the crisis'),
  china: z
    .strictObject({
      stakes: share.describe(
        "China's economic and security stakes in the member. 0: none to speak of; 0.5: significant trade and investment; 1: vital, such as pipelines, major investments and a shared border",
      ),
    })
    .describe('How Beijing sees the crisis'),
})

const Override = z.strictObject({
  interests: Interests.partial().optional().describe('Only the weights that change, each from -1 to 1'),
  traits: Traits.partial().optional().describe('Only the traits that change'),
  why: text(400).describe('Why this hypothetical departs from the standing profile: shown to players'),
})

const Role = z.strictObject({
  id: roleId.describe("The role's id, used in links and on the command line (--as)"),
  actor: actorId.describe('The actor this role plays: one of the members or observers'),
  title: text(120).describe('The role as students choose it, e.g. "The Kremlin"'),
  briefing: text(6000).describe(
    'The private briefing (a small Markdown subset: paragraphs, **bold**, *italic*, lists)',
  ),
})

/** What an inject changes: any fact, the numbers and the territory, the kind of threat and the adversary. */
const changed = 'The fact the event changes, by its place under facts'
const FactChange = z.union([
  z.strictObject({
    fact: z.enum(FACT_PATHS).describe(changed),
    to: share.describe('Its new value, from 0 to 1 (see the fact for what 0, 0.5 and 1 mean)'),
  }),
  z.strictObject({
    fact: z.literal('territory').describe(changed),
    to: z.enum(TERRITORY).describe('Where the fighting now is: own, disputed or foreign'),
  }),
  z.strictObject({
    fact: z.literal('threat.kind').describe(changed),
    to: z.enum(THREAT_KINDS).describe('What kind of crisis it has become'),
  }),
  z.strictObject({
    fact: z.literal('adversary').describe(changed),
    to: Adversary.partial({ description: true }).describe('Who is now on the other side'),
  }),
])

const Inject = z.strictObject({
  id: id.describe("The event's id, unique in the scenario"),
  title: text(120).describe('A headline, as the facilitator releases it'),
  text: text(2000).describe('What happens, as every team reads it'),
  changes: z
    .array(FactChange)
    .max(FACT_PATHS.length + 3)
    .default([])
    .describe('The facts the event changes: fact and to'),
})

const Objective = z.strictObject({
  text: text(300).describe('What a student should be able to explain after playing'),
  parts: z
    .array(z.enum(GAME_PARTS))
    .min(1)
    .max(GAME_PARTS.length)
    .describe('The parts of the game that speak to it'),
})

export const ScenarioFile = z.strictObject({
  $schema: z.string().optional().describe(SCHEMA_LINE),
  id: id.describe("The scenario's id, by which the game finds it: the file name without .yaml by convention"),
  title: text(120).describe('Start a hypothetical\'s title with "Hypothetical:"'),
  kind: z
    .enum(['historical', 'hypothetical'])
    .describe('historical (it happened: give its history, no overrides) or hypothetical'),
  dates: z
    .strictObject({
      start: isoDate.describe('When the crisis begins, YYYY-MM-DD: the treaty in force that day applies'),
      end: isoDate.optional().describe('When it ends, YYYY-MM-DD, if it has'),
      decision: isoDate
        .optional()
        .describe(
          'The day the first decision falls, YYYY-MM-DD, when it is later than the start (for a historical crisis, the day the request came): the resolution dates the moves from it',
        ),
      hours: StageHoursField.optional().describe(
        "When each stage comes, in hours after midnight of the day of the first decision, in the crisis's local time (30 is 06:00 the next day): the resolution's dispatches follow them. Give the stages the record dates; the others keep the game's own clock",
      ),
    })
    .describe('When the crisis happens'),
  place: z
    .strictObject({
      name: text(120).describe('The place as the map labels it, e.g. "Khorog, Gorno-Badakhshan"'),
      lat: z.number().min(-90).max(90).describe('Latitude in degrees north, e.g. 37.49'),
      lon: z.number().min(-180).max(180).describe('Longitude in degrees east, e.g. 71.55'),
    })
    .describe('Where the crisis is: the map marks it'),
  summary: text(240).describe('One line for the library card'),
  background: text(6000).describe(
    'What happened, for everyone (a small Markdown subset: paragraphs, **bold**, *italic*, lists)',
  ),
  assumptions: z
    .array(text(500))
    .max(12)
    .default([])
    .describe('For a hypothetical: what it assumes beyond the record, shown to players'),
  objectives: z.array(Objective).max(4).default([]).describe('Two to four things a student should learn'),
  requester: actorId.describe(
    'The government that may ask for help (an actor id): a member, or a state outside the alliance listed among the observers',
  ),
  members: z.array(actorId).min(2).max(12).describe('The members of the CSTO at the time (actor ids)'),
  observers: z.array(actorId).max(12).default([]).describe('Other actors whose interests the debrief shows'),
  overrides: z
    .record(actorId, Override)
    .default({})
    .describe(
      "Hypotheticals only: changes to an actor's standing profile, by actor id, with the reason players see",
    ),
  facts: Facts.describe('The facts of the crisis, which the engine decides from; never the answer'),
  citations: z
    .partialRecord(
      z.enum([...FACT_PATHS, 'territory', 'adversary', 'threat.kind']),
      z.array(id).min(1).max(10),
    )
    .default({})
    .describe('Which sources stand behind each fact'),
  whatIf: WhatIf,
  inert: Inert,
  roles: z.array(Role).min(1).max(12).describe('The roles students can take: 1 to 12'),
  injects: z
    .array(Inject)
    .max(20)
    .default([])
    .describe('Events a facilitator can release during the game, each changing some facts'),
  history: History.optional().describe(
    "Historical scenarios: what happened, which the debrief and the play-test set beside the engine's game",
  ),
  questions: z.array(text(500)).max(20).default([]).describe('Discussion questions for the debrief'),
  sources: z.array(Source).min(1).max(40),
})

export type ScenarioFileData = z.output<typeof ScenarioFile>
