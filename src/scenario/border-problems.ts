// The catalog's land borders, checked once its layers are merged (the standing profiles, then an instructor's):
// each names another actor of the catalog. A border counts for both states when either profile lists it, so a
// new profile names its neighbours without anyone editing theirs.
import { parseWith } from './parse-file'
import type { Locate } from './read-yaml'
import { ActorFile } from './schema'
import type { ActorCatalog, ActorId, Problem } from './types'
import { type Said, said } from './wording/en'

/**
 * Every border that names the actor itself or an actor the catalog lacks. `files` gives the profiles' texts in
 * the order they were laid over each other; they are read again only to point at the line of a mistake.
 */
export function borderProblems(
  catalog: ActorCatalog,
  files: () => readonly { readonly name: string; readonly text: string }[],
): Problem[] {
  const known = [...catalog.keys()].sort()
  const found: { readonly id: ActorId; readonly index: number; readonly what: Said }[] = []
  for (const [id, actor] of catalog)
    actor.borders.forEach((other, index) => {
      if (other === id) found.push({ id, index, what: said('border-self', { id }) })
      else if (!catalog.has(other))
        found.push({ id, index, what: said('border-unknown', { id: other, known }) })
    })
  if (found.length === 0) return []
  const where = new Map<ActorId, { readonly file: string; readonly locate: Locate }>()
  for (const { name, text } of files()) {
    const r = parseWith(ActorFile, text, name)
    if (r.ok) where.set(r.value.data.id, { file: name, locate: r.value.locate })
  }
  return found.map(({ id, index, what }) => {
    const { file, locate } = where.get(id)!
    return { file, ...locate(['borders', index]), path: `borders.${index}`, ...what }
  })
}
