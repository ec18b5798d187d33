// @vitest-environment jsdom
// A map's legend says what the drawing shows. Batken 2021 listed Tajikistan among the other members and as the
// adversary, while the map coloured it only as the adversary: each actor is now in one row, the row of its colour.
// The resolution's dots at the capitals that have acted, and the ring at the latest, had no row at all.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { previewOf } from '../src/store/scenario-preview'
import type { MapScene } from '../src/ui/map/map-parts'
import { RegionMap } from '../src/ui/map/region-map'
import { bundledScenarios } from './bundled-scenarios'
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

const kazakhstan2022 = () => previewOf(bundledScenarios().find((s) => s.id === 'kazakhstan-2022')!)

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
          // A coloured part is on the map, in the colour of the row that names it; the neighbour power alone may
          // lie beyond the frame (China, on the maps of Belarus and Armenia), its row still saying who it is.
          if (r.part !== 'neighbour')
            expect(document.querySelector(`svg .country.${r.part}`), r.text).not.toBeNull()
          return r.text.replace(/^[^:]*:\s*/, '').split(', ')
        })
      expect(named).toEqual([...new Set(named)])
    },
  )

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
