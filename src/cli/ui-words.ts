// The game's own English words for what the command line prints as an id (a treaty verdict): the message the
// screens show for it, read from the English catalog, so that the terminal and the game say the same thing.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { VerdictStatus } from '../engine'
import { VERDICT_WORDS } from '../ui/words/verdicts'

const CATALOG = join(import.meta.dirname, '..', 'ui', 'locales', 'other-pages', 'en.po')

let messages: Map<string, string> | undefined

/** The catalog's one-line messages by id (the words used here are all one line). */
function catalog(): Map<string, string> {
  messages ??= new Map(
    [...readFileSync(CATALOG, 'utf8').matchAll(/^msgid "(.+)"\nmsgstr "(.+)"$/gm)].map((m) => [
      m[1]!,
      m[2]!.replace(/\\"/g, '"'),
    ]),
  )
  return messages
}

/** "Contested: the treaty can be read either way", as the game shows the verdict; the id if the words are lost. */
export const verdictWords = (status: VerdictStatus): string => catalog().get(VERDICT_WORDS[status]) ?? status
