// How the English words what one scenario or actor file cannot check alone (who is named, what is cited, what
// is listed twice), the warnings about a scenario that loads, and years named before their time.

export type Listed = 'role' | 'inject' | 'source'

/** A stage a scenario times no later than the one before it (`votes`: before the last of the Council's votes). */
export interface HoursOrder {
  readonly stage: string
  readonly hour: number
  readonly before: string
  readonly beforeHour: number
  readonly votes: boolean
}
const STAGE_ORDER = 'request, response, vote, landing, reaction, exit'

export const SCENARIO_EN = {
  'actor-defined-twice': ({ id, first }: { id: string; first: string }) =>
    `actor "${id}" is already defined in ${first}`,
  'border-self': ({ id }: { id: string }) => `"${id}" lists itself among its borders`,
  'border-unknown': ({ id, known }: { id: string; known: readonly string[] }) =>
    `borders "${id}", but the actor catalog has no "${id}": list only actors of the catalog (${known.join(', ')}), by id`,
  'bundled-id': ({ id }: { id: string }) =>
    `a bundled scenario already has the id "${id}": give yours an id of its own`,
  'unknown-citation': ({ id }: { id: string }) => `cites [${id}], but no source has the id "${id}"`,
  'unknown-actor': ({ id, known }: { id: string; known: readonly string[] }) =>
    `unknown actor "${id}": the actor catalog has ${known.join(', ')}`,
  'listed-twice': ({ id }: { id: string }) => `"${id}" is listed twice`,
  'observer-is-member': ({ id }: { id: string }) => `"${id}" is already a member: list it once`,
  'requester-unlisted': ({ id }: { id: string }) =>
    `the requester "${id}" is in neither members nor observers: add it to members if it belongs to the alliance, or else to observers`,
  'leading-members': ({ found }: { found: number }) =>
    `the members must include exactly one leading member (Russia); found ${found}`,
  'leader-requests': () => 'the leading member cannot be the one asking for help',
  'not-a-member-state': ({ id, kind }: { id: string; kind: string }) =>
    `"${id}" is not a member state in the catalog (its kind is ${kind})`,
  'adversary-requests': () => 'the adversary cannot be the requester itself',
  'adversary-member-unnamed': () => 'an adversary of kind "member" must name one of the members',
  'adversary-partner-unnamed': () => 'an adversary of kind "partner-of-russia" must name the state',
  'adversary-internal-state': () => 'an internal adversary is not a state: remove "actor"',
  'what-if-twice': ({ fact }: { fact: string }) => `"${fact}" is offered twice: list each fact once`,
  'inert-not-offered': ({ fact }: { fact: string }) =>
    `a note on "${fact}", which the what-if page does not offer: add the fact to whatIf, or remove the note`,
  'what-if-as-it-was': ({ value }: { value: string }) =>
    `"${value}" is the scenario's own value, which the switch always offers: list only the others`,
  'what-if-empty-switch': ({ fact }: { fact: string }) =>
    `the switch on "${fact}" lists no value to offer beside the scenario's own: list at least one, or remove the switch`,
  'plays-no-part': ({ id }: { id: string }) => `"${id}" plays no part here: add it to members or observers`,
  'inject-brings-in': ({ id }: { id: string }) =>
    `"${id}" is not in the crisis before this inject: list it in observers, and it takes part in every game from the start`,
  'inject-adversary-undescribed': () =>
    'say who is now fighting in "description": an adversary that is no state has no name to go by, and the old description spoke of someone else',
  'id-twice': ({ of, id }: { of: Listed; id: string }) => `${of} id "${id}" is used twice`,
  'no-such-source': ({ id }: { id: string }) => `no source with id "${id}" in sources`,
  'historical-assumptions': () =>
    'a historical scenario states the record, not assumptions: put this in the background, or make the scenario hypothetical',
  'end-before-start': () => 'the end date is before the start date',
  'decision-outside-dates': () => 'the decision date is not between the start and end dates',
  'hours-out-of-order': ({ stage, hour, before, beforeHour, votes }: HoursOrder) =>
    votes
      ? `the ${stage} at hour ${hour} comes before the Council's last vote, at hour ${beforeHour}: the votes come half an hour apart from the vote's hour, one for each member but the leading one, and the ${stage} must come after them`
      : `the ${stage} at hour ${hour} does not come after the ${before}, at hour ${beforeHour}: the stages come in the order ${STAGE_ORDER}, each later than the one before`,
  'historical-without-history': () =>
    'a historical scenario without "history": the debrief cannot set the students\' game beside what happened. Add history (the guide lists its fields), or make the scenario hypothetical',
  'historical-override': ({ id }: { id: string }) =>
    `an override of "${id}" in a historical scenario: historical scenarios use the standing profiles, so the debrief tests the model as it stands against history. Make the scenario hypothetical, or remove the override`,
  'adversary-leader': ({ id }: { id: string }) =>
    `"${id}" is the alliance's leading member: a crisis in which it is the adversary is far outside anything the model was built from. Is that what you meant?`,
  'adversary-great-power': ({ id }: { id: string }) =>
    `"${id}" is a neighbouring great power, not one of Moscow's partners in the region (such as Azerbaijan or Uzbekistan): is "partner-of-russia" what you meant, or "outsider"?`,
  'internal-war': ({ threat }: { threat: string }) =>
    `"${threat}" against an internal adversary: a war or a border clash has a state on the other side. Should the adversary be a state, or the threat "unrest", "insurgency" or "ethnic-violence"?`,
  'internal-abroad': () =>
    'the fighting is on another state\'s land ("foreign"), yet the adversary is internal: is "own" what you meant?',
  'place-swapped': ({ lat, lon }: { lat: number; lon: number }) =>
    `lat ${lat} and lon ${lon} look swapped: latitude (north) comes first, about 37 to 55 in the alliance's region`,
  'place-far': ({ lat, lon }: { lat: number; lon: number }) =>
    `lat ${lat}, lon ${lon} is far from the alliance's region (Belarus to Kazakhstan, about 37 to 55 north and 23 to 87 east): the map would mark the crisis there. Check the numbers and their signs`,
  'requester-outside': ({ id }: { id: string }) =>
    `"${id}" is not one of the members: Article 4 protects members only, so the treaty's verdict will say it cannot apply. Is that what you meant?`,
  'year-after-start': ({ year, start }: { year: number; start: string }) =>
    `names ${year}, after the scenario starts (${start}): before the debrief a player knows only what was known that day`,
  'year-in-summary': ({ year }: { year: number }) =>
    `names ${year}: the summary is shown in every scenario, whatever its date, so dated facts belong in "record"`,
  'year-after-entry': ({ year, date }: { year: number; date: string }) =>
    `names ${year}, after this entry's date (${date}): a scenario of that day would show a later event`,
}
