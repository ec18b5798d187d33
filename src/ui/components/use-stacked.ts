// When a table of comparisons is read as stacked rows (comparison-table.css): on a phone, and wherever its columns,
// each word whole, would not fit its box side by side. The width they need is measured, not guessed: it depends on
// the language («военнослужащих»), the crisis, the number of tables and the teams' own names, so no one breakpoint
// held for every table (the workshop's seven columns needed a box of 948 px in English and 1,081 in Russian).
import { type RefObject, useLayoutEffect, useRef, useState } from 'react'

/** A phone: every stackable table is stacked there, whatever it holds, as it always was. */
export const PHONE = '(max-width: 40rem)'

const onPhone = (): boolean => typeof window.matchMedia === 'function' && window.matchMedia(PHONE).matches

/**
 * Whether the table in `box` (its scrolling box) is stacked. Side by side, it stacks as soon as it overflows the box,
 * which remembers the width it needed; stacked, it goes back side by side once the box is that wide again, so it
 * never flickers between the two. New `content` (a text naming what the table holds: its language, its number of
 * rows and columns) is measured anew; a text, not an object, as an object made anew at each render would have it
 * measured anew at each render, stacked and unstacked in turn.
 */
export function useStacked(box: RefObject<HTMLElement | null>, content: string): boolean {
  const [stacked, setStacked] = useState(onPhone)
  // The box's scrolling width when the columns last overflowed it: below it, they still would.
  const needed = useRef<number | null>(null)
  const measured = useRef(content)

  useLayoutEffect(() => {
    if (measured.current !== content) {
      measured.current = content
      needed.current = null
    }
    const element = box.current
    if (!element) return
    const measure = () => {
      if (onPhone()) setStacked(true)
      else if (!stacked) {
        if (element.scrollWidth > element.clientWidth) {
          needed.current = element.scrollWidth
          setStacked(true)
        }
      } else if (needed.current === null || element.clientWidth >= needed.current) {
        // Side by side again, to see whether the columns fit: measured once more after that render.
        needed.current = null
        setStacked(false)
      }
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    // And the table: its text can grow past the box while the box keeps its size (a table's outcome arriving).
    for (const table of element.children) observer.observe(table)
    return () => observer.disconnect()
  }, [box, stacked, content])

  return stacked
}
