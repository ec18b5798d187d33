// What a rule of Article 4 is and what it concludes: its id and status, the facts and clauses it read, and the
// request as it sees it. The rules themselves are in rules.ts.
import type { FactPath } from '../../scenario/types'
import type { Request } from '../decisions/types'
import type { Clause } from './clauses'
import type { Situation } from './text'

export type RuleStatus = 'holds' | 'contested' | 'fails'
export type RuleId =
  | 'member'
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
    readonly path: FactPath | 'territory' | 'adversary' | 'threat.kind' | 'framing' | 'date'
    readonly value: string | number
  }[]
  readonly clauses: readonly Clause[]
}

/** The request as the rules see it: made (with its framing), or still hypothetical. */
export type RequestInput = Request | 'hypothetical' | 'none'

type Evaluation = Omit<RuleResult, 'rule' | 'title' | 'clauses'> & {
  readonly clauses: readonly Clause[]
}

export interface TreatyRule {
  readonly id: RuleId
  readonly title: (s: Situation) => string
  readonly evaluate: (s: Situation, request: RequestInput) => Evaluation
}
