// The name of a language from its tag, in the words of the problem that names it: Intl's own list, so a tag
// that names no language (`v2`, `bk`) is told apart from one that does without a list of ours.

/** A language's name in English or Russian ("German", «немецкий»), or undefined for a tag that names none. */
export function languageName(tag: string, locale: 'en' | 'ru'): string | undefined {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(tag.replace('_', '-'))
  } catch {
    return undefined
  }
}
