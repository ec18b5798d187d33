// Decisions in the student's words: what a move does (present, for the dispatches and the timeline), what it did
// (past, for the debrief's reasons), what it would have been (after "rather than"), and the form's labels.
import type { Decision, Force, Framing, Mission, Stage, Unit } from '../../store'

export const FORCE_WORDS: Readonly<Record<Force, string>> = {
  observers: 'an observer mission',
  peacekeepers: 'a peacekeeping contingent',
  'rapid-reaction': 'the rapid reaction forces',
}

export const UNIT_WORDS: Readonly<Record<Unit, string>> = {
  ...FORCE_WORDS,
  'russian-force': "Russia's own troops",
}

export const MISSION_WORDS: Readonly<Record<Mission, string>> = {
  observe: 'observe and report',
  'guard-sites': 'guard strategic sites',
  'restore-order': 'restore order in the streets',
  combat: 'combat operations',
}

/** A mission as what the troops go to do. */
export const MISSION_PURPOSE: Readonly<Record<Mission, string>> = {
  observe: 'to observe and report',
  'guard-sites': 'to guard strategic sites',
  'restore-order': 'to restore order in the streets',
  combat: 'to fight',
}

export const FRAMING_WORDS: Readonly<Record<Framing, string>> = {
  'internal-unrest': 'internal unrest',
  'foreign-backed': 'foreign-backed terrorism',
  'external-attack': 'an attack from outside',
}

export const STAGE_WORDS: Readonly<Record<Stage, string>> = {
  request: 'The request',
  response: 'The answer',
  vote: 'The Council',
  reaction: 'The neighbour',
  exit: 'The end of the mission',
}

/** What a move does, after its actor's name: "Russia grants a peacekeeping contingent…". */
export function decisionNow(d: Decision): string {
  switch (d.kind) {
    case 'no-request':
      return 'makes no request for help'
    case 'request':
      return `asks for ${FORCE_WORDS[d.help]} for ${d.days} days, calling the threat ${FRAMING_WORDS[d.framing]}`
    case 'refuse':
      return 'refuses any help'
    case 'consult':
      return 'offers consultations and material aid under Article 2, but no troops'
    case 'bilateral':
      return `sends its own troops, outside the alliance, ${MISSION_PURPOSE[d.mission]} for ${d.days} days`
    case 'grant':
      return `grants ${FORCE_WORDS[d.force]} ${MISSION_PURPOSE[d.mission]} for ${d.days} days`
    case 'consent':
      return 'consents in the Collective Security Council'
    case 'abstain':
      return 'stays out of the decision without blocking it, and sends no troops'
    case 'object':
      return 'objects in the Collective Security Council, breaking the consensus'
    case 'endorse':
      return 'endorses the intervention in public'
    case 'stay-silent':
      return 'stays silent'
    case 'warn':
      return 'warns against the intervention'
    case 'keep':
      return 'keeps the contingent for the agreed time'
    case 'ask-to-leave':
      return 'asks the contingent to leave early'
  }
}

/** What a move did: "Russia sent a peacekeeping contingent to guard strategic sites…". */
export function decisionPast(d: Decision): string {
  switch (d.kind) {
    case 'no-request':
      return 'made no request for help'
    case 'request':
      return `asked for ${FORCE_WORDS[d.help]} for ${d.days} days, calling the threat ${FRAMING_WORDS[d.framing]}`
    case 'refuse':
      return 'refused any help'
    case 'consult':
      return 'offered consultations and aid but no troops'
    case 'bilateral':
      return `sent Russian troops outside the alliance ${MISSION_PURPOSE[d.mission]}`
    case 'grant':
      return `sent ${FORCE_WORDS[d.force]} ${MISSION_PURPOSE[d.mission]}`
    case 'consent':
      return 'consented in the Council'
    case 'abstain':
      return 'stayed out of the decision'
    case 'object':
      return 'objected in the Council'
    case 'endorse':
      return 'endorsed the intervention'
    case 'stay-silent':
      return 'stayed silent'
    case 'warn':
      return 'warned against the intervention'
    case 'keep':
      return 'kept the contingent for the agreed time'
    case 'ask-to-leave':
      return 'asked the contingent to leave early'
  }
}

/** The road not taken, after "rather than": "…rather than refusing". */
export function decisionInstead(d: Decision): string {
  switch (d.kind) {
    case 'no-request':
      return 'making no request'
    case 'request':
      return `asking for ${FORCE_WORDS[d.help]}`
    case 'refuse':
      return 'refusing'
    case 'consult':
      return 'offering talks and aid without troops'
    case 'bilateral':
      return 'sending Russian troops outside the alliance'
    case 'grant':
      return `sending ${FORCE_WORDS[d.force]} ${MISSION_PURPOSE[d.mission]}`
    case 'consent':
      return 'consenting'
    case 'abstain':
      return 'staying out'
    case 'object':
      return 'objecting'
    case 'endorse':
      return 'endorsing it'
    case 'stay-silent':
      return 'staying silent'
    case 'warn':
      return 'warning against it'
    case 'keep':
      return 'keeping the contingent'
    case 'ask-to-leave':
      return 'asking it to leave early'
  }
}
