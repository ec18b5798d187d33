// What the treaty and the precedents say about each choice: the help text beside every option.
import type { Duration, Force, Framing, Mission, Stage } from '../store'

export interface StageCopy {
  /** The question the decision answers, as the heading of the form. */
  readonly question: string
  readonly intro: string
}

export const STAGE_COPY: Readonly<Record<Stage, StageCopy>> = {
  request: {
    question: 'Do you ask the alliance for help under Article 4?',
    intro:
      'Article 4 acts only "at the request" of the attacked member. How you describe the threat decides whether the others can read it as aggression, and what you ask for bounds what they can give.',
  },
  response: {
    question: 'Do you grant the request, and with what?',
    intro:
      'As the leading member you answer first; the Collective Security Council must then agree by consensus. You may grant less than was asked, never more.',
  },
  vote: {
    question: 'Do you consent in the Collective Security Council?',
    intro: 'The Council decides by consensus: one objection and the grant lapses.',
  },
  reaction: {
    question: 'How does Beijing respond?',
    intro:
      "China is not a member, but Central Asia is its neighbourhood and its investments are there. Its word weighs on Moscow's choices and on the alliance's standing.",
  },
  exit: {
    question: 'Do you keep the contingent for the agreed time?',
    intro: 'The troops came at your request; you can ask them to leave early.',
  },
}

export const ASK_HELP = {
  request:
    'Ask for collective help. Kazakhstan asked on 5 January 2022 and troops landed within a day; Kyrgyzstan asked on 12 June 2010 and was refused the same day.',
  'no-request':
    "Keep Article 4 out of it: no foreign troops, no debt to Moscow, and no public refusal to risk. Armenia in 2020 made no Article 4 request and asked only for bilateral consultations; in May 2021 it used Article 2's consultations, which brought talks but no help.",
} as const

export const FRAMING_HELP: Readonly<Record<Framing, string>> = {
  'internal-unrest':
    'The plain description when the violence is home-grown. But the 2010 reading (Medvedev) holds that only an attack from outside calls for the collective forces: Kyrgyzstan described violence out of control in 2010 and was refused as "an internal conflict".',
  'foreign-backed':
    'Tokayev called the January 2022 riots aggression by "terrorist gangs trained abroad" and met the strict reading on his word, without evidence. The weaker the evidence, the more the claim costs in credibility at home and abroad.',
  'external-attack':
    'Fits Article 4 squarely when another state attacks your recognised territory. Not on land that is de jure someone else\'s: in 2020 Moscow said its obligations "do not extend to Karabakh". And not against a fellow member: Article 1 binds members to settle disputes peacefully.',
}

export const FORCE_HELP: Readonly<Record<Force, string>> = {
  observers:
    'An observer (fact-finding) mission: a few dozen officers who watch and report. A political signal with little weight on the ground, and no troops for anyone to fight.',
  peacekeepers:
    'A contingent of the Collective Peacekeeping Forces (about 3,600 in all; here about 2,500, three quarters of them Russian). Enough to guard key sites and free the host’s own forces.',
  'rapid-reaction':
    "The Collective Rapid Reaction Forces, the alliance's combat force (18,000–20,000 in all; here about 12,000). Enough to fight, costly for Russia's forces, and heavy on the host's independence.",
}

export const MISSION_HELP: Readonly<Record<Mission, string>> = {
  observe: 'Watch, report and be seen: the mandate of a fact-finding team.',
  'guard-sites':
    'Guard airports, power plants and government buildings, as the 2022 contingent did at 14 strategic sites without firing a shot in the streets.',
  'restore-order':
    "Police the streets: foreign troops facing the member's own citizens, the internal use Uzbekistan objected to in 2010.",
  combat:
    'Fight the attacker. Article 4 allows military help under Article 51 of the UN Charter, reported to the Security Council; only a large force can take this on.',
}

export const DAYS_HELP: Readonly<Record<Duration, string>> = {
  14: 'A short operation. In 2022 Kazakhstan declared the mission done on 11 January; the last troops left on 19 January, two weeks after they came.',
  90: 'A stay of a season: more time to steady the country, more weight on its sovereignty, and longer strain on the forces that go.',
}

export const RESPONSE_HELP = {
  consult:
    'Consultations among the members and material aid under Article 2 (vehicles, helicopters, advisers), but no troops. It needs no vote in the Council.',
  bilateral:
    "Send Russia's own troops, about 2,000, outside the alliance, under a bilateral agreement: no Council and no treaty conditions, but no allies' flags beside yours either.",
  refuse:
    'Say no. The Kremlin refused Kyrgyzstan within a day in June 2010: an internal conflict, and doubts about the interim government. A refusal spares your forces and costs the alliance credibility.',
  grant:
    'Say yes. Moscow granted Kazakhstan within hours in January 2022 while massing forces near Ukraine, and treated Tokayev as the legal authority. A grant shows the alliance works, at a price in troops and in how others see the intervention.',
  onlyRefuse:
    "The treaty's conditions fail for this request (see the rules below): it cannot be answered under Article 4, so refusing is the only option. Help could still come bilaterally, outside the alliance, as Russia chose in 2020.",
} as const

export const VOTE_HELP = {
  abstain:
    'Stay out: declare no interest in the matter, send no troops, and let the others go ahead. The Charter has allowed it since December 2010.',
  consent:
    'Agree. In January 2022 every member agreed at once, the Kyrgyz parliament grudgingly; consensus is what makes it a collective operation.',
  object:
    'Object, and the consensus breaks. Uzbekistan opposed using the forces in an internal conflict in 2010; at the 2022 Yerevan summit Armenia alone stalled two drafts.',
} as const

export const REACTION_HELP = {
  endorse:
    'Back the intervention in public. Xi praised "decisive" action on 7 January 2022 and said China opposes colour revolutions: stability on its border came first.',
  'stay-silent':
    'Say little and watch. In 2010 China evacuated its citizens and said it "understood" the CSTO’s efforts.',
  warn: 'Warn against the intervention: a signal that Beijing minds Russian troops in its neighbourhood. No bundled precedent: in the cases here China backed stability or stayed quiet.',
} as const

export const EXIT_HELP = {
  keep: 'Keep the contingent for the time agreed: longer stability, longer dependence.',
  'ask-to-leave':
    'Ask the troops to leave after two weeks, as Kazakhstan did in 2022: the mission was declared done on 11 January and the last troops left on 19 January.',
} as const
