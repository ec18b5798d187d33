// The editor's text as typed, ahead of the store: checked once typing pauses, kept as the draft a little later,
// and kept at once when the author leaves the workshop or the page.
import { useEffect, useRef, useState } from 'react'
import { useGameStore } from '../../store'
import type { WorkshopDraft } from '../../store/imported-scenarios'

/** Long enough to let a word be typed, short enough to feel live. */
const DEBOUNCE_MS = 250
/** The draft is written less often than it is checked; leaving the page writes it at once. */
const DRAFT_MS = 500

/**
 * `doc` is what the store holds (the draft, or the template while there is none: `template`); `opened` counts the
 * texts the store opened in its place.
 */
export function useTypedText(doc: WorkshopDraft, opened: number, template: boolean) {
  const store = useGameStore()
  const [text, setText] = useState(doc.text)
  // Read as typed, since the page may go before React has rendered the last keystrokes.
  const typed = useRef(text)
  const kept = useRef(doc)
  kept.current = doc
  // A text the store opened (a file, a starting point, a slider's number) replaces what was typed. The template in
  // another language (the reader switched) replaces the template only while nothing has been typed over it; a
  // draft the store keeps is what was typed, and never replaces what has been typed since.
  // Each replacement is a new `version` for the editor, which then shows the new text.
  const [seen, setSeen] = useState({ opened, text: doc.text, template, version: 0 })
  if (seen.opened !== opened || seen.text !== doc.text || seen.template !== template) {
    const replaced = seen.opened !== opened || (seen.template && template && typed.current === seen.text)
    setSeen({ opened, text: doc.text, template, version: seen.version + (replaced ? 1 : 0) })
    if (replaced) {
      setText(doc.text)
      typed.current = doc.text
    }
  }

  const edited = (next: string): void => {
    typed.current = next
    setText(next)
  }
  /** Keeps what is typed now as the draft: before an action that works on the draft. */
  const flush = (): void => {
    if (typed.current !== kept.current.text) store.getState().keepDraft(typed.current, kept.current.file)
  }
  const flushRef = useRef(flush)
  flushRef.current = flush

  useEffect(() => {
    const timer = setTimeout(() => void store.getState().checkDraft(text, doc.file), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [store, text, doc.file])

  useEffect(() => {
    if (text === doc.text) return
    const timer = setTimeout(() => store.getState().keepDraft(text, doc.file), DRAFT_MS)
    return () => clearTimeout(timer)
  }, [store, text, doc.text, doc.file])

  // Leaving the workshop, or the page, does not wait for the pause: the last keystrokes are kept too.
  useEffect(() => {
    const leave = (): void => flushRef.current()
    window.addEventListener('pagehide', leave)
    return () => {
      window.removeEventListener('pagehide', leave)
      leave()
    }
  }, [])

  return { text, edited, flush, version: seen.version }
}
