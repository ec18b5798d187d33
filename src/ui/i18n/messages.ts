// Each language's messages, compiled from its .po file at build time and fetched only when a reader needs them.
import { i18n, type Messages } from '@lingui/core'
import type { Language } from '../../store'
import type { Translate } from './use-text'

const loading = new Map<Language, Promise<void>>()

/** Loads a language's messages (once) and makes them the ones every `t` reads. */
export function activateLanguage(language: Language): Promise<void> {
  let done = loading.get(language)
  if (!done) {
    done = import(`../locales/${language}.po`).then(({ messages }: { messages: Messages }) => {
      i18n.load(language, messages)
    })
    // A failed fetch (offline before the catalog was cached) may be tried again on the next switch.
    done.catch(() => loading.delete(language))
    loading.set(language, done)
  }
  return done.then(() => i18n.activate(language))
}

export { i18n }

/**
 * The language being shown and its messages, for the few plain functions that word a sentence outside a
 * component (the live screens' notation in words); a component asks useText() and re-renders on a switch.
 */
export const currentLanguage = (): Language => (i18n.locale || 'en') as Language
export const translate: Translate = (id, values) => i18n._(id, values)
