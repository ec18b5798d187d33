// The results file in the page's language: the words it writes in its values (an inject and its round), from the
// message catalogs, and the store's translation of the scenario's texts (store/live/results-language.ts).
import { useMemo } from 'react'
import { useGameStore } from '../../store'
import { type ResultsWords, resultsLanguage } from '../../store/live'
import { useText } from '../i18n/use-text'

export function useResultsWords(): ResultsWords {
  const t = useText()
  return useMemo(
    () => ({
      injectRound: (title: string, round: number) => t('live.results.injectRound', { title, round }),
    }),
    [t],
  )
}

export function useResultsLanguage() {
  const words = useResultsWords()
  const game = useGameStore()
  return useMemo(() => resultsLanguage(game.getState, words), [game, words])
}
