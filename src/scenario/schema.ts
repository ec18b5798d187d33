// The one schema of scenario and actor files: it gives the types, the runtime check and the JSON Schema.
import { z } from 'zod'
import {
  ACTOR_KINDS,
  ADVERSARY_KINDS,
  FACT_PATHS,
  FORCES,
  FRAMINGS,
  INDICATORS,
  type Indicator,
  MISSIONS,
  RECORDED_RESPONSES,
  TERRITORY,
  THREAT_KINDS,
} from './vocabulary'

export type { FactPath, Indicator } from './vocabulary'

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,47}$/, 'an id: lower-case letters, digits and hyphens, starting with a letter')
const actorId = id.brand<'ActorId'>()
const roleId = id.brand<'RoleId'>()
const text = (max: number) =>
  z.string().trim().min(1, 'a non-empty text').max(max, `at most ${max} characters`)
/** A share between 0 (none) and 1 (complete): every modeled fact is one. */
const share = z.number().min(0, 'a number from 0 to 1').max(1, 'a number from 0 to 1')
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')

const weight = z.number().min(-1, 'a weight from -1 to 1').max(1, 'a weight from -1 to 1')
const interestsShape = Object.fromEntries(INDICATORS.map((k) => [k, weight])) as Record<
  Indicator,
  typeof weight
>
const Interests = z
  .strictObject(interestsShape)
  .describe('How much the actor cares about each indicator, -1 to 1')

const Source = z.strictObject({
  id,
  title: text(300),
  author: text(200).optional(),
  publisher: text(200).optional(),
  date: text(40).optional(),
  url: z.url({ protocol: /^https?$/, error: 'a web address starting with http:// or https://' }).optional(),
  seed: text(120).optional().describe('The file name of a source article in shared/seeds/, when it is one'),
})

const Traits = z.strictObject({
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

export const ActorFile = z.strictObject({
  $schema: z.string().optional(),
  id: actorId,
  name: text(80),
  kind: z.enum(ACTOR_KINDS),
  summary: text(600).describe('What this actor wants, in plain words'),
  interests: Interests,
  traits: Traits,
  sources: z.array(Source).max(30).default([]),
})

const Adversary = z.strictObject({
  kind: z.enum(ADVERSARY_KINDS),
  actor: actorId.optional().describe('The actor catalog id of the adversary, when it is a state'),
  description: text(300),
})

const Facts = z.strictObject({
  threat: z.strictObject({
    kind: z.enum(THREAT_KINDS),
    armedViolence: share.describe('How far the events are an armed attack: 0 none, 1 open war'),
    regimeThreat: share.describe("How far they threaten the requesting government's hold on power"),
    outsideEvidence: share.describe('The strength of the public evidence of outside involvement'),
  }),
  territory: z.enum(TERRITORY).describe('De jure status of where the fighting is, for the member at risk'),
  adversary: Adversary,
  moscow: z.strictObject({
    legitimacy: share.describe("Moscow's view of the requesting government's legitimacy"),
    commitments: share.describe("Russia's competing military commitments elsewhere"),
  }),
  china: z.strictObject({ stakes: share.describe("China's economic and security stakes in the member") }),
})

const Override = z.strictObject({
  interests: Interests.partial().optional(),
  traits: Traits.partial().optional(),
  why: text(400).describe('Why this hypothetical departs from the standing profile: shown to players'),
})

const Role = z.strictObject({
  id: roleId,
  actor: actorId,
  title: text(120),
  briefing: text(6000).describe(
    'The private briefing (a small Markdown subset: paragraphs, **bold**, *italic*, lists)',
  ),
})

/** What an inject changes: any fact, the numbers and the territory, the kind of threat and the adversary. */
const FactChange = z.union([
  z.strictObject({ fact: z.enum(FACT_PATHS), to: share }),
  z.strictObject({ fact: z.literal('territory'), to: z.enum(TERRITORY) }),
  z.strictObject({ fact: z.literal('threat.kind'), to: z.enum(THREAT_KINDS) }),
  z.strictObject({
    fact: z.literal('adversary'),
    to: Adversary.partial({ description: true }),
  }),
])

const Inject = z.strictObject({
  id,
  title: text(120),
  text: text(2000),
  changes: z
    .array(FactChange)
    .max(FACT_PATHS.length + 3)
    .default([]),
})

const History = z.strictObject({
  requested: z.boolean().describe('Whether the member asked for help, of Moscow or of the alliance'),
  framing: z.enum(FRAMINGS).optional().describe('How it described the threat, when it asked'),
  help: z.enum(FORCES).optional().describe('What it asked for, when the record says'),
  response: z
    .enum(RECORDED_RESPONSES)
    .describe(
      'The answer: no-request, refused, consultations (Article 2 talks and aid, no troops), bilateral (Russian troops outside the alliance), or the collective force sent',
    ),
  mission: z.enum(MISSIONS).optional().describe('What the troops were sent to do, when troops went'),
  council: z
    .strictObject({
      decision: z.enum(['agreed', 'blocked']),
      objected: z.array(actorId).default([]),
      abstained: z.array(actorId).default([]),
    })
    .optional()
    .describe('What the Collective Security Council decided on a force, when it decided'),
  troops: z.strictObject({ low: z.int().min(0), high: z.int().min(0) }).optional(),
  days: z.int().min(0).max(3650).optional(),
  china: z.enum(['endorse', 'silent', 'warn']),
  summary: text(3000),
})

export const ScenarioFile = z.strictObject({
  $schema: z.string().optional(),
  id,
  title: text(120),
  kind: z.enum(['historical', 'hypothetical']),
  dates: z.strictObject({ start: isoDate, end: isoDate.optional() }),
  place: z.strictObject({
    name: text(120),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
  }),
  summary: text(240).describe('One line for the library card'),
  background: text(6000),
  requester: actorId.describe('The member government that may ask for help (an actor id)'),
  members: z.array(actorId).min(2).max(12).describe('The members of the CSTO at the time (actor ids)'),
  observers: z.array(actorId).max(12).default([]).describe('Other actors whose interests the debrief shows'),
  overrides: z.record(actorId, Override).default({}),
  facts: Facts,
  citations: z
    .partialRecord(
      z.enum([...FACT_PATHS, 'territory', 'adversary', 'threat.kind']),
      z.array(id).min(1).max(10),
    )
    .default({})
    .describe('Which sources stand behind each fact'),
  whatIf: z
    .array(z.enum(FACT_PATHS))
    .max(FACT_PATHS.length)
    .default([])
    .describe('The facts a student may move on the what-if screen'),
  inert: z
    .partialRecord(z.enum(FACT_PATHS), text(400))
    .default({})
    .describe(
      "For a what-if fact that changes no actor's decision anywhere in its range: why, in words the student reads beside the slider",
    ),
  roles: z.array(Role).min(1).max(12),
  injects: z.array(Inject).max(20).default([]),
  history: History.optional(),
  questions: z.array(text(500)).max(20).default([]),
  sources: z.array(Source).min(1).max(40),
})

export type ActorFileInput = z.input<typeof ActorFile>
export type ActorFileData = z.output<typeof ActorFile>
export type ScenarioFileData = z.output<typeof ScenarioFile>
export type ActorId = z.output<typeof actorId>
export type RoleId = z.output<typeof roleId>
