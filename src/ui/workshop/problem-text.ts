// A checker's problem in the reader's language: English is the problem's own `message` (the command line's
// words), any other language words its code and values from that language's table.
import { formatPath } from '../../scenario/format-problems'
import type { Problem } from '../../scenario/types'
import type { ProblemWording } from '../../scenario/wording/en'
import { PROBLEMS_RU } from '../../scenario/wording/ru'
import { itemNameRu } from '../../scenario/wording/ru-schema'
import { wordProblem } from '../../scenario/wording/word-problem'
import type { Language } from '../../store'

const TABLES: Readonly<Record<Exclude<Language, 'en'>, ProblemWording>> = { ru: PROBLEMS_RU }

export function problemText(problem: Problem, language: Language): string {
  return language === 'en' ? problem.message : wordProblem(TABLES[language], problem)
}

/** Where a problem is, as a reader counts: "role 2, id" (not the path's "roles.1.id"), "роль 2, id". */
export function problemPlace(problem: Problem, language: Language): string {
  return language === 'en' ? formatPath(problem.path) : formatPath(problem.path, itemNameRu)
}
