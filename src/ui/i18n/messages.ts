// Each language's messages, compiled from its .po files at build time and fetched only when a reader needs them:
// the first page's catalog with the page, the other pages' once a screen past the first page is shown.
import { i18n, type Messages } from '@lingui/core'
import type { Language } from '../../store'
import { sayWithNumbers } from './message-numbers'
import type { Translate } from './use-text'

/** The two catalogs of each language, as lingui.config.ts names their folders. */
type Catalog = 'first-page' | 'other-pages'

const loading = new Map<`${Catalog}/${Language}`, Promise<void>>()
/** Once a screen past the first page has been shown, every language comes with all its messages. */
let everyPage = false
/** The language asked for last: the one a screen about to show will speak. */
let asked: Language | undefined

function load(catalog: Catalog, language: Language): Promise<void> {
  const key = `${catalog}/${language}` as const
  let done = loading.get(key)
  if (!done) {
    done = import(`../locales/${catalog}/${language}.po`).then(({ messages }: { messages: Messages }) => {
      // A copy: Lingui merges a language's later catalog into the object it was first given.
      i18n.load(language, { ...messages })
    })
    // A failed fetch (offline before the catalog was cached) may be tried again on the next switch.
    done.catch(() => loading.delete(key))
    loading.set(key, done)
  }
  return done
}

/** Fetches a language's messages (once each), for the screens the reader has reached so far. */
export function loadLanguage(language: Language): Promise<void> {
  asked = language
  const catalogs: Catalog[] = everyPage ? ['first-page', 'other-pages'] : ['first-page']
  return Promise.all(catalogs.map((c) => load(c, language))).then(() => undefined)
}

/** Makes a language whose messages have come the one every `t` reads. */
export function showLanguage(language: Language): void {
  if (i18n.locale !== language) i18n.activate(language)
}

/**
 * The other pages' messages, for a screen past the first page: resolves once they have come in the language
 * shown and in the one asked for (a switch may be under way), and from now on a switch of language brings them
 * too, so no screen ever shows a message's id. Before any language is asked for, the first activation brings them.
 */
export function otherPagesMessages(): Promise<void> {
  everyPage = true
  const languages = new Set([asked, i18n.locale as Language | undefined].filter((l) => l !== undefined))
  return Promise.all([...languages].map((l) => load('other-pages', l))).then(() => undefined)
}

export { i18n }

/**
 * The language being shown and its messages, for the few plain functions that word a sentence outside a
 * component (the live screens' notation in words); a component asks useText() and re-renders on a switch.
 */
export const currentLanguage = (): Language => (i18n.locale || 'en') as Language
export const translate: Translate = (id, values) => sayWithNumbers(i18n, id, values)
