// The results file in the reader's language: the results the server sent, put through the scenario's bundled
// translation by the game store (as the live screens' briefs and views are), and the words the file writes in its
// values. The screen brings the words (from its message catalogs); the store brings the translation.
import type { ResultsWords } from '../../live/results'
import type { ResultsLanguage } from '../../live/results-file'
import { resultsIn } from '../../live/results-in-language'
import { selectLiveInLanguage } from '../content-language'
import type { GameStore } from '../state'

export function resultsLanguage(game: () => GameStore, words: ResultsWords): ResultsLanguage {
  return {
    results: (english) => selectLiveInLanguage(english, english.session.scenario.id, resultsIn)(game()),
    words,
  }
}
