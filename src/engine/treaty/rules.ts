// Article 4's conditions as named rule objects: an id, the clause it stands on, a test over the facts, a reason.
import type { FactPath, Facts } from '../../scenario/types'
import type { Request } from '../decisions/types'
import { FRAMING_LABEL } from '../decisions/types'
import { CLAUSES, type Clause } from './clauses'

export type RuleStatus = 'holds' | 'contested' | 'fails'
export type RuleId =
  | 'request'
  | 'armed-attack'
  | 'de-jure-territory'
  | 'not-between-members'
  | 'source-of-aggression'
  | 'consensus'

/** What a rule saw and concluded: the per-condition detail the debrief, CLI and play-test print from. */
export interface RuleResult {
  readonly rule: RuleId
  readonly title: string
  readonly status: RuleStatus
  readonly reason: string
  readonly facts: readonly {
    readonly path: FactPath | 'territory' | 'adversary' | 'threat.kind' | 'framing'
    readonly value: string | number
  }[]
  readonly clauses: readonly Clause[]
}

/** The request as the rules see it: made (with its framing), or still hypothetical. */
export type RequestInput = Request | 'hypothetical' | 'none'

export interface TreatyRule {
  readonly id: RuleId
  readonly title: string
  readonly evaluate: (facts: Facts, request: RequestInput) => Omit<RuleResult, 'rule' | 'title'>
}

/** Below this share of armed violence the events are protest or disorder, not an armed attack. */
export const ARMED_ATTACK_FLOOR = 0.2
/** From this share the events are plainly an armed attack. */
export const ARMED_ATTACK_CLEAR = 0.5
/** Evidence of outside involvement from which a foreign framing is more than a claim. */
export const EVIDENCE_THRESHOLD = 0.6

const requestRule: TreatyRule = {
  id: 'request',
  title: 'The attacked member must ask',
  evaluate: (_facts, request) => {
    if (request === 'none')
      return {
        status: 'fails',
        reason: 'No request was made: Article 4 acts only "at the request" of the attacked member.',
        facts: [],
        clauses: [CLAUSES.article4],
      }
    if (request === 'hypothetical')
      return {
        status: 'holds',
        reason: 'Assumed for this reading: the verdict says what a request would meet.',
        facts: [],
        clauses: [CLAUSES.article4],
      }
    return {
      status: 'holds',
      reason: `The member asked, framing the threat as ${FRAMING_LABEL[request.framing]}.`,
      facts: [{ path: 'framing', value: request.framing }],
      clauses: [CLAUSES.article4],
    }
  },
}

const armedAttack: TreatyRule = {
  id: 'armed-attack',
  title: 'An armed attack threatening the member',
  evaluate: (facts) => {
    const v = facts.threat.armedViolence
    const seen = [{ path: 'threat.armedViolence' as const, value: v }]
    if (v < ARMED_ATTACK_FLOOR)
      return {
        status: 'fails',
        reason: `Armed violence is low (${v}): protest or disorder is not "an armed attack".`,
        facts: seen,
        clauses: [CLAUSES.article4],
      }
    if (v < ARMED_ATTACK_CLEAR)
      return {
        status: 'contested',
        reason: `Armed violence is real but limited (${v}): whether it amounts to an armed attack is arguable.`,
        facts: seen,
        clauses: [CLAUSES.article4],
      }
    return {
      status: 'holds',
      reason: `Armed violence is serious (${v}) and threatens the member's security and stability.`,
      facts: seen,
      clauses: [CLAUSES.article4],
    }
  },
}

const territory: TreatyRule = {
  id: 'de-jure-territory',
  title: "On the member's own de jure territory",
  evaluate: (facts) => {
    const seen = [{ path: 'territory' as const, value: facts.territory }]
    switch (facts.territory) {
      case 'own':
        return {
          status: 'holds',
          reason: "The fighting is on the member's recognised territory.",
          facts: seen,
          clauses: [CLAUSES.article4],
        }
      case 'disputed':
        return {
          status: 'contested',
          reason: 'The border there is not demarcated: whose territory is attacked is itself in dispute.',
          facts: seen,
          clauses: [CLAUSES.article4],
        }
      case 'foreign':
        return {
          status: 'fails',
          reason:
            "The fighting is on land that is de jure another state's: the treaty protects members' own territory.",
          facts: seen,
          clauses: [CLAUSES.article4, CLAUSES.karabakh2020],
        }
    }
  },
}

const notBetweenMembers: TreatyRule = {
  id: 'not-between-members',
  title: 'Not a conflict between two members',
  evaluate: (facts) => {
    const seen = [{ path: 'adversary' as const, value: facts.adversary.kind }]
    return facts.adversary.kind === 'member'
      ? {
          status: 'fails',
          reason:
            'The adversary is a fellow member: Article 1 binds both to settle it peacefully, outside Article 4.',
          facts: seen,
          clauses: [CLAUSES.article1],
        }
      : {
          status: 'holds',
          reason: 'The adversary is not a member of the alliance.',
          facts: seen,
          clauses: [CLAUSES.article1],
        }
  },
}

const sourceOfAggression: TreatyRule = {
  id: 'source-of-aggression',
  title: 'Aggression from outside (the 2010 reading)',
  evaluate: (facts, request) => {
    const evidence = facts.threat.outsideEvidence
    const seen = [
      { path: 'adversary' as const, value: facts.adversary.kind },
      { path: 'threat.outsideEvidence' as const, value: evidence },
    ]
    const clauses = [CLAUSES.reading2010, CLAUSES.article4]
    if (facts.adversary.kind !== 'internal')
      return {
        status: 'holds',
        reason: 'The attacker comes from outside the member: the source is external.',
        facts: seen,
        clauses,
      }
    const claimsOutside =
      request !== 'none' && request !== 'hypothetical' && request.framing !== 'internal-unrest'
    if (evidence >= EVIDENCE_THRESHOLD)
      return {
        status: 'holds',
        reason: `Evidence of outside involvement is strong (${evidence}): even the strict reading is met.`,
        facts: seen,
        clauses,
      }
    return claimsOutside
      ? {
          status: 'contested',
          reason: `The request claims outside involvement, but the evidence is weak (${evidence}): the strict reading is met only on the requester's word.`,
          facts: [...seen, { path: 'framing', value: request.framing }],
          clauses,
        }
      : {
          status: 'contested',
          reason: `An internal conflict: the text is silent on the source, but the 2010 reading excludes it (evidence of outside involvement ${evidence}).`,
          facts: seen,
          clauses,
        }
  },
}

/** The legal conditions, in the order the debrief reads them. Consensus is decided later, by the votes. */
export const TREATY_RULES: readonly TreatyRule[] = [
  requestRule,
  armedAttack,
  territory,
  notBetweenMembers,
  sourceOfAggression,
]
