// The game as a play screen shows it: in the reader's language, and through a switch of language, as it was. The
// store gives a bundled crisis no view while its translations come, so that a game opened in Russian never shows
// its English first (content-language.ts). A game already on the screen is another matter: going blank for that
// moment unmounted the screen, losing a student's unsent choices, their place on the page and their focus on the
// switch. Such a game stays in the words it had until the new ones come, as the rest of the page does
// (LanguageProvider).
import { useState } from 'react'
import { type GameView, selectViewInLanguage, selectWaitingForTranslations, useGame } from '../../store'

export function useShownView(): GameView | null {
  const translated = useGame(selectViewInLanguage)
  const asWritten = useGame((s) => s.view)
  const waiting = useGame(selectWaitingForTranslations)
  const game = asWritten && `${asWritten.scenario.id}/${asWritten.role.id}`
  const [shown, setShown] = useState<string | null>(null)
  if (translated && game !== shown) setShown(game)
  if (translated) return translated
  return waiting && game !== null && game === shown ? asWritten : null
}
