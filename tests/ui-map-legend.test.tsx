// @vitest-environment jsdom
// A map's legend says what the drawing shows. Batken 2021 listed Tajikistan among the other members and as the
// adversary, while the map coloured it only as the adversary: each actor is now in one row, the row of its colour.
// The resolution's dots at the capitals that have acted, and the ring at the latest, had no row at all. China had a
// coloured row on the maps of Belarus and Armenia, and Russia on Batken's, all beyond the frame: a state the
// drawing does not show is now named in words, "(off the map)", and its row has no colour if none of it is shown.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { geoConicEqualArea } from 'd3-geo'
import { afterEach, describe, expect, it } from 'vitest'
import { actorName, castOf } from '../src/store'
import { previewOf } from '../src/store/scenario-preview'
import { COUNTRY_CODE } from '../src/ui/map/country-codes'
import type { MapScene } from '../src/ui/map/map-parts'
import { outline } from '../src/ui/map/outline'
import { type Frame, HEIGHT, regionFrame, WIDTH } from '../src/ui/map/region-frame'
import { RegionMap } from '../src/ui/map/region-map'
import { bundledScenario, bundledScenarios } from './bundled-scenarios'
import { ATLAS_COUNTRIES } from './map-footprints'
import { serveAtlas } from './served-atlas'
import { Messages, speak } from './ui-fakes'

serveAtlas()
afterEach(cleanup)

/** The parts a country is coloured as, each with its own swatch in the legend. */
const COUNTRY_PARTS = ['requester', 'leader', 'member', 'adversary', 'neighbour'] as const

const drawn = () =>
  waitFor(() => expect(document.querySelector('svg.map-frame')).toBeInTheDocument(), { timeout: 10_000 })

/** The legend's rows: the part its swatch shows and its words. */
const rows = () =>
  within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((li) => ({
      part: /swatch-([\w-]+)/.exec(li.querySelector('.swatch')?.className ?? '')?.[1],
      text: li.textContent ?? '',
    }))

const isId = (id: string | undefined): id is string => id !== undefined

/** d3's projection on a frame's numbers, as the drawing makes it. */
const projectionOf = (frame: Frame) =>
  geoConicEqualArea()
    .parallels([30, 60])
    .rotate([-frame.lon, 0])
    .center([0, 0])
    .scale(frame.scale)
    .translate([frame.translate[0], frame.translate[1]])

/** Whether a path has a point within the drawing: a country the map shows, not one beyond its edges. */
const showsIn = (d: string): boolean =>
  [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].some(([, x, y]) => {
    const [px, py] = [Number(x), Number(y)]
    return px >= 0 && px <= WIDTH && py >= 0 && py <= HEIGHT
  })

const kazakhstan2022 = () => previewOf(bundledScenario('kazakhstan-2022'))

describe("a map's legend", () => {
  it.each(bundledScenarios().map((s) => [s.id, s] as const))(
    'of %s names each actor once, by its colour',
    async (_, s) => {
      await speak('en')
      render(
        <Messages>
          <RegionMap scenario={previewOf(s)} />
        </Messages>,
      )
      await drawn()
      const named = rows()
        .filter((r) => (COUNTRY_PARTS as readonly (string | undefined)[]).includes(r.part))
        .flatMap((r) => {
          // A coloured part is on the map, in the colour of the row that names it.
          expect(document.querySelector(`svg .country.${r.part}`), r.text).not.toBeNull()
          return r.text.replace(/^[^:]*:\s*/, '').split(', ')
        })
      expect(named).toEqual([...new Set(named)])
    },
  )

  it.each(bundledScenarios().map((s) => [s.id, s] as const))(
    'of %s colours the states the drawing shows, and says in words which lie beyond it',
    async (_, s) => {
      await speak('en')
      const preview = previewOf(s)
      render(
        <Messages>
          <RegionMap scenario={preview} />
        </Messages>,
      )
      await drawn()
      // Every path coloured as a part shows some of itself within the drawing.
      for (const path of document.querySelectorAll('svg .country:not(.other)'))
        expect(showsIn(path.getAttribute('d') ?? ''), path.getAttribute('class')!).toBe(true)
      // Each state the scenario casts is named off the map exactly when the atlas, projected as the drawing
      // projects it, puts none of it within the drawing; otherwise its row has its colour.
      const cast = castOf(preview)
      const view = projectionOf(regionFrame(preview.place, [cast.requester, cast.adversary].filter(isId)))
      const legend = rows()
      const off = legend.flatMap((r) =>
        [...r.text.matchAll(/([^:,]+) \(off the map\)/g)].map((m) => m[1]!.trim()),
      )
      for (const id of [cast.requester, cast.adversary, cast.leader, ...cast.members, cast.neighbour].filter(
        isId,
      )) {
        const country = ATLAS_COUNTRIES.find((c) => String(c.id) === COUNTRY_CODE[id])
        if (!country) continue
        const shown = showsIn(outline(view, country).d)
        expect(off.includes(actorName(preview, id)), `${id} off the map`).toBe(!shown)
      }
      // A row whose states all lie beyond the drawing has no colour, and the others all have theirs.
      for (const r of legend.filter((r) => r.part === 'off-map'))
        expect(
          r.text
            .replace(/^[^:]*:\s*/, '')
            .split(', ')
            .every((n) => n.endsWith('(off the map)')),
        ).toBe(true)
    },
  )

  it("names China in words, not in a colour, on the maps of Belarus and Armenia, and Russia on Batken's", async () => {
    await speak('en')
    for (const [id, says] of [
      ['belarus-2020', 'Neighbour power: China (off the map)'],
      ['armenia-2020', 'Neighbour power: China (off the map)'],
      ['kyrgyzstan-tajikistan-2021', 'Leading member: Russia (off the map)'],
    ] as const) {
      const { unmount } = render(
        <Messages>
          <RegionMap scenario={previewOf(bundledScenario(id))} />
        </Messages>,
      )
      await drawn()
      expect(rows()).toContainEqual({ part: 'off-map', text: says })
      unmount()
    }
    await speak('ru')
    render(
      <Messages>
        <RegionMap scenario={previewOf(bundledScenario('belarus-2020'))} />
      </Messages>,
    )
    await drawn()
    expect(rows()).toContainEqual({ part: 'off-map', text: 'Соседняя держава: China (за пределами карты)' })
  })

  it('in the resolution, says what the dots at the capitals and the ring at the latest are', async () => {
    await speak('en')
    const scene: MapScene = {
      moved: ['kazakhstan', 'west', 'russia'],
      latest: 'russia',
      troopsFrom: [],
      sending: 'troops',
    }
    render(
      <Messages>
        <RegionMap scenario={kazakhstan2022()} scene={scene} />
      </Messages>,
    )
    await drawn()
    // The West has no capital on the map, so no dot, and the legend does not name it.
    expect(document.querySelectorAll('svg .capital')).toHaveLength(2)
    expect(document.querySelectorAll('svg .capital .ring')).toHaveLength(1)
    expect(rows()).toEqual(
      expect.arrayContaining([
        { part: 'moved', text: 'Capitals of the states that have acted: Kazakhstan, Russia' },
        { part: 'latest', text: 'Ringed, the latest to act: Russia' },
      ]),
    )
  })

  it('says nothing of dots or a ring where none is drawn, and says them in Russian', async () => {
    await speak('en')
    const { unmount } = render(
      <Messages>
        <RegionMap scenario={kazakhstan2022()} scene={{ moved: [], troopsFrom: [], sending: 'troops' }} />
      </Messages>,
    )
    await drawn()
    expect(document.querySelectorAll('svg .capital')).toHaveLength(0)
    expect(rows().map((r) => r.part)).not.toContain('moved')
    expect(rows().map((r) => r.part)).not.toContain('latest')
    unmount()

    await speak('ru')
    render(
      <Messages>
        <RegionMap
          scenario={kazakhstan2022()}
          scene={{ moved: ['kazakhstan'], latest: 'kazakhstan', troopsFrom: [], sending: 'troops' }}
        />
      </Messages>,
    )
    await drawn()
    expect(screen.getByText(/^Столицы государств, которые уже сделали ход: Kazakhstan$/)).toBeInTheDocument()
    expect(screen.getByText(/^В кольце — последний, кто сделал ход: Kazakhstan$/)).toBeInTheDocument()
  })
})
