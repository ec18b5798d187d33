// What the treaty and the precedents say about each choice: the help text beside every option. Each text
// says what the choice means, timelessly; dated precedents illustrate it, and a player sees only those that
// came before the scenario's start, so no game hears of later cases or of how its own crisis ended.
import type { Duration, Force, Framing, Mission } from '../store'
import { type DatedHelp, tableAsOf } from './precedents'

const ASK = {
  request: {
    text: 'Ask your allies for help.',
    precedents: [
      {
        date: '2010-06-12',
        text: 'Kyrgyzstan asked Moscow for troops on 12 June 2010, as ethnic violence engulfed Osh, and was refused the same day.',
      },
      {
        date: '2022-01-05',
        text: 'Kazakhstan asked on 5 January 2022 and the alliance’s peacekeepers landed within hours.',
      },
      {
        date: '2022-09-13',
        text: 'Armenia invoked Article 4 on 13 September 2022 against an attack on its own territory and got a fact-finding mission.',
      },
    ],
  },
  'no-request': {
    text: 'Keep Article 4 out of it: no foreign troops, no debt to Moscow, and no public refusal to risk.',
    precedents: [
      {
        date: '2010-04-07',
        text: 'Kyrgyzstan’s President Bakiyev asked no ally for help against the revolt of April 2010, and fell within a day.',
      },
      {
        date: '2020-08-15',
        text: 'Belarus asked for no deployment in August 2020; Lukashenko said Moscow had promised help at his first request.',
      },
      {
        date: '2020-10-31',
        text: 'Armenia made no Article 4 request over Karabakh in 2020 and asked Russia only for consultations under their bilateral treaty.',
      },
      {
        date: '2021-04-30',
        text: 'Neither Kyrgyzstan nor Tajikistan asked the alliance for help in their border war of April 2021.',
      },
    ],
  },
} as const satisfies Record<string, DatedHelp>

const FRAMING: Readonly<Record<Framing, DatedHelp>> = {
  'internal-unrest': {
    text: 'The plain description when the violence is home-grown. Honest, but a strict reader of Article 4 will say that a conflict inside a member is not aggression.',
    precedents: [
      {
        date: '2010-06-11',
        text: 'In June 2010 President Medvedev said the collective forces answer only “an attempt to seize power from the outside”.',
      },
      {
        date: '2010-06-12',
        text: 'Kyrgyzstan, describing violence out of control, was refused as “an internal conflict”.',
      },
    ],
  },
  'foreign-backed': {
    text: 'Blame foreign-trained militants or foreign plotters. It gives a strict reader formal cover, but the weaker the evidence, the more the claim costs in credibility at home and abroad.',
    precedents: [
      {
        date: '2022-01-05',
        text: 'Tokayev called the January 2022 riots aggression by “terrorist gangs trained abroad” and met the strict reading on his word, without evidence.',
      },
    ],
  },
  'external-attack': {
    text: "Fits Article 4 squarely when another state attacks your recognised territory. Not on land that is de jure someone else's, and not against a fellow member: Article 1 binds members to settle their disputes peacefully.",
    precedents: [
      {
        date: '2020-10-07',
        text: 'In October 2020 the Kremlin said its obligations to Armenia “do not extend to Karabakh”.',
      },
    ],
  },
}

const FORCE: Readonly<Record<Force, DatedHelp>> = {
  observers: {
    text: 'An observer (fact-finding) mission: a few dozen officers who watch and report. A political signal with little weight on the ground, and no troops for anyone to fight.',
    precedents: [
      {
        date: '2022-09-15',
        text: 'In September 2022 a fact-finding mission, not a force, went to Armenia.',
      },
    ],
  },
  peacekeepers: {
    text: 'A contingent of the Collective Peacekeeping Forces (about 3,600 in all; here about 2,500): enough to guard key sites and free the host’s own forces.',
    precedents: [
      {
        date: '2022-01-06',
        text: 'About 2,500 went to Kazakhstan in January 2022 (2,030 by the final Kazakh count), nearly three quarters of them Russian by one estimate.',
      },
    ],
  },
  'rapid-reaction': {
    text: "The Collective Rapid Reaction Forces, the alliance's combat force (18,000–20,000 in all; here about 12,000). Enough to fight, costly for Russia's forces, and heavy on the host's independence.",
  },
}

const MISSION: Readonly<Record<Mission, DatedHelp>> = {
  observe: { text: 'Watch, report and be seen: the mandate of a fact-finding team.' },
  'guard-sites': {
    text: 'Guard airports, power plants and government buildings, so that the host’s own forces are free for the streets.',
    precedents: [
      {
        date: '2022-01-13',
        text: 'The contingent in Kazakhstan guarded 14 sites of strategic importance by Russia’s count, and fired no shot in the streets.',
      },
    ],
  },
  'restore-order': {
    text: "Police the streets: foreign troops facing the member's own citizens, the internal use a strict reader of the treaty rejects.",
  },
  combat: {
    text: 'Fight the attacker. Article 4 allows military help under Article 51 of the UN Charter, reported to the Security Council; only a large force can take this on.',
  },
}

const DAYS: Readonly<Record<Duration, DatedHelp>> = {
  14: {
    text: 'A short operation.',
    precedents: [
      {
        date: '2022-01-19',
        text: 'Kazakhstan declared the mission done on 11 January 2022; the last troops left on 19 January, two weeks after they came.',
      },
    ],
  },
  90: {
    text: 'A stay of a season: more time to steady the country, more weight on its sovereignty, and longer strain on the forces that go.',
  },
}

const RESPONSE = {
  consult: {
    text: 'Consultations among the members and material aid under Article 2 (vehicles, helicopters, advisers), but no troops. It needs no vote in the Council.',
    precedents: [
      {
        date: '2010-06-25',
        text: 'In June 2010 Kyrgyzstan got helicopters and armoured vehicles from the members, and no troops.',
      },
      {
        date: '2021-05-14',
        text: 'When Azerbaijani troops crossed into Armenia in May 2021, Armenia turned to the alliance and got talk, not help.',
      },
    ],
  },
  bilateral: {
    text: "Send Russia's own troops, about 2,000, outside the alliance, under a bilateral agreement: no Council and no treaty conditions, but no allies' flags beside yours either.",
    precedents: [
      {
        date: '2010-06-13',
        text: 'During the Osh violence of June 2010 Russia flew a battalion to guard only its own base at Kant.',
      },
      {
        date: '2020-08-27',
        text: 'In August 2020 Putin formed a police reserve for Belarus, at Lukashenko’s request, and held it back.',
      },
      {
        date: '2020-11-10',
        text: 'In November 2020 Russia sent 1,960 peacekeepers of its own to Karabakh.',
      },
    ],
  },
  refuse: {
    text: 'Say no. A refusal spares your forces and costs the alliance credibility.',
    precedents: [
      {
        date: '2010-06-12',
        text: 'The Kremlin refused Kyrgyzstan within a day in June 2010: an internal conflict, and doubts about the interim government.',
      },
    ],
  },
  grant: {
    text: 'Say yes. A grant shows the alliance works, at a price in troops and in how others see the intervention.',
    precedents: [
      {
        date: '2022-01-06',
        text: 'Moscow granted Kazakhstan within hours in January 2022, while massing forces near Ukraine, and treated Tokayev as the legal authority.',
      },
    ],
  },
  onlyRefuse: {
    text: "The treaty's conditions fail for this request (see the rules below): it cannot be answered under Article 4, so refusing is the only option. Help could still come bilaterally, outside the alliance.",
    precedents: [
      {
        date: '2020-11-10',
        text: 'Russia chose that way in Karabakh in November 2020, sending 1,960 peacekeepers of its own.',
      },
    ],
  },
} as const satisfies Record<string, DatedHelp>

const VOTE = {
  abstain: {
    text: 'Stay out: declare no interest in the matter, send no troops, and let the others go ahead.',
    precedents: [
      {
        date: '2024-05-08',
        text: 'Armenia, its participation frozen, said in 2024 that it would not block the others’ decisions.',
      },
    ],
  },
  consent: {
    text: 'Agree: consensus is what makes it a collective operation.',
    precedents: [
      {
        date: '2022-01-06',
        text: 'In January 2022 every member agreed at once, the Kyrgyz parliament grudgingly.',
      },
    ],
  },
  object: {
    text: 'Object, and the consensus breaks.',
    precedents: [
      {
        date: '2012-06-28',
        text: 'Uzbekistan insisted that the forces never be used in a member’s internal conflict, and in 2012 suspended its membership.',
      },
      {
        date: '2022-11-23',
        text: 'At the Yerevan summit of November 2022 Armenia alone held back two documents.',
      },
    ],
  },
} as const satisfies Record<string, DatedHelp>

const REACTION = {
  endorse: {
    text: 'Back the government and the intervention in public: stability on your border comes first.',
    precedents: [
      {
        date: '2020-08-10',
        text: 'Xi was the first to congratulate Lukashenko after the disputed vote of August 2020.',
      },
      {
        date: '2022-01-07',
        text: 'Xi praised Tokayev’s “decisive” measures on 7 January 2022 and said China opposes colour revolutions.',
      },
    ],
  },
  'stay-silent': {
    text: 'Say little and watch.',
    precedents: [
      {
        date: '2010-06-15',
        text: 'In June 2010 China flew its citizens out of Osh and said only that it acknowledged the alliance’s efforts for stability.',
      },
    ],
  },
  warn: {
    text: 'Warn against the intervention: a signal that Beijing minds Russian troops in its neighbourhood. China has rarely said so in public.',
  },
} as const satisfies Record<string, DatedHelp>

const EXIT = {
  keep: { text: 'Keep the contingent for the time agreed: longer stability, longer dependence.' },
  'ask-to-leave': {
    text: 'Ask the troops to leave after two weeks.',
    precedents: [
      {
        date: '2022-01-11',
        text: 'Kazakhstan did so in 2022: Tokayev declared the mission done on 11 January, and the last troops left on 19 January.',
      },
    ],
  },
} as const satisfies Record<string, DatedHelp>

/** Every dated help table, for tests and tools that read them whole. */
export const DATED_HELP = {
  ask: ASK,
  framing: FRAMING,
  force: FORCE,
  mission: MISSION,
  days: DAYS,
  response: RESPONSE,
  vote: VOTE,
  reaction: REACTION,
  exit: EXIT,
} as const

/** The help beside every option, as a player in a scenario starting on `start` may read it. */
export function decisionHelp(start: string) {
  return {
    ask: tableAsOf(ASK, start),
    framing: tableAsOf(FRAMING, start),
    force: tableAsOf(FORCE, start),
    mission: tableAsOf(MISSION, start),
    days: tableAsOf(DAYS, start),
    response: tableAsOf(RESPONSE, start),
    vote: tableAsOf(VOTE, start),
    reaction: tableAsOf(REACTION, start),
    exit: tableAsOf(EXIT, start),
  } as const
}
export type DecisionHelp = ReturnType<typeof decisionHelp>
