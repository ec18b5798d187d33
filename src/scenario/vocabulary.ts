// The model's vocabulary: the names every layer shares, kept free of zod so the engine and the
// game's first pages can use them without loading the schema.

/** The outcome indicators, each 0–100; interests weigh them. */
export const INDICATORS = [
  'regimeStability',
  'sovereignty',
  'russianInfluence',
  'allianceCredibility',
  'chinaSatisfaction',
  'westRelations',
  'escalationRisk',
  'militaryStrain',
] as const
export type Indicator = (typeof INDICATORS)[number]

export const ACTOR_KINDS = ['leading-member', 'member', 'neighbour-power', 'outsider'] as const

export const THREAT_KINDS = [
  'unrest',
  'ethnic-violence',
  'interstate-war',
  'border-clash',
  'insurgency',
] as const

export const TERRITORY = ['own', 'disputed', 'foreign'] as const

export const ADVERSARY_KINDS = ['internal', 'member', 'partner-of-russia', 'outsider'] as const

/** The numeric facts, by dotted path: what injects change and what-if sliders move. */
export const FACT_PATHS = [
  'threat.armedViolence',
  'threat.regimeThreat',
  'threat.outsideEvidence',
  'moscow.legitimacy',
  'moscow.commitments',
  'china.stakes',
] as const
export type FactPath = (typeof FACT_PATHS)[number]

export const FRAMINGS = ['internal-unrest', 'foreign-backed', 'external-attack'] as const

export const FORCES = ['fact-finding', 'symbolic', 'large'] as const
