// The parts a country can play on a crisis's map, shared by the legend and the drawing.
export type Part = 'requester' | 'leader' | 'member' | 'adversary' | 'neighbour'

/** Troops drawn on the map: from each sending state's capital to where the crisis is. */
export interface Deployment {
  readonly from: readonly string[]
}
