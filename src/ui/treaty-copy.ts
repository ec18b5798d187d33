// The treaty in plain words for the briefing, as it stood on the day the treaty is read (`treatyDay`: the day of
// the scenario's first decision, else its start), the day the verdict reads it too: the text then in force (the
// 1992 text until 18 December 2012, the amended one after), only the rules already adopted (a member may stay
// out of a decision only from 10 December 2010) and only the precedents set by then. Whatever is dated D is
// said on D and after (`inForceOn`), as the engine cites it. The words are the catalog's (`treaty.*`), in the
// player's language.
import { ABSTENTION_FROM, inForceOn, textInForce, treatyDay } from '../store/engine-face'
import type { Translate } from './i18n/use-text'
import type { Precedent } from './precedents'

export interface TreatyPoint {
  readonly title: string
  readonly text: string
}

/** A sentence of a point; one with `from` states a rule adopted that day, so it is said only from then on. */
interface Sentence {
  readonly text: string
  readonly from?: string
}

interface Point {
  readonly title: string
  /** A title that says more once a precedent has said it, from that precedent's day on. */
  readonly laterTitle?: { readonly from: string; readonly title: string }
  readonly sentences: readonly Sentence[]
  readonly precedents?: readonly Precedent[]
}

const READING_2010 = { date: '2010-06-11', text: 'treaty.precedent.reading2010' }
// A precedent once the Council took Kazakhstan's framing, in the first hours of 6 January: never told to the
// crisis's own players on 5 January, the day Tokayev asked.
const KAZAKHSTAN_2022 = { date: '2022-01-06', text: 'treaty.precedent.kazakhstan2022' }
const KARABAKH_2020 = { date: '2020-10-07', text: 'treaty.precedent.karabakh2020' }

const POINTS_1992: readonly Point[] = [
  { title: 'treaty.attack.title', sentences: [{ text: 'treaty.attack1992.text' }] },
  { title: 'treaty.byState.title', sentences: [{ text: 'treaty.byState.text' }], precedents: [READING_2010] },
]

const POINTS_AMENDED: readonly Point[] = [
  { title: 'treaty.attack.title', sentences: [{ text: 'treaty.attackAmended.text' }] },
  { title: 'treaty.ask.title', sentences: [{ text: 'treaty.ask.text' }] },
  {
    title: 'treaty.silent.title',
    sentences: [{ text: 'treaty.silent.text' }],
    precedents: [READING_2010, KAZAKHSTAN_2022],
  },
]

const POINTS_ALWAYS: readonly Point[] = [
  // Article 1 keeps a clash between members outside Article 4. That Article 4 stops at a member's own
  // territory is Moscow's reading of October 2020 (TASS), not the treaty's text: it is said, and named in the
  // title, only from that day on.
  {
    title: 'treaty.members.title',
    laterTitle: { from: KARABAKH_2020.date, title: 'treaty.members.titleBorders' },
    sentences: [{ text: 'treaty.members.text' }],
    precedents: [KARABAKH_2020],
  },
  {
    title: 'treaty.consensus.title',
    sentences: [
      { text: 'treaty.consensus.text' },
      { text: 'treaty.consensus.abstention', from: ABSTENTION_FROM },
      { text: 'treaty.consensus.article2' },
    ],
  },
]

/** The sentences in force on `day`: every one without a date, and those adopted on or before it. */
const sentencesInForce = (point: Point, day: string): Sentence[] =>
  point.sentences.filter((s) => s.from === undefined || inForceOn(s.from, day))

/** The precedents set on or before `day`, oldest first. */
const precedentsBy = (point: Point, day: string): Precedent[] =>
  (point.precedents ?? []).filter((p) => inForceOn(p.date, day)).sort((a, b) => a.date.localeCompare(b.date))

/** Article 4 in plain words as a player deciding on `day` would read it, in `t`'s language. */
export function article4AsOf(day: string, t: Translate): TreatyPoint[] {
  const text = textInForce(day) === '1992' ? POINTS_1992 : POINTS_AMENDED
  return [...text, ...POINTS_ALWAYS].map((p) => ({
    title: t(p.laterTitle && inForceOn(p.laterTitle.from, day) ? p.laterTitle.title : p.title),
    text: [...sentencesInForce(p, day), ...precedentsBy(p, day)].map((s) => t(s.text)).join(' '),
  }))
}

/** Article 4 in plain words for a scenario with these dates: read on its treaty day, as its verdict is. */
export const article4For = (dates: Parameters<typeof treatyDay>[0], t: Translate): TreatyPoint[] =>
  article4AsOf(treatyDay(dates), t)
