// The treaty's verdict in words: the verdict, each rule's status, and a rule's reason without the model's
// numbers, which "Show the numbers" lists with what each scale means.
import type { RuleResult, RuleStatus, VerdictStatus } from '../../store'

export const VERDICT_WORDS: Readonly<Record<VerdictStatus, string>> = {
  eligible: 'Eligible: every condition of Article 4 holds',
  contested: 'Contested: the treaty can be read either way',
  'not-eligible': 'Not eligible: a condition of Article 4 fails',
}

export const STATUS_WORDS: Readonly<Record<RuleStatus, string>> = {
  holds: 'Holds',
  contested: 'Contested',
  fails: 'Fails',
}

/** A rule's reason as the engine words it, less the numbers it puts in brackets: "serious (0.6)" reads "serious". */
export const plainReason = (reason: string): string =>
  reason.replace(/\s*\((?:[a-z ]+ )?\d+(?:\.\d+)?\)/g, '').replace(/\s+([:.,])/g, '$1')

type FactPath = RuleResult['facts'][number]['path']

/** What each fact a rule reads is, and what its two ends mean when it is a number from 0 to 1. */
const FACT_WORDS: Readonly<Record<FactPath, string>> = {
  'threat.armedViolence': 'How armed the violence is (0 protest, 1 open war)',
  'threat.regimeThreat': "The threat to the government's hold on power (0 none, 1 about to fall)",
  'threat.outsideEvidence': 'Evidence of outside involvement (0 none, 1 proven)',
  'moscow.legitimacy': "Moscow's view of the government's legitimacy (0 doubtful, 1 fully legitimate)",
  'moscow.commitments': "Russia's competing military commitments (0 free hands, 1 stretched elsewhere)",
  'china.stakes': "China's stakes in the country (0 few, 1 vital)",
  territory: 'Whose territory it is',
  adversary: 'Who the adversary is',
  'threat.kind': 'The kind of threat',
  framing: 'How the request frames it',
  date: 'The date',
}

export const factWords = (path: FactPath): string => FACT_WORDS[path]
