// The region of a crisis: who asks, who leads, the other members, the adversary and the place, in words at once
// and on a map as soon as its lazily loaded drawing arrives (the frame keeps the layout from jumping). A library
// card's map waits until the card nears the screen. In the resolution it also shows who has moved and where the
// troops (or an observer mission's officers) come from.
import './region-map.css'
import { lazy, Suspense } from 'react'
import { actorName, castOf, type ScenarioPreview } from '../../store'
import { useText } from '../i18n/use-text'
import { midSentence } from '../words/mid-sentence'
import { CAPITAL } from './capitals'
import { COUNTRY_CODE } from './country-codes'
import type { MapScene, Part } from './map-parts'
import { useNearView } from './use-near-view'

const MapDrawing = lazy(() => import('./map-drawing'))

type LegendPart = Part | 'place' | 'non-state' | 'troops' | 'moved' | 'latest'

export function RegionMap({
  scenario,
  compact = false,
  scene,
}: {
  scenario: ScenarioPreview
  compact?: boolean
  scene?: MapScene | undefined
}) {
  const t = useText()
  const cast = castOf(scenario)
  const parts = new Map<string, Part>()
  const mark = (id: string | undefined, part: Part): void => {
    const code = id ? COUNTRY_CODE[id] : undefined
    if (code) parts.set(code, part)
  }
  mark(cast.requester, 'requester')
  mark(cast.adversary, 'adversary')
  mark(cast.leader, 'leader')
  for (const m of cast.members) mark(m, 'member')
  mark(cast.neighbour, 'neighbour')
  const name = (id: string) => actorName(scenario, id)
  const adversaryOnMap = cast.adversary !== undefined && COUNTRY_CODE[cast.adversary] !== undefined
  const adversary = cast.adversary ? name(cast.adversary) : scenario.facts.adversary.description
  const movedOnMap = (scene?.moved ?? []).filter((id) => CAPITAL[id] !== undefined)
  const latestOnMap = scene?.latest && movedOnMap.includes(scene.latest) ? scene.latest : undefined
  const legend: { part: LegendPart; text: string }[] = [
    { part: 'requester', text: t('map.requester', { name: name(cast.requester) }) },
    ...(cast.leader ? [{ part: 'leader' as const, text: t('map.leader', { name: name(cast.leader) }) }] : []),
    ...(cast.members.length > 0
      ? [{ part: 'member' as const, text: t('map.members', { names: cast.members.map(name).join(', ') }) }]
      : []),
    // A rebellion or a militia has no territory to colour: its swatch is a hatch, as it is drawn nowhere.
    adversaryOnMap
      ? { part: 'adversary', text: t('map.adversary', { name: adversary }) }
      : { part: 'non-state', text: t('map.adversaryNoState', { name: adversary }) },
    ...(cast.neighbour
      ? [{ part: 'neighbour' as const, text: t('map.neighbour', { name: name(cast.neighbour) }) }]
      : []),
    { part: 'place', text: t('map.place', { place: scenario.place.name }) },
    // The resolution's dots and ring, said only when drawn: at the capitals the map knows.
    ...(movedOnMap.length > 0
      ? [
          {
            part: 'moved' as const,
            text: t('map.moved', { names: movedOnMap.map((id) => midSentence(name(id))).join(', ') }),
          },
        ]
      : []),
    ...(latestOnMap
      ? [{ part: 'latest' as const, text: t('map.latest', { name: midSentence(name(latestOnMap)) }) }]
      : []),
    ...(scene && scene.troopsFrom.length > 0
      ? [
          {
            part: 'troops' as const,
            text: t('map.troops', {
              sending: scene.sending,
              names: scene.troopsFrom.map((id) => midSentence(name(id))).join(', '),
            }),
          },
        ]
      : []),
  ]
  const [figure, near] = useNearView<HTMLElement>(compact)
  const waiting = <div className="map-frame map-loading" aria-hidden="true" />
  // The figure's name is short, the place's; the legend says the rest, once. Named by its caption, as a figure is
  // unless told otherwise, it and the drawing each read the whole legend out before the legend itself.
  return (
    <figure
      ref={figure}
      className={compact ? 'region-map compact' : 'region-map'}
      aria-label={t('map.title', { place: scenario.place.name })}
    >
      {!near ? (
        waiting
      ) : (
        <Suspense fallback={waiting}>
          <MapDrawing scenario={scenario} parts={parts} scene={scene} />
        </Suspense>
      )}
      <figcaption>
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
