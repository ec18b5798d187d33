// A checker's problem in the reader's language: English is the problem's own `message` (the command line's
// words), any other language words its code and values from that language's table.
import type { Problem } from '../../scenario/types'
import type { ProblemWording } from '../../scenario/wording/en'
import { PROBLEMS_RU } from '../../scenario/wording/ru'
import { wordProblem } from '../../scenario/wording/word-problem'
import type { Language } from '../../store'

const TABLES: Readonly<Record<Exclude<Language, 'en'>, ProblemWording>> = { ru: PROBLEMS_RU }

export function problemText(problem: Problem, language: Language): string {
  return language === 'en' ? problem.message : wordProblem(TABLES[language], problem)
}
