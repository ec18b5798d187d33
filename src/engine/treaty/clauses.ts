// The treaty clauses and precedents the rules stand on, cited by every rule result. A precedent carries its
// date, and so does the event a clause gives as its example: a verdict cites either only from that day on
// (`inForceOn`), so a game never knows its own future.
import { inForceOn, type TreatyText } from './text'

/** An event that shows a clause at work, dated by the day it happened: said only from that day on. */
interface ClauseExample {
  readonly since: string
  readonly text: string
}

export interface Clause {
  readonly id: string
  readonly label: string
  /** What the clause says, true on any day it is cited. */
  readonly citation: string
  /** When a precedent was set; clauses of the treaty's texts have none (the text in force decides). */
  readonly since?: string
  /** An event that shows the clause at work; `citable` drops it on a day before it happened. */
  readonly example?: ClauseExample
}

const clause = (
  id: string,
  label: string,
  citation: string,
  dated: { readonly since?: string; readonly example?: ClauseExample } = {},
): Clause => ({ id, label, citation, ...dated })

export const CLAUSES = {
  article4of1992: clause(
    'cst-art-4-1992',
    'Collective Security Treaty, Article 4 (text of 1992, in force until 18 December 2012)',
    'Aggression against one member by any state or group of states is aggression against all; the others give it the necessary help, military help included, in exercise of collective self-defence under Article 51 of the UN Charter. It has no request clause, and an internal conflict is outside it.',
  ),
  article4: clause(
    'cst-art-4',
    'Collective Security Treaty, Article 4 (as amended by the Protocol of 10 December 2010, in force from 19 December 2012)',
    'Aggression against one member, an armed attack threatening its security, stability, territorial integrity and sovereignty, is aggression against all; at the request of that member the others give it the help it needs, military help included. The text does not say where the attack must come from.',
  ),
  article1: clause(
    'cst-art-1',
    'Collective Security Treaty, Article 1',
    "Members renounce the use or threat of force among themselves and settle their disputes by peaceful means; the alliance's forces cannot be used to manage conflicts between its members (Beliakova 2022).",
  ),
  article2of1992: clause(
    'cst-art-2-1992',
    'Collective Security Treaty, Article 2 (text of 1992, in force until 18 December 2012)',
    'When the security, territorial integrity and sovereignty of one or more members, or international peace and security, are threatened, the members at once set their joint consultations going, to coordinate their positions and take measures to remove the threat.',
  ),
  article2: clause(
    'cst-art-2',
    'Collective Security Treaty, Article 2 (as amended by the Protocol of 10 December 2010, in force from 19 December 2012)',
    'When the security, stability, territorial integrity and sovereignty of one or more members, or international peace and security, are threatened, the members at once set their joint consultations going, to coordinate their positions and to agree and take measures to help those members remove the threat.',
  ),
  consensus: clause(
    'csto-charter-12',
    'CSTO Charter, Article 12: the Collective Security Council decides by consensus',
    'One member that objects blocks a decision.',
    {
      // The Yerevan summit, 23 November 2022 (history.md, the case of Armenia 2022).
      example: {
        since: '2022-11-23',
        text: "At the Yerevan summit of 23 November 2022 two drafts, a declaration and the decision on help to Armenia, stalled on Armenia's objection alone.",
      },
    },
  ),
  abstention: clause(
    'csto-charter-2010',
    'CSTO Charter as amended in December 2010: a member may stay out of a decision',
    'A member that declares it has no interest in a matter stays out of it without blocking the others, and takes no part in carrying it out (Nikitina, MGIMO).',
    {
      since: '2010-12-10',
      // Pashinyan in parliament, 4 December 2024 (Meduza, the same day; docs/model.md's sources).
      example: {
        since: '2024-12-04',
        text: 'Armenia\'s prime minister on 4 December 2024: "we simply refrain from using our veto" (Meduza).',
      },
    },
  ),
  reading2010: clause(
    'medvedev-2010',
    'The alliance\'s reading of "aggression" since June 2010 (President Medvedev)',
    "Only \"an attempt to seize power from the outside\" calls for the collective forces, not a member's internal troubles; the alliance's leaders repeated this reading for years, though the treaty's text is silent on the source (Freriks 2022; Beliakova 2022).",
    { since: '2010-06-11' },
  ),
  karabakh2020: clause(
    'karabakh-2020',
    'Moscow on Nagorno-Karabakh (October 2020)',
    'Russia\'s obligations "do not extend to Karabakh", de jure Azerbaijani land; help was promised only if Armenia\'s own territory were attacked (TASS, 7 October 2020).',
    { since: '2020-10-07' },
  ),
  membership: clause(
    'cst-members',
    'Collective Security Treaty: the parties',
    'The treaty binds only its parties: a state that is not a member may be helped by one of them under another agreement, never under Article 4.',
  ),
} as const satisfies Record<string, Clause>

/** Article 4 in the words of the text in force: the 1992 text until 18 December 2012, the amended one after. */
export const ARTICLE_4: Readonly<Record<TreatyText, Clause>> = {
  '1992': CLAUSES.article4of1992,
  amended: CLAUSES.article4,
}

/**
 * The clauses a verdict may cite on this date: every text clause and the precedents set on or before it, each
 * with its example only when the event it tells of had happened by then.
 */
export const citable = (clauses: readonly Clause[], date: string): Clause[] =>
  clauses
    .filter((c) => !c.since || inForceOn(c.since, date))
    .map((c) => (c.example && !inForceOn(c.example.since, date) ? withoutExample(c) : c))

const withoutExample = ({ example: _, ...rest }: Clause): Clause => rest

/** A clause's words as a verdict gives them: what it says, then its example when it has one. */
export const clauseText = (c: Clause): string => (c.example ? `${c.citation} ${c.example.text}` : c.citation)
