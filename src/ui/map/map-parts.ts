// The parts a country can play on a crisis's map, and the resolution's scene on it: shared by the legend and
// the drawing.
export type Part = 'requester' | 'leader' | 'member' | 'adversary' | 'neighbour'

/** Troops drawn on the map: from each sending state's capital to where the crisis is. */
export interface Deployment {
  readonly from: readonly string[]
}

/** What the resolution adds to the map: the capitals heard from so far, the latest, and troops on their way. */
export interface MapScene {
  readonly moved: readonly string[]
  readonly latest?: string | undefined
  /** The states whose troops go to the crisis. */
  readonly troopsFrom: readonly string[]
  /** What they send: an observer mission's officers, or troops (peacekeepers, rapid reaction or Russia's own). */
  readonly sending: 'observers' | 'troops'
}
