// The maps' table of footprints is the atlas's countries cut into bands of longitude: what the legend reads to know,
// before the atlas has loaded, which states the drawing will show.
import { describe, expect, it } from 'vitest'
import { COUNTRY_CODE } from '../src/ui/map/country-codes'
import { FOOTPRINT } from '../src/ui/map/footprints'
import { footprintOf } from './map-footprints'

describe("the maps' footprints", () => {
  it('are those of the atlas the maps draw, for every state the maps colour', () => {
    expect(Object.keys(FOOTPRINT)).toEqual(Object.keys(COUNTRY_CODE))
    for (const [id, code] of Object.entries(COUNTRY_CODE))
      expect(FOOTPRINT[id], id).toEqual(footprintOf(code))
  })
})
