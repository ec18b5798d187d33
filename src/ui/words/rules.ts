// The treaty rules in words: each rule's title and reason as a message, chosen by what the engine's result says
// (the rule, its status, the facts it read, the text in force), so the verdict reads in the reader's language.
// The engine's own English (RuleResult.title and .reason) stays for the command line and the play-test report;
// tests/words-rules.test.ts holds the English messages to it for every case the rules can give.
import {
  actorName,
  type Language,
  type Move,
  type RuleResult,
  type Scenario,
  type Verdict,
} from '../../store'
import { formatList } from '../format'
import type { Translate } from '../i18n/use-text'
import { midSentence, startingSentence } from './mid-sentence'

type RuleId = RuleResult['rule']

const TITLE: Readonly<Record<RuleId, string>> = {
  member: 'rule.member.title',
  request: 'rule.request.title',
  'armed-attack': 'rule.armedAttack.title',
  'de-jure-territory': 'rule.territory.title',
  'not-between-members': 'rule.members.title',
  'source-of-aggression': 'rule.source.title',
  consensus: 'rule.consensus.title',
}

const factOf = (rule: RuleResult, path: RuleResult['facts'][number]['path']) =>
  rule.facts.find((f) => f.path === path)?.value

/** Which of a rule's reasons the result gives: its status, and for some rules the facts it read. */
function reasonId(rule: RuleResult, text: Verdict['text']): string | null {
  const { status } = rule
  switch (rule.rule) {
    case 'consensus':
      return null
    case 'member':
      return status === 'holds' ? 'rule.member.holds' : 'rule.member.fails'
    case 'request':
      if (status === 'fails') return 'rule.request.none'
      return factOf(rule, 'framing') === undefined ? 'rule.request.assumed' : 'rule.request.asked'
    case 'armed-attack':
      return {
        holds: 'rule.armedAttack.holds',
        contested: 'rule.armedAttack.contested',
        fails: 'rule.armedAttack.fails',
      }[status]
    case 'de-jure-territory':
      return {
        holds: 'rule.territory.holds',
        contested: 'rule.territory.contested',
        fails: 'rule.territory.fails',
      }[status]
    case 'not-between-members':
      return status === 'holds' ? 'rule.members.holds' : 'rule.members.fails'
    case 'source-of-aggression': {
      if (factOf(rule, 'adversary') !== 'internal')
        return status === 'holds' ? 'rule.source.external' : 'rule.source.notState'
      // A framing is read only under the amended text, when the evidence alone does not decide.
      if (factOf(rule, 'framing') !== undefined)
        return status === 'fails' ? 'rule.source.selfInternal' : 'rule.source.claimed'
      if (text === '1992') return status === 'fails' ? 'rule.source.internal1992' : 'rule.source.strong'
      return status === 'holds' ? 'rule.source.strong' : 'rule.source.internal'
    }
  }
}

/** A framing as a message's select names it (ICU keys cannot hold a hyphen). */
const FRAMING_KEY: Readonly<Record<string, string>> = {
  'internal-unrest': 'internal',
  'foreign-backed': 'foreign',
  'external-attack': 'external',
}

const textValue = (text: Verdict['text']) => (text === '1992' ? 'original' : 'amended')

export const ruleTitle = (rule: RuleResult, text: Verdict['text'], t: Translate): string =>
  t(TITLE[rule.rule], { text: textValue(text) })

/** Who voted how in the Council, for the consensus rule: its result names them only in the engine's English. */
export interface Council {
  readonly moves: readonly Pick<Move, 'stage' | 'actor' | 'decision'>[]
  readonly scenario: Pick<Scenario, 'actors'>
  readonly language: Language
}

function consensusReason({ moves, scenario, language }: Council, t: Translate): string {
  const votes = moves.filter((m) => m.stage === 'vote')
  const named = (kind: Move['decision']['kind']) =>
    votes.filter((m) => m.decision.kind === kind).map((m) => actorName(scenario, m.actor))
  const objectors = named('object')
  // "No consensus: the objectors objected", after the colon; "The abstainers stayed out", starting a sentence.
  if (objectors.length > 0)
    return t('rule.consensus.blocked', { names: formatList(objectors.map(midSentence), language) })
  if (votes.length === 0) return t('rule.consensus.alone')
  const abstainers = named('abstain')
  return t('rule.consensus.agreed', {
    every: votes.every((m) => m.decision.kind === 'abstain') ? 'no' : 'yes',
    out: abstainers.length === 0 ? 'none' : 'some',
    names: formatList(startingSentence(abstainers), language),
  })
}

/**
 * The rule's reason without the model's numbers ("Show the numbers" lists them beside it). The consensus rule
 * needs the Council's votes to be worded; without them its reason is the engine's English.
 */
export function ruleReason(rule: RuleResult, text: Verdict['text'], t: Translate, council?: Council): string {
  const id = reasonId(rule, text)
  if (id === null) return council ? consensusReason(council, t) : rule.reason
  return t(id, {
    text: textValue(text),
    framing: FRAMING_KEY[String(factOf(rule, 'framing'))] ?? 'none',
    reading: readingOf(rule),
  })
}

/**
 * Whose reading a rule's reason gives: Moscow's where the rule cites its statement of 7 October 2020 (from that
 * day on, that help stops at a member's own territory), else the model's own.
 */
const readingOf = (rule: RuleResult): 'moscow' | 'model' =>
  rule.clauses.some((c) => c.id === 'karabakh-2020') ? 'moscow' : 'model'
