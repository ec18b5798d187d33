// The treaty verdict: every rule's result, and the status they add up to.
import type { ActorId, Facts } from '../../scenario/types'
import type { VoteDecision } from '../decisions/types'
import { CLAUSES } from './clauses'
import { type RequestInput, type RuleResult, TREATY_RULES } from './rules'

export type VerdictStatus = 'eligible' | 'contested' | 'not-eligible'

export interface Verdict {
  readonly status: VerdictStatus
  readonly rules: readonly RuleResult[]
}

/** Any failed rule makes a case not eligible; otherwise any contested rule makes it contested. */
export function evaluateTreaty(facts: Facts, request: RequestInput): Verdict {
  const rules = TREATY_RULES.map((r) => ({ rule: r.id, title: r.title, ...r.evaluate(facts, request) }))
  return { status: statusOf(rules), rules }
}

export function statusOf(rules: readonly RuleResult[]): VerdictStatus {
  if (rules.some((r) => r.status === 'fails')) return 'not-eligible'
  if (rules.some((r) => r.status === 'contested')) return 'contested'
  return 'eligible'
}

/** The Council's consensus, once a grant has been put to the vote. */
export function consensusResult(votes: readonly { actor: ActorId; vote: VoteDecision }[]): RuleResult {
  const objectors = votes.filter((v) => v.vote.kind === 'object').map((v) => v.actor)
  return objectors.length > 0
    ? {
        rule: 'consensus',
        title: 'The Collective Security Council agrees by consensus',
        status: 'fails',
        reason: `No consensus: ${objectors.join(', ')} objected.`,
        facts: [],
        clauses: [CLAUSES.consensus],
      }
    : {
        rule: 'consensus',
        title: 'The Collective Security Council agrees by consensus',
        status: 'holds',
        reason: votes.length > 0 ? 'Every member consented.' : 'No other member had to be asked.',
        facts: [],
        clauses: [CLAUSES.consensus],
      }
}
