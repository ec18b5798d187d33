// The region of a crisis: who asks, who leads, the other members, the adversary and the place, in words at once
// and on a map as soon as its lazily loaded drawing arrives (the legend keeps the layout from jumping).
import { lazy, Suspense } from 'react'
import type { Scenario } from '../../scenario/types'
import { actorName, castOf } from '../../store'
import { COUNTRY_CODE } from './country-codes'

export type Part = 'requester' | 'leader' | 'member' | 'adversary' | 'neighbour'

const MapDrawing = lazy(() => import('./map-drawing'))

export function RegionMap({ scenario, compact = false }: { scenario: Scenario; compact?: boolean }) {
  const cast = castOf(scenario)
  const parts = new Map<string, Part>()
  const mark = (id: string | undefined, part: Part): void => {
    const code = id ? COUNTRY_CODE[id] : undefined
    if (code && !parts.has(code)) parts.set(code, part)
  }
  mark(cast.requester, 'requester')
  mark(cast.adversary, 'adversary')
  mark(cast.leader, 'leader')
  for (const m of cast.members) mark(m, 'member')
  mark(cast.neighbour, 'neighbour')
  const name = (id: string) => actorName(scenario, id)
  const adversaryOnMap = cast.adversary !== undefined && COUNTRY_CODE[cast.adversary] !== undefined
  const legend: { part: Part | 'place' | 'none'; text: string }[] = [
    { part: 'requester', text: `Asks for help: ${name(cast.requester)}` },
    ...(cast.leader ? [{ part: 'leader' as const, text: `Leading member: ${name(cast.leader)}` }] : []),
    ...(cast.members.length > 0
      ? [{ part: 'member' as const, text: `Other members: ${cast.members.map(name).join(', ')}` }]
      : []),
    {
      // A rebellion or a militia has no territory to colour: its line gets no swatch.
      part: adversaryOnMap ? 'adversary' : 'none',
      text: `Adversary: ${cast.adversary ? name(cast.adversary) : scenario.facts.adversary.description}`,
    },
    ...(cast.neighbour
      ? [{ part: 'neighbour' as const, text: `Neighbour power: ${name(cast.neighbour)}` }]
      : []),
    { part: 'place', text: `Where: ${scenario.place.name}` },
  ]
  const captionId = `map-${scenario.id}${compact ? '-card' : ''}`
  return (
    <figure className={compact ? 'region-map compact' : 'region-map'}>
      <Suspense fallback={<div className="map-frame map-loading" aria-hidden="true" />}>
        <MapDrawing scenario={scenario} parts={parts} labelledBy={captionId} />
      </Suspense>
      <figcaption id={captionId}>
        <span className="visually-hidden">Map of the region. </span>
        <ul className="map-legend">
          {legend.map((l) => (
            <li key={l.part}>
              <span className={`swatch swatch-${l.part}`} aria-hidden="true" />
              {l.text}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
