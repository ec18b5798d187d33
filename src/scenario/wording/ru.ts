// Every problem the checker reports, by code, in Russian: what the workshop shows a Russian reader. Only the
// workshop's lazy screen imports it, so neither the first page nor the command line carries it.
import type { ProblemWording } from './en'
import { HISTORY_RU } from './ru-history'
import { READING_RU } from './ru-reading'
import { SCENARIO_RU } from './ru-scenario'
import { SCHEMA_RU } from './ru-schema'
import { TRANSLATION_RU } from './ru-translation'

export const PROBLEMS_RU: ProblemWording = {
  ...READING_RU,
  ...SCHEMA_RU,
  ...SCENARIO_RU,
  ...HISTORY_RU,
  ...TRANSLATION_RU,
}
