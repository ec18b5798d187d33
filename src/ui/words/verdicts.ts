// The treaty's verdict in words: the verdict, each rule's status, and the facts a rule reads, which "Show the
// numbers" lists with what each scale means (rules.ts words each rule). The words are message ids.
import type { RuleResult, RuleStatus, VerdictStatus } from '../../store'

export const VERDICT_WORDS: Readonly<Record<VerdictStatus, string>> = {
  eligible: 'words.verdict.eligible',
  contested: 'words.verdict.contested',
  'not-eligible': 'words.verdict.notEligible',
}

export const STATUS_WORDS: Readonly<Record<RuleStatus, string>> = {
  holds: 'words.rule.holds',
  contested: 'words.rule.contested',
  fails: 'words.rule.fails',
}

type FactPath = RuleResult['facts'][number]['path']

/** What each fact a rule reads is, and what its two ends mean when it is a number from 0 to 1. */
export const FACT_WORDS: Readonly<Record<FactPath, string>> = {
  'threat.armedViolence': 'words.fact.armedViolence',
  'threat.regimeThreat': 'words.fact.regimeThreat',
  'threat.outsideEvidence': 'words.fact.outsideEvidence',
  'moscow.legitimacy': 'words.fact.legitimacy',
  'moscow.commitments': 'words.fact.commitments',
  'china.stakes': 'words.fact.chinaStakes',
  territory: 'words.fact.territory',
  adversary: 'words.fact.adversary',
  'threat.kind': 'words.fact.threatKind',
  framing: 'words.fact.framing',
  date: 'words.fact.date',
}
