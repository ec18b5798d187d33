// The treaty verdict: every rule's result under the text in force, and the status they add up to.
import type { ActorId } from '../../scenario/types'
import type { Vote } from '../decisions/types'
import { CLAUSES, citable } from './clauses'
import type { RequestInput, RuleResult } from './rule-types'
import { TREATY_RULES } from './rules'
import { type Situation, TREATY_TEXT_LABEL, type TreatyText } from './text'

export type VerdictStatus = 'eligible' | 'contested' | 'not-eligible'

export interface Verdict {
  readonly status: VerdictStatus
  /** The text the rules read: the one in force on the day of the crisis's first decision (`treatyDay`). */
  readonly text: TreatyText
  readonly textLabel: string
  readonly rules: readonly RuleResult[]
}

/** Any failed rule makes a case not eligible; otherwise any contested rule makes it contested. */
export function evaluateTreaty(situation: Situation, request: RequestInput): Verdict {
  const rules = TREATY_RULES.map((r) => ({
    rule: r.id,
    title: r.title(situation),
    ...r.evaluate(situation, request),
  }))
  return {
    status: statusOf(rules),
    text: situation.text,
    textLabel: TREATY_TEXT_LABEL[situation.text],
    rules,
  }
}

export function statusOf(rules: readonly RuleResult[]): VerdictStatus {
  if (rules.some((r) => r.status === 'fails')) return 'not-eligible'
  if (rules.some((r) => r.status === 'contested')) return 'contested'
  return 'eligible'
}

/** The Council's consensus, once a force has been put to the vote: an objection blocks, an abstention does not. */
export function consensusResult(
  votes: readonly Vote[],
  name: (actor: ActorId) => string,
  date: string,
): RuleResult {
  const by = (kind: Vote['vote']['kind']) =>
    votes.filter((v) => v.vote.kind === kind).map((v) => name(v.actor))
  const objectors = by('object')
  const abstainers = by('abstain')
  const clauses = citable([CLAUSES.consensus, CLAUSES.abstention], date)
  const title = 'The Collective Security Council agrees by consensus'
  if (objectors.length > 0)
    return {
      rule: 'consensus',
      title,
      status: 'fails',
      reason: `No consensus: ${list(objectors)} objected.`,
      facts: [],
      clauses,
    }
  const stayedOut = abstainers.length > 0 ? ` ${list(abstainers)} stayed out without blocking it.` : ''
  return {
    rule: 'consensus',
    title,
    status: 'holds',
    reason:
      votes.length === 0
        ? 'No other member had to be asked.'
        : abstainers.length === votes.length
          ? `No member objected.${stayedOut}`
          : `Every member agreed.${stayedOut}`,
    facts: [],
    clauses,
  }
}

const list = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
