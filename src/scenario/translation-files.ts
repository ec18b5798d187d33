// Where a translation lives: `<name>.<language>.yaml` beside the file it translates, so every reader of
// scenarios/ can tell it from a scenario or actor file by its name alone.

/** The languages a scenario or actor file may be translated into, besides its own English. */
export const LANGUAGES = ['ru'] as const
export type Language = (typeof LANGUAGES)[number]

const TRANSLATION = new RegExp(`\\.(${LANGUAGES.join('|')})\\.(ya?ml|json)$`)

/** A translation file's name or path, such as `kazakhstan-2022.ru.yaml`; a scenario's or actor's is not. */
export const isTranslationFile = (name: string): boolean => TRANSLATION.test(name)

/** The language of a translation file, or undefined for any other file. */
export const languageOf = (name: string): Language | undefined =>
  TRANSLATION.exec(name)?.[1] as Language | undefined

/** The file a translation translates: `kazakhstan-2022.ru.yaml` → `kazakhstan-2022.yaml`. */
export const originalOf = (name: string): string => name.replace(TRANSLATION, '.$2')

/** Where a file's translation into a language lives: `kazakhstan-2022.yaml` → `kazakhstan-2022.ru.yaml`. */
export const translationOf = (name: string, language: Language): string =>
  name.replace(/\.(ya?ml|json)$/, `.${language}.$1`)
