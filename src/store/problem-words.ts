// The words of the library's problems in a language other than English: a table with the language it words, and
// how the store fetches one (problem-language.ts).
import type { ProblemWording } from '../scenario/wording/en'
import type { Language } from './language'

export type WordedLanguage = Exclude<Language, 'en'>

/** A table of problem words with the language it words. */
export interface ProblemWords {
  readonly language: WordedLanguage
  readonly table: ProblemWording
}

export type LoadProblemWords = (language: WordedLanguage) => Promise<ProblemWording>
