// The treaty in plain words for the briefing, as it stood on the scenario's start date: the text then in force
// (the 1992 text until 18 December 2012, the amended one after) and only the precedents that came before. The
// words are the catalog's (`treaty.*`), in the player's language.
import { AMENDED_FROM } from '../store/engine-face'
import type { Translate } from './i18n/use-text'
import { type DatedHelp, helpAsOf } from './precedents'

export interface TreatyPoint {
  readonly title: string
  readonly text: string
}

const READING_2010 = { date: '2010-06-11', text: 'treaty.precedent.reading2010' }
const KAZAKHSTAN_2022 = { date: '2022-01-05', text: 'treaty.precedent.kazakhstan2022' }
const KARABAKH_2020 = { date: '2020-10-07', text: 'treaty.precedent.karabakh2020' }

const POINTS_1992: readonly (DatedHelp & { title: string })[] = [
  { title: 'treaty.attack.title', text: 'treaty.attack1992.text' },
  { title: 'treaty.byState.title', text: 'treaty.byState.text', precedents: [READING_2010] },
]

const POINTS_AMENDED: readonly (DatedHelp & { title: string })[] = [
  { title: 'treaty.attack.title', text: 'treaty.attackAmended.text' },
  { title: 'treaty.ask.title', text: 'treaty.ask.text' },
  { title: 'treaty.silent.title', text: 'treaty.silent.text', precedents: [READING_2010, KAZAKHSTAN_2022] },
]

const POINTS_ALWAYS: readonly (DatedHelp & { title: string })[] = [
  { title: 'treaty.members.title', text: 'treaty.members.text', precedents: [KARABAKH_2020] },
  { title: 'treaty.consensus.title', text: 'treaty.consensus.text' },
]

/** Article 4 in plain words as a player on `start` would read it, in `t`'s language. */
export function article4AsOf(start: string, t: Translate): TreatyPoint[] {
  const text = start < AMENDED_FROM ? POINTS_1992 : POINTS_AMENDED
  return [...text, ...POINTS_ALWAYS].map((p) => ({ title: t(p.title), text: helpAsOf(p, start, t) }))
}
