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
import { inFrame, regionFrame } from './region-frame'
import { useNearView } from './use-near-view'

const MapDrawing = lazy(() => import('./map-drawing'))

/** A row of the legend: what its swatch shows (nothing, for states beyond the frame) and its words. */
interface LegendRow {
  readonly key: string
  readonly swatch: Part | 'off-map' | 'place' | 'non-state' | 'troops' | 'moved' | 'latest'
  readonly text: string
}

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
  const focus = [cast.requester, cast.adversary].filter((id): id is string => id !== undefined)
  const frame = regionFrame(scenario.place, focus)
  // Coloured on the map: a state the atlas has, reaching into the frame. Any other the legend names in words.
  const drawn = (id: string): boolean => COUNTRY_CODE[id] !== undefined && inFrame(id, frame)
  const parts = new Map<string, Part>()
  const mark = (id: string | undefined, part: Part): void => {
    if (id && drawn(id)) parts.set(COUNTRY_CODE[id]!, part)
  }
  mark(cast.requester, 'requester')
  mark(cast.adversary, 'adversary')
  mark(cast.leader, 'leader')
  for (const m of cast.members) mark(m, 'member')
  mark(cast.neighbour, 'neighbour')
  const name = (id: string) => actorName(scenario, id)
  /** A part's row: its colour if any of its states is drawn, and their names, those beyond the frame said so. */
  const row = (part: Part, ids: readonly string[], words: (names: string) => string): LegendRow => ({
    key: part,
    swatch: ids.some(drawn) ? part : 'off-map',
    text: words(
      [
        ...ids.filter(drawn).map(name),
        ...ids.filter((id) => !drawn(id)).map((id) => t('map.offMap', { name: name(id) })),
      ].join(', '),
    ),
  })
  const adversary = cast.adversary ? name(cast.adversary) : scenario.facts.adversary.description
  const movedOnMap = (scene?.moved ?? []).filter((id) => CAPITAL[id] !== undefined)
  const latestOnMap = scene?.latest && movedOnMap.includes(scene.latest) ? scene.latest : undefined
  const legend: LegendRow[] = [
    row('requester', [cast.requester], (name) => t('map.requester', { name })),
    ...(cast.leader ? [row('leader', [cast.leader], (name) => t('map.leader', { name }))] : []),
    ...(cast.members.length > 0 ? [row('member', cast.members, (names) => t('map.members', { names }))] : []),
    // A rebellion or a militia has no territory to colour: its swatch is a hatch, as it is drawn nowhere.
    cast.adversary && COUNTRY_CODE[cast.adversary] !== undefined
      ? row('adversary', [cast.adversary], (name) => t('map.adversary', { name }))
      : {
          key: 'adversary',
          swatch: 'non-state' as const,
          text: t('map.adversaryNoState', { name: adversary }),
        },
    ...(cast.neighbour ? [row('neighbour', [cast.neighbour], (name) => t('map.neighbour', { name }))] : []),
    { key: 'place', swatch: 'place' as const, text: t('map.place', { place: scenario.place.name }) },
    // The resolution's dots and ring, said only when drawn: at the capitals the map knows.
    ...(movedOnMap.length > 0
      ? [
          {
            key: 'moved',
            swatch: 'moved' as const,
            text: t('map.moved', { names: movedOnMap.map((id) => midSentence(name(id))).join(', ') }),
          },
        ]
      : []),
    ...(latestOnMap
      ? [
          {
            key: 'latest',
            swatch: 'latest' as const,
            text: t('map.latest', { name: midSentence(name(latestOnMap)) }),
          },
        ]
      : []),
    ...(scene && scene.troopsFrom.length > 0
      ? [
          {
            key: 'troops',
            swatch: 'troops' as const,
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
          <MapDrawing scenario={scenario} frame={frame} parts={parts} scene={scene} />
        </Suspense>
      )}
      <figcaption>
        <ul className="map-legend">
          {legend.map((l) => (
            <li key={l.key}>
              <span className={`swatch swatch-${l.swatch}`} aria-hidden="true" />
              {l.text}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
