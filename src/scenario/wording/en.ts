// Every problem the checker reports, by code, in English: the words of `npm run check` and of a problem's
// `message`. The codes and their parameters are this table's; the Russian (ru.ts) words the same ones.
import { HISTORY_EN } from './en-history'
import { READING_EN } from './en-reading'
import { SCENARIO_EN } from './en-scenario'
import { SCHEMA_EN } from './en-schema'
import { TRANSLATION_EN } from './en-translation'
import type { Wording } from './table'

export const PROBLEMS_EN = { ...READING_EN, ...SCHEMA_EN, ...SCENARIO_EN, ...HISTORY_EN, ...TRANSLATION_EN }

export type ProblemCode = keyof typeof PROBLEMS_EN

/** What a code's words need: the values the checker found. */
export type ProblemParams = {
  [C in ProblemCode]: (typeof PROBLEMS_EN)[C] extends (p: infer P) => string ? P : never
}

/** A table that words every code, as every language's must. */
export type ProblemWording = Wording<typeof PROBLEMS_EN>

/** What a problem says, as data: its code and values, with its English words for the command line and logs. */
export type Said = {
  [C in ProblemCode]: { readonly code: C; readonly params: ProblemParams[C]; readonly message: string }
}[ProblemCode]

export function said<C extends ProblemCode>(code: C, params: ProblemParams[C]): Said {
  const words = PROBLEMS_EN[code] as (p: ProblemParams[C]) => string
  return { code, params, message: words(params) } as Said
}
