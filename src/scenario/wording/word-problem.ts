// A problem in a language's words, from its code and values: what the screens show where the English `message`
// would not do. It imports no table, so whoever holds a table (loaded lazily) can word with it.
import type { ProblemWording, Said } from './en'

export function wordProblem(table: ProblemWording, problem: Pick<Said, 'code' | 'params'>): string {
  const words = table[problem.code] as (params: unknown) => string
  return words(problem.params)
}
