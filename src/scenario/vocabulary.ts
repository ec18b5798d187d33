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

/**
 * The alliance's forces, and what a member may ask for: an observer (fact-finding) mission, a contingent of
 * the Collective Peacekeeping Forces (Kazakhstan 2022), or the combat-capable Collective Rapid Reaction Forces.
 */
export const FORCES = ['observers', 'peacekeepers', 'rapid-reaction'] as const

/** Names of the forces in files written before they were named after the alliance's own forces. */
export const FORMER_FORCE_NAMES = {
  'fact-finding': 'observers',
  symbolic: 'peacekeepers',
  large: 'rapid-reaction',
} as const satisfies Record<string, (typeof FORCES)[number]>

/** What history records as the answer to a crisis, from nothing asked to a force sent. */
export const RECORDED_RESPONSES = ['no-request', 'refused', 'consultations', 'bilateral', ...FORCES] as const

/** The missions a force can be given, from watching to fighting. */
export const MISSIONS = ['observe', 'guard-sites', 'restore-order', 'combat'] as const

/** The facts that are not numbers, which injects may change too. */
export const CATEGORICAL_FACTS = ['territory', 'threat.kind', 'adversary'] as const

/** The sliders the what-if page offers for a scenario whose file lists none: they carry most of the model's argument. */
export const DEFAULT_WHAT_IF: readonly FactPath[] = [
  'moscow.commitments',
  'china.stakes',
  'threat.outsideEvidence',
]

/** Every fact the what-if page offers: the numbers on sliders, the others on switches. */
export const WHAT_IF_FACTS = [...FACT_PATHS, ...CATEGORICAL_FACTS] as const
export type WhatIfFact = (typeof WHAT_IF_FACTS)[number]
