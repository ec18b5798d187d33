// One what-if slider: dragging replays the game cheaply at every frame, letting go replays it in full.
import './fact-slider.css'
import { memo, useEffect, useId, useRef, useState } from 'react'
import type { FactPath } from '../../store'
import { FACT_COPY } from '../fact-copy'
import { formatDecimal } from '../format'
import { useLanguage, useText } from '../i18n/use-text'
import { factLevelText } from '../words/fact-level'
import { inertText } from '../words/inert-note'

// Drawn again only when its own props change: a move of one slider leaves the others as they were.
export const FactSlider = memo(function FactSlider({
  fact,
  value,
  original,
  onMove,
  onReset,
  inert,
  othersMoved = false,
}: {
  fact: FactPath
  value: number
  original: number
  /** Why moving this fact changes nobody's decision in this crisis when the engine plays every side, if so. */
  inert?: string | undefined
  /** Another fact is off the crisis's own value, where the note was not checked. */
  othersMoved?: boolean
  onMove: (value: number, phase: 'drag' | 'release') => void
  onReset: () => void
}) {
  const t = useText()
  const language = useLanguage()
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const frame = useRef<number | undefined>(undefined)
  // Moved by the pointer or a key since the store last heard a release.
  const held = useRef(false)
  const latest = useRef(onMove)
  latest.current = onMove
  const ids = FACT_COPY[fact]
  const copy = { label: t(ids.label), low: t(ids.low), high: t(ids.high) }
  const figure = (n: number) => formatDecimal(n, 2, language)
  const words = (n: number) => factLevelText(n, copy, t)
  // The thumb follows the pointer at once; the store catches up a frame later (a controlled input would snap back).
  // A drag's position stands while the store still holds the value the drag last saw; once the store moves (the
  // drag's own replay, a release, a reset) its value is shown, with no second drawing to catch up.
  const [drag, setDrag] = useState<{ readonly from: number; readonly to: number } | null>(null)
  const shown = drag && drag.from === value ? drag.to : value

  useEffect(() => {
    // The native change event fires when the student lets go (or presses a key): React's onChange fires on every
    // input, so the release is listened for here to run the full Monte Carlo once.
    const element = input.current
    if (!element) return
    const release = (): void => {
      held.current = false
      if (frame.current !== undefined) cancelAnimationFrame(frame.current)
      frame.current = undefined
      setDrag(null)
      latest.current(Number(element.value), 'release')
    }
    // A drag let go where it began fires no change event (the value is the one last committed), so the pointer's
    // release lets it go instead, once a change event, if one comes with it, has had its turn.
    let pending: ReturnType<typeof setTimeout> | undefined
    const letGo = (): void => {
      if (!held.current) return
      clearTimeout(pending)
      pending = setTimeout(() => {
        if (held.current) release()
      }, 0)
    }
    element.addEventListener('change', release)
    element.addEventListener('pointerup', letGo)
    element.addEventListener('pointercancel', letGo)
    return () => {
      clearTimeout(pending)
      element.removeEventListener('change', release)
      element.removeEventListener('pointerup', letGo)
      element.removeEventListener('pointercancel', letGo)
    }
  }, [])

  const replayAtNextFrame = (next: number): void => {
    // At most one replay per frame, however fast the pointer moves.
    if (frame.current !== undefined) cancelAnimationFrame(frame.current)
    frame.current = requestAnimationFrame(() => {
      frame.current = undefined
      latest.current(next, 'drag')
    })
  }

  const changed = Math.abs(shown - original) > 1e-9
  return (
    <div className={`fact-slider${changed ? ' changed' : ''}`}>
      <label htmlFor={id}>
        {copy.label}
        {/* Words, not CSS content: translated, and part of the slider's name as a screen reader reads it. */}
        {changed ? (
          <>
            {' '}
            <span className="fact-slider-changed">— {t('whatIf.slider.changed')}</span>
          </>
        ) : null}
      </label>
      {/* For the eye only: the slider's valuetext already says these words and this figure, and an output is a
          live region (role status) that would say them a second time at every step. Hidden rather than
          role="none", which would leave the same words to be read again beside the slider when a reader browses
          the page. The words first, the model's figure after them. */}
      <output htmlFor={id} className="slider-value" aria-hidden="true">
        <span className="slider-words">{words(shown)}</span>{' '}
        <span className="slider-figure">{figure(shown)}</span>
      </output>
      <input
        ref={input}
        id={id}
        type="range"
        min={0}
        max={1}
        step={0.05}
        value={shown}
        data-testid={`whatif-slider-${fact}`}
        aria-valuetext={t('whatIf.slider.valuetext', {
          level: words(shown),
          value: figure(shown),
          low: copy.low,
          high: copy.high,
        })}
        aria-describedby={`${id}-note`}
        onChange={(e) => {
          // A change event is a release, which the listener above has already sent to the store.
          if (e.nativeEvent.type === 'change') return
          held.current = true
          setDrag({ from: value, to: Number(e.target.value) })
          replayAtNextFrame(Number(e.target.value))
        }}
      />
      <div className="slider-scale" aria-hidden="true">
        <span>{copy.low}</span>
        <span>{copy.high}</span>
      </div>
      <p id={`${id}-note`} className="slider-note">
        {t('whatIf.slider.inScenario', { level: words(original), value: figure(original) })}{' '}
        {changed ? (
          <button type="button" className="link-button" onClick={onReset}>
            {t('whatIf.slider.reset')} <span className="visually-hidden">{copy.label}</span>
          </button>
        ) : null}
        {/* The scenario's note says why no actor decides differently across the range, which holds for the engine's own
            game (the student's decisions may differ) with the other facts as they were; the fact may still move the
            outcomes, so the label says so, and that the note may no longer hold once another fact has moved. */}
        {inert ? <span className="slider-inert"> {inertText(inert, othersMoved, t)}</span> : null}
      </p>
    </div>
  )
})
