// The catalogs as tests read them: each .po file's text, each catalog compiled as the build compiles it, and both
// languages loaded whole into Lingui's shared i18n for tests that word things outside a component, with `t`
// reading whichever is active.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { i18n, type Messages } from '@lingui/core'
import linguiConfig from '../lingui.config'
import { sayWithNumbers } from '../src/ui/i18n/message-numbers'
import type { Translate } from '../src/ui/i18n/use-text'

type Lang = 'en' | 'ru'

/** Each language's catalogs by the folder lingui.config.ts gives them ("first-page", "other-pages"). */
export const CATALOGS: readonly string[] = (linguiConfig.catalogs ?? []).map((c) => {
  const folder = /\/src\/ui\/locales\/([^/]+)\/\{locale\}$/.exec(c.path)?.[1]
  if (!folder) throw new Error(`a catalog outside src/ui/locales/<folder>/{locale}: ${c.path}`)
  return folder
})

/** The ids and texts of a .po file, as its msgid and msgstr lines say them. */
export function readPo(catalog: string, lang: Lang): Map<string, string> {
  const text = readFileSync(join(import.meta.dirname, `../src/ui/locales/${catalog}/${lang}.po`), 'utf8')
  const entries = new Map<string, string>()
  for (const block of text.split(/\n\s*\n/)) {
    const id = /^msgid ((?:".*"\n?)+)/m.exec(block)?.[1]
    const str = /^msgstr ((?:".*"\n?)+)/m.exec(block)?.[1]
    if (id === undefined || str === undefined) continue
    const join_ = (s: string) =>
      s
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as string)
        .join('')
    if (join_(id) !== '') entries.set(join_(id), join_(str))
  }
  return entries
}

/** One catalog's messages as the build compiles them from its .po file. */
const compiledCatalog = async (catalog: string, lang: Lang): Promise<Messages> =>
  ((await import(`../src/ui/locales/${catalog}/${lang}.po`)) as { messages: Messages }).messages

/** A language's messages, every catalog's. */
export const compiledLanguage = async (lang: Lang): Promise<Messages> =>
  Object.assign({}, ...(await Promise.all(CATALOGS.map((c) => compiledCatalog(c, lang)))))

/** Loads both languages (in a beforeAll) and leaves English active. */
export async function loadCatalogs(): Promise<void> {
  i18n.load({ en: await compiledLanguage('en'), ru: await compiledLanguage('ru') })
  i18n.activate('en')
}

export const t: Translate = (id, values) => sayWithNumbers(i18n, id, values)

export { i18n }
