// The languages the game speaks, and where the choice lives: in the address (so a shared link opens in it) and
// in this browser (so the next visit does too).
import type { SaveStorage } from './saved-game'

export const LANGUAGES = ['en', 'ru'] as const
export type Language = (typeof LANGUAGES)[number]
export const LANGUAGE_KEY = 'article-four:language'
/** The Intl locale of each language the game speaks. English is British English, like the rest of the copy. */
export const INTL_LOCALE: Readonly<Record<Language, string>> = { en: 'en-GB', ru: 'ru-RU' }

export const isLanguage = (text: string | null | undefined): text is Language =>
  (LANGUAGES as readonly (string | null | undefined)[]).includes(text)

/** The language a hash names (`#/play/x?seed=1&lang=ru`), if it names one the game speaks. */
export function languageOfHash(hash: string): Language | undefined {
  const query = hash.split('?').slice(1).join('?')
  const lang = new URLSearchParams(query).get('lang')
  return isLanguage(lang) ? lang : undefined
}

/**
 * The language an address names: in the hash's query (`#/live/facilitate?lang=ru`, the app's own form) or, as a
 * link typed by hand often has it, in the query before the hash (`/?lang=ru#/live/facilitate`). The hash's wins.
 */
export function languageOfAddress(search: string, hash: string): Language | undefined {
  const before = new URLSearchParams(search).get('lang')
  return languageOfHash(hash) ?? (isLanguage(before) ? before : undefined)
}

/** The query before the hash without its language (the hash carries it): `?lang=ru&x=1` → `?x=1`, `?lang=ru` → ''. */
export function searchWithoutLanguage(search: string): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p !== '' && !p.startsWith('lang='))
  return kept.length > 0 ? `?${kept.join('&')}` : ''
}

/** The hash with its language said once, at the end, whatever it said before. */
export function withLanguage(hash: string, language: Language): string {
  const [path = '#/', ...rest] = hash.split('?')
  const kept = rest
    .join('?')
    .split('&')
    .filter((p) => p !== '' && !p.startsWith('lang='))
  return `${path || '#/'}?${[...kept, `lang=${language}`].join('&')}`
}

/**
 * The language of a first visit: the first of the browser's languages the game speaks ('be-BY' and 'kk-KZ'
 * readers usually read Russian too, but only the browser's own list can say so), else English.
 */
export function preferredLanguage(browser: readonly string[]): Language {
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0]
    if (isLanguage(base)) return base
  }
  return 'en'
}

export function readLanguage(storage: SaveStorage | undefined): Language | undefined {
  try {
    const text = storage?.getItem(LANGUAGE_KEY)
    return isLanguage(text) ? text : undefined
  } catch {
    return undefined
  }
}

export function writeLanguage(storage: SaveStorage | undefined, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_KEY, language)
  } catch {
    // Storage full or forbidden: the language still holds for this visit, and the address keeps it.
  }
}
