// How the English words a historical record that contradicts itself, or holds a figure beyond the plausible.

/** An answer that sends troops: a force of the alliance's, or Russia's own. */
export type Sending = 'observers' | 'peacekeepers' | 'rapid-reaction' | 'bilateral'

const n = (x: number) => x.toLocaleString('en')

/** Why a figure is beyond the plausible for each answer that sends troops. */
const MOST_TROOPS_WHY: Readonly<Record<Sending, string>> = {
  observers: 'an observer mission is a few dozen officers',
  peacekeepers: 'the Collective Peacekeeping Forces number about 3,600 in all',
  'rapid-reaction': 'the Collective Rapid Reaction Forces number about 18,000 to 20,000 in all',
  bilateral: 'no Russian intervention in a member has come near that',
}

export const HISTORY_EN = {
  'history-of-hypothetical': () =>
    'a hypothetical scenario with a history: the debrief would show it as what happened. Remove it, or make the scenario historical',
  'framing-unrequested': ({ framing }: { framing: string }) =>
    `a framing, "${framing}", yet requested is false: a member that did not ask framed nothing. Remove framing, or set requested: true`,
  'help-unrequested': ({ help }: { help: string }) =>
    `help asked for, "${help}", yet requested is false. Remove help, or set requested: true`,
  'response-unrequested': ({ response }: { response: string }) =>
    `the response "${response}" answers a request, yet requested is false: without a request the response is no-request`,
  'no-request-requested': () =>
    'no-request, yet requested is true: write what came of the request (refused, consultations, bilateral or the force sent)',
  'request-unframed': () =>
    "a request without its framing: add framing (internal-unrest, foreign-backed or external-attack), which the play-test compares with the engine's",
  'request-without-help': ({ response }: { response: string }) =>
    `"${response}" sent at a request, yet not what was asked for: add help (observers, peacekeepers or rapid-reaction), which the debrief sets beside the game's request`,
  'more-than-asked': ({ response, help }: { response: string; help: string }) =>
    `"${response}" sent where "${help}" was asked for: more than was asked, which the engine never grants. Check help and response`,
  'no-troops-went': ({ field, response }: { field: 'mission' | 'troops' | 'days'; response: string }) =>
    `${field} given, yet no troops went (the response is ${response}). Remove ${field}, or correct the response`,
  'estimates-swapped': ({ low, high }: { low: number; high: number }) =>
    `the low estimate, ${n(low)}, is above the high one, ${n(high)}: swap them`,
  'estimates-apart': ({ low, high }: { low: number; high: number }) =>
    `estimates from ${n(low)} to ${n(high)}: more than tenfold apart. Is a figure mistyped?`,
  'too-many-troops': ({ troops, response }: { troops: number; response: Sending }) =>
    `${n(troops)} troops for ${response}: ${MOST_TROOPS_WHY[response]}. Is a figure mistyped?`,
  'stay-too-long': ({ days }: { days: number }) =>
    `a stay of ${n(days)} days: the alliance's forces have stayed days or weeks, never a year. Is it mistyped?`,
  'council-without-force': ({ response }: { response: string }) =>
    `a Council decision, yet the response is ${response}: the Council decides only on a collective force. Remove council, or correct the response`,
  'agreed-no-force': ({ response }: { response: string }) =>
    `the Council agreed, yet the response is ${response}: an agreed force goes. Write the force sent, or "blocked"`,
  'blocked-force-went': ({ response }: { response: string }) =>
    `the Council blocked the force, yet the response is "${response}": a blocked force does not go`,
  'agreed-with-objection': () =>
    'an objection, yet the Council agreed: one objection breaks the consensus. Write "blocked", or move it to abstained',
  'blocked-unopposed': () => 'the Council blocked the force, yet no member objected: name who did',
  'voter-not-member': ({ id }: { id: string }) =>
    `"${id}" is not one of the members: only members vote in the Council`,
  'voter-requested': ({ id }: { id: string }) =>
    `"${id}" asked for the force: the Council's vote is the other members'`,
  'objected-and-abstained': ({ id }: { id: string }) =>
    `"${id}" both objected and stayed out: it did one or the other`,
}
