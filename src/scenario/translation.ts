// A checked translation as the game reads it. Apart from the checker (check-translation.ts), so that the first
// page, which translates, does not also load the YAML parser and the schema, which only the checker needs.
import type { Language } from './translation-files'

/** A translated text and the fingerprint of the English it was made from ("" when not stamped). */
export interface TranslatedText {
  readonly of: string
  readonly text: string
}

/** A checked translation: its texts by their key in the file, the key's parts joined with "/". */
export interface Translation {
  readonly language: Language
  readonly entries: Readonly<Record<string, TranslatedText>>
}

export const entryKey = (key: readonly string[]): string => key.join('/')
