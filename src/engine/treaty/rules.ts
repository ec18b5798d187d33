// Article 4's conditions as named rule objects: an id, the clauses it stands on, a test over the situation, a
// reason. Each rule reads the text in force on the crisis's first day (see text.ts).
import { FRAMING_LABEL } from '../decisions/types'
import { ARTICLE_4, CLAUSES, citable } from './clauses'
import type { TreatyRule } from './rule-types'
import { territoryRule } from './territory-rule'

/** Below this share of armed violence the events are protest or disorder, not an armed attack. */
export const ARMED_ATTACK_FLOOR = 0.2
/** From this share the events are plainly an armed attack. */
export const ARMED_ATTACK_CLEAR = 0.5
/** Evidence of outside involvement from which a foreign framing is more than a claim. */
export const EVIDENCE_THRESHOLD = 0.6

const memberRule: TreatyRule = {
  id: 'member',
  title: () => 'The state asking is a member',
  evaluate: (s) =>
    s.requesterIsMember
      ? {
          status: 'holds',
          reason: 'The state at risk is a party to the treaty.',
          facts: [],
          clauses: [CLAUSES.membership],
        }
      : {
          status: 'fails',
          reason:
            'The state at risk is not a party to the treaty: Article 4 protects members only. Moscow can still help it under another agreement, outside the alliance.',
          facts: [],
          clauses: [CLAUSES.membership],
        },
}

const requestRule: TreatyRule = {
  id: 'request',
  title: (s) => (s.text === '1992' ? 'The member seeks help' : 'The attacked member must ask'),
  evaluate: (s, request) => {
    const clauses = [ARTICLE_4[s.text]]
    if (request === 'none')
      return {
        status: 'fails',
        reason:
          s.text === '1992'
            ? 'Nobody asked: the 1992 text has no request clause, but without a plea from the member no help is set in motion.'
            : 'No request was made: Article 4 acts only "at the request" of the attacked member.',
        facts: [],
        clauses,
      }
    if (request === 'hypothetical')
      return {
        status: 'holds',
        reason: 'Assumed for this reading: the verdict says what a request would meet.',
        facts: [],
        clauses,
      }
    return {
      status: 'holds',
      reason:
        s.text === '1992'
          ? `The member pleaded for help, framing the threat as ${FRAMING_LABEL[request.framing]} (the 1992 text sets no procedure for it).`
          : `The member asked, framing the threat as ${FRAMING_LABEL[request.framing]}.`,
      facts: [{ path: 'framing', value: request.framing }],
      clauses,
    }
  },
}

/**
 * How serious the violence is, in the words of the text in force: the 1992 text speaks only of aggression; "an
 * armed attack threatening security, stability, territorial integrity and sovereignty" is the amended text's.
 */
const armedAttack: TreatyRule = {
  id: 'armed-attack',
  title: (s) =>
    s.text === '1992' ? 'Aggression against the member' : 'An armed attack threatening the member',
  evaluate: (s) => {
    const v = s.facts.threat.armedViolence
    const facts = [{ path: 'threat.armedViolence' as const, value: v }]
    const clauses = [ARTICLE_4[s.text]]
    const original = s.text === '1992'
    const attack = original ? 'aggression' : 'an armed attack'
    if (v < ARMED_ATTACK_FLOOR)
      return {
        status: 'fails',
        reason: `Armed violence is low (${v}): protest or disorder is not ${attack}.`,
        facts,
        clauses,
      }
    if (v < ARMED_ATTACK_CLEAR)
      return {
        status: 'contested',
        reason: `Armed violence is real but limited (${v}): whether it amounts to ${attack} is arguable.`,
        facts,
        clauses,
      }
    return {
      status: 'holds',
      reason: original
        ? `Armed violence is serious (${v}): enough to count as aggression against the member.`
        : `Armed violence is serious (${v}) and threatens the member's security and stability.`,
      facts,
      clauses,
    }
  },
}

const notBetweenMembers: TreatyRule = {
  id: 'not-between-members',
  title: () => 'Not a conflict between two members',
  evaluate: (s) => {
    const facts = [{ path: 'adversary' as const, value: s.facts.adversary.kind }]
    return s.facts.adversary.kind === 'member'
      ? {
          status: 'fails',
          reason:
            'The adversary is a fellow member: Article 1 binds both to settle it peacefully, outside Article 4.',
          facts,
          clauses: [CLAUSES.article1],
        }
      : {
          status: 'holds',
          reason: 'The adversary is not a member of the alliance.',
          facts,
          clauses: [CLAUSES.article1],
        }
  },
}

/**
 * Where the aggression comes from. The 1992 text names "any state or group of states", so a member's internal
 * conflict is outside it. The amended text is silent, but since June 2010 the alliance's leaders have read it
 * as covering only attacks from outside: a member that calls its own crisis internal unrest asks for what
 * that reading refuses, and one that blames foreigners without evidence meets it only on its own word.
 */
const sourceOfAggression: TreatyRule = {
  id: 'source-of-aggression',
  title: (s) =>
    s.text === '1992'
      ? 'Aggression by a state (the 1992 text)'
      : "Aggression from outside (the alliance's reading)",
  evaluate: (s, request) => {
    const { adversary, threat } = s.facts
    const evidence = threat.outsideEvidence
    const facts = [
      { path: 'adversary' as const, value: adversary.kind },
      { path: 'threat.outsideEvidence' as const, value: evidence },
    ]
    const clauses = citable(
      s.text === '1992' ? [CLAUSES.article4of1992] : [CLAUSES.reading2010, CLAUSES.article4],
      s.date,
    )
    const framing = request !== 'none' && request !== 'hypothetical' ? request.framing : undefined
    if (adversary.kind !== 'internal') {
      if (s.text === '1992' && !adversary.actor)
        return {
          status: 'contested',
          reason:
            'The attackers come from abroad but are not a state: the 1992 text speaks of aggression by states.',
          facts,
          clauses,
        }
      return {
        status: 'holds',
        reason: 'The attacker comes from outside the member: the source is external.',
        facts,
        clauses,
      }
    }
    if (evidence >= EVIDENCE_THRESHOLD)
      return {
        status: s.text === '1992' ? 'contested' : 'holds',
        reason:
          s.text === '1992'
            ? `Evidence of outside involvement is strong (${evidence}), but the 1992 text needs a state behind the attack: arguable.`
            : `Evidence of outside involvement is strong (${evidence}): even the strict reading is met.`,
        facts,
        clauses,
      }
    if (s.text === '1992')
      return {
        status: 'fails',
        reason: `An internal conflict (evidence of outside involvement ${evidence}): the 1992 text covers aggression by states only.`,
        facts,
        clauses,
      }
    if (framing === 'foreign-backed' || framing === 'external-attack')
      return {
        status: 'contested',
        reason:
          framing === 'foreign-backed'
            ? `The request blames terrorists backed from abroad, but the evidence of outside involvement is weak (${evidence}): the alliance's reading is met only on the requester's word.`
            : `The request speaks of an attack from outside, yet no state is attacking and the evidence of outside involvement is weak (${evidence}): the alliance's reading is met only on the requester's word, and the claim goes further than blaming terrorists backed from abroad.`,
        facts: [...facts, { path: 'framing', value: framing }],
        clauses,
      }
    if (framing === 'internal-unrest')
      return {
        status: 'fails',
        reason:
          "The member itself calls it internal unrest: the treaty's text is silent on the source, but the alliance's reading since 2010 excludes internal conflicts.",
        facts: [...facts, { path: 'framing', value: framing }],
        clauses,
      }
    return {
      status: 'contested',
      reason: `An internal conflict (evidence of outside involvement ${evidence}): only a request that blames outsiders could meet the alliance's reading.`,
      facts,
      clauses,
    }
  },
}

/** The legal conditions, in the order the debrief reads them. Consensus is decided later, by the votes. */
export const TREATY_RULES: readonly TreatyRule[] = [
  memberRule,
  requestRule,
  armedAttack,
  territoryRule,
  notBetweenMembers,
  sourceOfAggression,
]
