// The treaty's verdict in words: the verdict, each rule's status, and the facts a rule reads, which "Show the
// numbers" lists with what each scale means (rules.ts words each rule). The words are message ids.
import type { Framing, RuleResult, RuleStatus, ShownVerdict } from '../../store'
import type { Translate } from '../i18n/use-text'
import { FRAMING_LABEL } from './decisions'

export const VERDICT_WORDS: Readonly<Record<ShownVerdict, string>> = {
  eligible: 'words.verdict.eligible',
  contested: 'words.verdict.contested',
  'not-eligible': 'words.verdict.notEligible',
  blocked: 'words.verdict.blocked',
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

export const ADVERSARY_WORDS: Readonly<Record<string, string>> = {
  internal: 'words.value.adversary.internal',
  member: 'words.value.adversary.member',
  'partner-of-russia': 'words.value.adversary.partnerOfRussia',
  outsider: 'words.value.adversary.outsider',
}

function valueId(path: FactPath, value: string): string | undefined {
  switch (path) {
    case 'adversary':
      return ADVERSARY_WORDS[value]
    case 'territory':
      return `compare.territory.${value}`
    case 'framing':
      return FRAMING_LABEL[value as Framing]
    default:
      return undefined
  }
}

/** A fact's value that is not a number (a kind, a framing) in words, for "Show the numbers"; a date as it is. */
export function factValueText(path: FactPath, value: string, t: Translate): string {
  const id = valueId(path, value)
  return id ? t(id) : value
}
