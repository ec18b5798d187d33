// The catalog's land borders, checked once its layers are merged (the standing profiles, then an instructor's):
// each names another actor of the catalog. A border counts for both states when either profile lists it, so a
// new profile names its neighbours without anyone editing theirs. A profile the schema refused elsewhere is read
// as written, as far as can be decided (as actor-references.ts reads its citations), so a broken profile hides no
// border problem of its own or of another; one whose borders the schema refused is the schema's to tell.
import { actorIdAsWritten } from './actor-references'
import { asWritten, parseWith } from './parse-file'
import type { Locate } from './read-yaml'
import { ActorFile } from './schema'
import type { ActorCatalog, ActorId, Problem } from './types'
import { said } from './wording/en'

export interface ProfileText {
  readonly name: string
  readonly text: string
}

/** A profile as far as its borders go: its id and borders as written, and where to point in its file. */
interface Neighbours {
  readonly file: string
  readonly borders: readonly string[] | undefined
  readonly locate: Locate
}

/**
 * Every border that names the actor itself or an actor the catalog lacks. `profiles` are the texts of the profiles
 * read, in the order they were laid over each other (a later one takes the place of an earlier one of its id).
 * When every profile loaded, `loaded` is their catalog: it is looked at first, and the texts are parsed again only
 * when it holds a mistake, to point at its line. `unread` says some profile could not be read at all: its id is
 * unknown, so no border is called unknown, lest it be that profile's.
 */
export function borderProblems(
  profiles: readonly ProfileText[],
  { loaded, unread = false }: { readonly loaded?: ActorCatalog; readonly unread?: boolean } = {},
): Problem[] {
  if (loaded && !hasMistake(loaded)) return []
  const byId = new Map<ActorId, Neighbours>()
  let everyIdRead = !unread
  for (const { name, text } of profiles) {
    const r = parseWith(ActorFile, text, name)
    const read = asWritten(r)
    const id = read && actorIdAsWritten(read.data)
    if (!read || id === undefined) {
      everyIdRead = false
      continue
    }
    const refused = !r.ok && r.problems.some((p) => p.path === 'borders' || p.path.startsWith('borders.'))
    byId.set(id, {
      file: name,
      borders: refused ? undefined : bordersAsWritten(read.data),
      locate: read.locate,
    })
  }
  const known = [...byId.keys()].sort()
  return [...byId].flatMap(([id, { file, borders = [], locate }]) =>
    borders.flatMap((other, index) => {
      const what =
        other === id
          ? said('border-self', { id })
          : everyIdRead && !byId.has(other as ActorId)
            ? said('border-unknown', { id: other, known })
            : undefined
      return what ? [{ file, ...locate(['borders', index]), path: `borders.${index}`, ...what }] : []
    }),
  )
}

/** Whether a border of a loaded catalog names its own actor or one the catalog lacks. */
const hasMistake = (catalog: ActorCatalog): boolean =>
  [...catalog].some(([id, actor]) => actor.borders.some((other) => other === id || !catalog.has(other)))

/** The borders a profile lists (none when it lists none); the schema let them pass, so they are ids. */
function bordersAsWritten(data: unknown): readonly string[] {
  const { borders } = data as { readonly borders?: unknown }
  return Array.isArray(borders) ? borders.filter((b): b is string => typeof b === 'string') : []
}
