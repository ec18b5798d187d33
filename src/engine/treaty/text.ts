// Which text of the treaty applies to a crisis: the one in force on the day its first decision is taken.
import type { Facts, Scenario } from '../../scenario/types'

/**
 * The one rule for every dated thing the treaty's reading knows (a text, a Charter amendment, a precedent): what
 * is dated D is in force, and citable, on D and after. A statement made on 7 October is known on 7 October.
 * `textInForce`, `citable` and the Council's vote options all ask this, so they never disagree on a day.
 */
export const inForceOn = (since: string, date: string): boolean => since <= date

/**
 * The day the treaty is read for a scenario: the day of its first decision (`dates.decision`) when it gives
 * one, else its start. The verdict, the text in force, the precedents it cites and the Council's options all
 * follow this one day; chronology (which case came first) still goes by the start.
 */
export const treatyDay = (dates: { readonly start: string; readonly decision?: string }): string =>
  dates.decision ?? dates.start

/**
 * '1992': Article 4 as signed in Tashkent (aggression "by any state or group of states", no request clause).
 * 'amended': as amended by the Protocol of 10 December 2010, in force from 19 December 2012.
 */
export type TreatyText = '1992' | 'amended'

/** The first day of the amended text (Protocol of 10 December 2010; kremlin.ru, 31 August 2011). */
export const AMENDED_FROM = '2012-12-19'
/** The Charter amendments that let a member stay out of a decision without blocking it. */
export const ABSTENTION_FROM = '2010-12-10'

export const TREATY_TEXT_LABEL: Readonly<Record<TreatyText, string>> = {
  '1992': 'the 1992 text of the treaty (in force until 18 December 2012)',
  amended: 'the treaty as amended in 2010 (in force from 19 December 2012)',
}

export const textInForce = (date: string): TreatyText => (inForceOn(AMENDED_FROM, date) ? 'amended' : '1992')

/** What the treaty's rules read: the facts, the day it is read (`treatyDay`), and whether the asker is a party. */
export interface Situation {
  readonly facts: Facts
  readonly date: string
  readonly text: TreatyText
  readonly requesterIsMember: boolean
}

export function situationOf(scenario: Scenario): Situation {
  const date = treatyDay(scenario.dates)
  return {
    facts: scenario.facts,
    date,
    text: textInForce(date),
    requesterIsMember: scenario.members.includes(scenario.requester),
  }
}
