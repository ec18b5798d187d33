// The resolution as a short scene: dated dispatches arrive one by one, each capital lights up on the map as it
// moves, and the troops are drawn on their way. Reduced motion shows the same scene complete, without movement.
// The dispatches' list is a live region drawn empty first, so a screen reader reads out every dispatch, the first too.
import './resolve-screen.css'
import { useReducedMotionConfig } from 'framer-motion'
import * as m from 'framer-motion/m'
import { type ReactNode, useEffect, useRef, useState } from 'react'
import {
  actorName,
  afterResolve,
  type Dispatch,
  type GameView,
  hrefFor,
  type Language,
  resolveLeadsTo,
  sceneOf,
  useGame,
} from '../../store'
import { MoveCard } from '../components/move-card'
import { PageHeading } from '../components/page-heading'
import { formatList, formatMoment } from '../format'
import { type Translate, useLanguage, useText } from '../i18n/use-text'
import { RegionMap } from '../map/region-map'
import { usePainted } from '../use-painted'
import { key } from '../words/decisions'
import { midSentence } from '../words/mid-sentence'

/** What comes after the moves, in words: "again" only once the student has decided in this game. */
const LEDE = { 'first-turn': 'resolve.first', 'turn-again': 'resolve.again', end: 'resolve.ends' } as const
/** The way on, in the same terms: a first decision is not the "next" one. */
const ONWARD = {
  'first-turn': 'resolve.yourDecision',
  'turn-again': 'resolve.next',
  end: 'resolve.outcomes',
} as const

/** Long enough to read a dispatch and its reason before the next one lands. */
export const BEAT_MS = 1400

export function ResolveScreen({ view }: { view: GameView }) {
  const t = useText()
  const scene = sceneOf(view)
  const href = useGame((s) => hrefFor(s, afterResolve(view)))
  const leadsTo = resolveLeadsTo(view)
  return (
    <>
      <PageHeading title={t('resolve.title')} eyebrow={t('resolve.eyebrow')}>
        <p className="lede">{t(LEDE[leadsTo])}</p>
      </PageHeading>
      {scene.known.length > 0 ? (
        <details className="panel">
          <summary>{t('resolve.earlier', { count: scene.known.length })}</summary>
          <DispatchList dispatches={scene.known} view={view} />
        </details>
      ) : null}
      <Scene
        key={view.decisions.length}
        view={view}
        known={scene.known}
        arriving={scene.arriving}
        recorded={scene.recorded}
      >
        <a className="button" href={href} data-testid="resolve-continue">
          {t(ONWARD[leadsTo])}
        </a>
      </Scene>
    </>
  )
}

function Scene({
  view,
  known,
  arriving,
  recorded,
  children,
}: {
  view: GameView
  known: readonly Dispatch[]
  arriving: readonly Dispatch[]
  /** Whether the times follow the scenario's record, which the footnote says. */
  recorded: boolean
  children: ReactNode
}) {
  const t = useText()
  const still = useReducedMotionConfig() ?? false
  // Nothing arrives until the empty list has been on the screen: a live region's first content, there from the
  // start, is read as part of the page, not announced, and the student would never hear the first dispatch.
  const painted = usePainted()
  const [shown, setShown] = useState(still ? arriving.length : Math.min(1, arriving.length))
  const all = painted && (still || shown >= arriving.length)
  // A beat after each arrival, the next: the timer is set again each time one more dispatch is shown.
  useEffect(() => {
    if (!painted || all) return
    const timer = setTimeout(() => setShown(shown + 1), BEAT_MS)
    return () => clearTimeout(timer)
  }, [painted, all, shown])
  const visible = painted ? arriving.slice(0, all ? arriving.length : shown) : []
  const actions = useRef<HTMLDivElement>(null)
  const [skipped, setSkipped] = useState(false)
  useEffect(() => {
    // The button that had the focus is gone: hand the focus to what replaced it.
    if (skipped && all) actions.current?.querySelector<HTMLElement>('a, button')?.focus()
  }, [skipped, all])
  const heard = [...known, ...visible]
  const moves = heard.flatMap((d) => (d.kind === 'move' ? [d.move] : []))
  const landing = heard.find((d) => d.kind === 'landing')
  const latest = visible.findLast((d) => d.kind === 'move')
  return (
    <div className="scene-layout">
      <div className="scene-map">
        <RegionMap
          scenario={view.scenario}
          scene={{
            moved: [...new Set(moves.map((move) => move.actor))],
            latest: latest?.kind === 'move' ? latest.move.actor : undefined,
            troopsFrom: landing?.kind === 'landing' ? landing.from : [],
            sending: landing?.kind === 'landing' ? landing.sending : 'troops',
          }}
        />
      </div>
      <section aria-labelledby="dispatches-title" className="scene-dispatches">
        <h2 id="dispatches-title" className="visually-hidden">
          {t('resolve.dispatches')}
        </h2>
        <ol className="timeline arriving" aria-live="polite">
          {visible.map((d, i) => (
            <m.li
              // biome-ignore lint/suspicious/noArrayIndexKey: dispatches are a fixed sequence
              key={i}
              initial={still ? false : { opacity: 0, y: 24 }}
              animate={{ opacity: 1, y: 0 }}
              transition={{ duration: 0.45, ease: 'easeOut' }}
            >
              <DispatchCard dispatch={d} view={view} />
            </m.li>
          ))}
        </ol>
        <p className="scene-clock">{recorded ? t('resolve.clockRecord') : t('resolve.clock')}</p>
        <div className="actions" ref={actions}>
          {all ? (
            children
          ) : painted ? (
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setSkipped(true)
                setShown(arriving.length)
              }}
            >
              {t('resolve.showAll')}
            </button>
          ) : null}
        </div>
      </section>
    </div>
  )
}

function DispatchList({ dispatches, view }: { dispatches: readonly Dispatch[]; view: GameView }) {
  return (
    <ol className="timeline">
      {dispatches.map((d, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: dispatches are a fixed sequence
        <li key={i}>
          <DispatchCard dispatch={d} view={view} />
        </li>
      ))}
    </ol>
  )
}

function DispatchCard({ dispatch, view }: { dispatch: Dispatch; view: GameView }) {
  const t = useText()
  const language = useLanguage()
  if (dispatch.kind === 'move')
    return (
      <MoveCard
        move={dispatch.move}
        game={view.result.moves}
        scenario={view.scenario}
        viewer={view.role.actor}
        at={dispatch.at}
      />
    )
  return (
    <div className="move-card landing">
      <p className="move-stage">
        <time dateTime={dispatch.at}>{formatMoment(dispatch.at, language)}</time> ·{' '}
        {t('resolve.landing', { sending: dispatch.sending })}
      </p>
      <p className="move-line">{landingLine(dispatch, view, t, language)}</p>
    </div>
  )
}

/** Who lands, how many, to do what and for how long. */
function landingLine(
  dispatch: Extract<Dispatch, { kind: 'landing' }>,
  view: GameView,
  t: Translate,
  language: Language,
): string {
  const { response } = dispatch
  return t('resolve.troops', {
    unit: key(response.kind === 'grant' ? response.force : 'russian-force'),
    troops: dispatch.troops,
    from: formatList(
      dispatch.from.map((id) => midSentence(actorName(view.scenario, id))),
      language,
    ),
    mission: key(response.mission),
    days: dispatch.days,
  })
}
