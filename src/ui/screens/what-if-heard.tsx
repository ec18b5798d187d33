// The what-if page's one live region: once a replay settles (a slider let go, a step of the keys, a reset) it says
// in one sentence what changed against the student's game. Mounted empty with the page, so its first sentence is
// heard too; each settled replay puts in a new node, so a sentence the same as the last is still said again.
import { useEffect, useRef, useState } from 'react'
import { useGame } from '../../store'
import { selectWhatIfHeard, type WhatIfHeard } from '../../store/other-pages'
import { useLanguage, useText } from '../i18n/use-text'
import { whatIfHeard } from '../words/what-if-heard'

export function WhatIfHeardRegion() {
  const t = useText()
  const language = useLanguage()
  const heard = useGame(selectWhatIfHeard)
  const [said, setSaid] = useState<{ readonly heard: WhatIfHeard; readonly n: number } | null>(null)
  // The game as the page opened on it is not news: only a replay that settles after that is said.
  const last = useRef(heard)
  useEffect(() => {
    if (heard === last.current) return
    last.current = heard
    if (!heard) return
    // Put into words in a task of its own: an effect of a release runs, and sets state, in the release's own task
    // (React flushes a discrete event's effects at once), which the sentence would lengthen for nothing a reader
    // hears sooner; a polite region is read once the page is idle.
    const later = setTimeout(() => setSaid((before) => ({ heard, n: (before?.n ?? 0) + 1 })), 0)
    return () => clearTimeout(later)
  }, [heard])
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="whatif-heard">
      {said ? <span key={said.n}>{whatIfHeard(said.heard, t, language)}</span> : null}
    </p>
  )
}
