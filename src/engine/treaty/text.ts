// Which text of the treaty applies to a crisis: the one in force on the day it began.
import type { Facts, Scenario } from '../../scenario/types'

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

export const textInForce = (date: string): TreatyText => (date < AMENDED_FROM ? '1992' : 'amended')

/** What the treaty's rules read: the facts, the date, and whether the state asking is a party at all. */
export interface Situation {
  readonly facts: Facts
  readonly date: string
  readonly text: TreatyText
  readonly requesterIsMember: boolean
}

export const situationOf = (scenario: Scenario): Situation => ({
  facts: scenario.facts,
  date: scenario.dates.start,
  text: textInForce(scenario.dates.start),
  requesterIsMember: scenario.members.includes(scenario.requester),
})
