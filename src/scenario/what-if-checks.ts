// What the schema cannot check item by item in a scenario's what-if facts: a fact offered twice, a switch's
// alternatives, which must each differ from the scenario's own value and from one another, and a note on a fact
// that changes no decision (`inert`) where the page offers no such fact, so no student would read it.
import type { ScenarioFileData } from './schema'
import type { ActorId } from './types'
import { CATEGORICAL_FACTS, DEFAULT_WHAT_IF } from './vocabulary'
import { ownValue } from './what-if-items'
import { type Said, said } from './wording/en'

type Add = (path: readonly PropertyKey[], what: Said) => void
type Switched = (typeof CATEGORICAL_FACTS)[number]
type AdversaryAlternative = { readonly kind: string; readonly actor?: ActorId | undefined }

/** A value as a file writes it, to name it in a message and to tell two apart. */
const written = (value: string | AdversaryAlternative): string =>
  typeof value === 'string' ? value : value.actor ? `${value.kind} ${value.actor}` : value.kind

export function whatIfProblems(
  { whatIf, facts, inert }: Pick<ScenarioFileData, 'whatIf' | 'facts' | 'inert'>,
  add: Add,
  checkAdversary: (a: AdversaryAlternative, at: readonly PropertyKey[]) => void,
): void {
  const offered = new Set<string>()
  whatIf.forEach((item, i) => {
    const fact = typeof item === 'string' ? item : CATEGORICAL_FACTS.find((f) => item[f])
    if (!fact) return
    if (offered.has(fact)) add(['whatIf', i], said('what-if-twice', { fact }))
    offered.add(fact)
    if (typeof item === 'string') return
    const switched = fact as Switched
    const list: readonly (string | AdversaryAlternative)[] = item[switched] ?? []
    const seen = new Set<string>()
    list.forEach((value, j) => {
      const at = ['whatIf', i, switched, j]
      const name = written(value)
      if (name === written(ownValue(facts, switched))) add(at, said('what-if-as-it-was', { value: name }))
      else if (seen.has(name)) add(at, said('listed-twice', { id: name }))
      seen.add(name)
      if (typeof value !== 'string') checkAdversary(value, at)
    })
  })
  const shown: ReadonlySet<string> = whatIf.length > 0 ? offered : new Set(DEFAULT_WHAT_IF)
  for (const fact of Object.keys(inert))
    if (!shown.has(fact)) add(['inert', fact], said('inert-not-offered', { fact }))
}
