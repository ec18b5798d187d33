// The other actors' moves arriving one by one after the player's decision; reduced motion shows them all at once.
import { motion, useReducedMotionConfig } from 'framer-motion'
import { type ReactNode, useEffect, useRef, useState } from 'react'
import type { Move } from '../../engine'
import type { Scenario } from '../../scenario/types'
import { afterResolve, arrivals, type GameView, hrefFor, useGame } from '../../store'
import { MoveCard } from '../components/move-card'
import { PageHeading } from '../components/page-heading'

/** Long enough to read a line before the next one lands. */
export const BEAT_MS = 1100

export function ResolveScreen({ view }: { view: GameView }) {
  const { known, arriving } = arrivals(view.result.moves)
  const next = afterResolve(view)
  const href = useGame((s) => hrefFor(s, next))
  return (
    <>
      <PageHeading title="The crisis unfolds" eyebrow="Resolution">
        <p className="lede">
          {view.result.status === 'awaiting'
            ? 'The others move; then it is your turn again.'
            : 'The others move, and the crisis runs its course.'}
        </p>
      </PageHeading>
      {known.length > 0 ? (
        <details className="panel">
          <summary>Earlier moves ({known.length})</summary>
          <MoveTimeline moves={known} scenario={view.scenario} />
        </details>
      ) : null}
      <Arrivals key={view.decisions.length} moves={arriving} scenario={view.scenario}>
        <a className="button" href={href} data-testid="resolve-continue">
          {next === 'decide' ? 'Your next decision' : 'See the outcomes'}
        </a>
      </Arrivals>
    </>
  )
}

function Arrivals({
  moves,
  scenario,
  children,
}: {
  moves: readonly Move[]
  scenario: Scenario
  children: ReactNode
}) {
  const reduced = useReducedMotionConfig() ?? false
  const [shown, setShown] = useState(reduced ? moves.length : Math.min(1, moves.length))
  const all = reduced || shown >= moves.length
  // A beat after each arrival, the next: the timer is set again whenever one more move is shown.
  useEffect(() => {
    if (all) return
    const timer = setTimeout(() => setShown(shown + 1), BEAT_MS)
    return () => clearTimeout(timer)
  }, [all, shown])
  const count = all ? moves.length : shown
  const actions = useRef<HTMLDivElement>(null)
  const [skipped, setSkipped] = useState(false)
  useEffect(() => {
    // The button that had the focus is gone: hand the focus to what replaced it.
    if (skipped && all) actions.current?.querySelector<HTMLElement>('a, button')?.focus()
  }, [skipped, all])
  return (
    <section aria-labelledby="arrivals-title">
      <h2 id="arrivals-title" className="visually-hidden">
        The moves
      </h2>
      <ol className="timeline arriving" aria-live="polite">
        {moves.slice(0, count).map((move, i) => (
          <motion.li
            // biome-ignore lint/suspicious/noArrayIndexKey: moves are a fixed sequence
            key={i}
            initial={reduced ? false : { opacity: 0, y: 24 }}
            animate={{ opacity: 1, y: 0 }}
            transition={{ duration: 0.45, ease: 'easeOut' }}
          >
            <MoveCard move={move} scenario={scenario} />
          </motion.li>
        ))}
      </ol>
      <div className="actions" ref={actions}>
        {all ? (
          children
        ) : (
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setSkipped(true)
              setShown(moves.length)
            }}
          >
            Show all moves now
          </button>
        )}
      </div>
    </section>
  )
}

export function MoveTimeline({ moves, scenario }: { moves: readonly Move[]; scenario: Scenario }) {
  return (
    <ol className="timeline">
      {moves.map((move, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: moves are a fixed sequence
        <li key={i}>
          <MoveCard move={move} scenario={scenario} />
        </li>
      ))}
    </ol>
  )
}
