// The treaty in plain words for the briefing, as it stood on the scenario's start date: the text then in force
// (the 1992 text until 18 December 2012, the amended one after) and only the precedents that came before.
import { AMENDED_FROM } from '../store/engine-face'
import { type DatedHelp, helpAsOf } from './precedents'

export interface TreatyPoint {
  readonly title: string
  readonly text: string
}

const READING_2010 = {
  date: '2010-06-11',
  text: 'In June 2010 President Medvedev read it that way: only "an attempt to seize power from the outside" calls for the collective forces.',
}
const KAZAKHSTAN_2022 = {
  date: '2022-01-05',
  text: 'Kazakhstan met that reading in January 2022 by calling riots the work of terrorists trained abroad.',
}
const KARABAKH_2020 = {
  date: '2020-10-07',
  text: 'In October 2020 Moscow said its obligations to Armenia "do not extend to Karabakh".',
}

const POINTS_1992: readonly (DatedHelp & { title: string })[] = [
  {
    title: 'Article 4: an attack on one is an attack on all',
    text: 'If a member suffers aggression by any state or group of states, the others treat it as aggression against them all and give it the help it needs, military help included, under Article 51 of the UN Charter.',
  },
  {
    title: 'Aggression by a state',
    text: 'The text in force speaks of aggression by states. A riot, a revolt or ethnic violence inside a member is outside it, unless a state can be shown to be behind it. It says nothing of how a member asks.',
    precedents: [READING_2010],
  },
]

const POINTS_AMENDED: readonly (DatedHelp & { title: string })[] = [
  {
    title: 'Article 4: an attack on one is an attack on all',
    text: 'If a member suffers aggression — an armed attack that threatens its security, stability, territorial integrity or sovereignty — the others treat it as aggression against them all.',
  },
  {
    title: 'Only if the member asks',
    text: 'At the request of the attacked member, the others give it the help it needs, military help included, under Article 51 of the UN Charter, and inform the UN Security Council.',
  },
  {
    title: 'From outside? The text is silent',
    text: 'The treaty does not say the attacker must come from abroad.',
    precedents: [READING_2010, KAZAKHSTAN_2022],
  },
]

const POINTS_ALWAYS: readonly (DatedHelp & { title: string })[] = [
  {
    title: 'Not between members, not beyond their borders',
    text: 'Article 1 binds members to settle their own disputes peacefully, so a clash between two members falls outside Article 4. And Article 4 protects a member’s own territory.',
    precedents: [KARABAKH_2020],
  },
  {
    title: 'Everyone must agree',
    text: 'The Collective Security Council decides by consensus: one member’s objection stops a decision. Article 2 offers a weaker path — consultations when a member feels threatened.',
  },
]

/** Article 4 in plain words as a player on `start` would read it. */
export function article4AsOf(start: string): TreatyPoint[] {
  const text = start < AMENDED_FROM ? POINTS_1992 : POINTS_AMENDED
  return [...text, ...POINTS_ALWAYS].map((p) => ({ title: p.title, text: helpAsOf(p, start) }))
}
