// The region of a crisis: who asks, who leads, the other members, the adversary and the place, in words at once
// and on a map as soon as its lazily loaded drawing arrives (the frame keeps the layout from jumping). A library
// card's map waits until the card nears the screen. In the resolution it also shows who has moved and where the
// troops come from.
import './region-map.css'
import { lazy, Suspense } from 'react'
import { actorName, castOf, type ScenarioPreview } from '../../store'
import { COUNTRY_CODE } from './country-codes'
import type { MapScene, Part } from './map-parts'
import { useNearView } from './use-near-view'

const MapDrawing = lazy(() => import('./map-drawing'))

const TEXT = {
  hidden: 'Map of the region. ',
  requester: (n: string) => `Asks for help: ${n}`,
  leader: (n: string) => `Leading member: ${n}`,
  members: (n: string) => `Other members: ${n}`,
  adversary: (n: string) => `Adversary: ${n}`,
  adversaryNoState: (n: string) => `Adversary, with no state of its own: ${n}`,
  neighbour: (n: string) => `Neighbour power: ${n}`,
  place: (n: string) => `Where: ${n}`,
  troops: (n: string) => `Troops from ${n}`,
}

type LegendPart = Part | 'place' | 'non-state' | 'troops'

export function RegionMap({
  scenario,
  compact = false,
  scene,
}: {
  scenario: ScenarioPreview
  compact?: boolean
  scene?: MapScene | undefined
}) {
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
  const adversary = cast.adversary ? name(cast.adversary) : scenario.facts.adversary.description
  const legend: { part: LegendPart; text: string }[] = [
    { part: 'requester', text: TEXT.requester(name(cast.requester)) },
    ...(cast.leader ? [{ part: 'leader' as const, text: TEXT.leader(name(cast.leader)) }] : []),
    ...(cast.members.length > 0
      ? [{ part: 'member' as const, text: TEXT.members(cast.members.map(name).join(', ')) }]
      : []),
    // A rebellion or a militia has no territory to colour: its swatch is a hatch, as it is drawn nowhere.
    adversaryOnMap
      ? { part: 'adversary', text: TEXT.adversary(adversary) }
      : { part: 'non-state', text: TEXT.adversaryNoState(adversary) },
    ...(cast.neighbour ? [{ part: 'neighbour' as const, text: TEXT.neighbour(name(cast.neighbour)) }] : []),
    { part: 'place', text: TEXT.place(scenario.place.name) },
    ...(scene && scene.troopsFrom.length > 0
      ? [{ part: 'troops' as const, text: TEXT.troops(scene.troopsFrom.map(name).join(', ')) }]
      : []),
  ]
  const captionId = `map-${scenario.id}${compact ? '-card' : ''}`
  const [figure, near] = useNearView<HTMLElement>(compact)
  const waiting = <div className="map-frame map-loading" aria-hidden="true" />
  return (
    <figure ref={figure} className={compact ? 'region-map compact' : 'region-map'}>
      {!near ? (
        waiting
      ) : (
        <Suspense fallback={waiting}>
          <MapDrawing scenario={scenario} parts={parts} labelledBy={captionId} scene={scene} />
        </Suspense>
      )}
      <figcaption id={captionId}>
        <span className="visually-hidden">{TEXT.hidden}</span>
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
