// The compiled catalogs, for tests that word things outside a component: both languages loaded into Lingui's
// shared i18n, and `t` reading whichever is active.
import { i18n, type Messages } from '@lingui/core'
import type { Translate } from '../src/ui/i18n/use-text'

/** A language's messages as the build compiles them from its .po file. */
export const compiledCatalog = async (lang: 'en' | 'ru'): Promise<Messages> =>
  ((await import(`../src/ui/locales/${lang}.po`)) as { messages: Messages }).messages

/** Loads both languages (in a beforeAll) and leaves English active. */
export async function loadCatalogs(): Promise<void> {
  i18n.load({ en: await compiledCatalog('en'), ru: await compiledCatalog('ru') })
  i18n.activate('en')
}

export const t: Translate = (id, values) => i18n._(id, values)

export { i18n }
