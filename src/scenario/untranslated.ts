// Texts of a translation still in English, word for word: an outline (npm run translations -- new) stamped
// before it was translated passes every other check. A name, a number or a short code may rightly stay as the
// English has it ("Khorog", "CSTO", "Tokayev"), so only a text that reads as English prose counts: several
// words, some of them lower-case (the, of, from), once citation markers and links are set aside.
import { splitCitations } from './citations'

/** Fewer words than this is a name or a title that may stay, not prose. */
const MIN_WORDS = 4
/** Lower-case words a sentence has and a name does not ("Treaty on Collective Security" has one). */
const MIN_LOWER = 2

const prose = (text: string): string =>
  splitCitations(text)
    .flatMap((p) => (p.kind === 'text' ? [p.text] : []))
    .join(' ')
    .replace(/\bhttps?:\/\/\S+/g, ' ')

/** Whether a translated text is still its English, word for word, and reads as prose rather than a name. */
export function stillEnglish(translated: string, english: string): boolean {
  const squash = (t: string) => t.replace(/\s+/g, ' ').trim()
  if (squash(translated) !== squash(english)) return false
  const words = prose(english).match(/[A-Za-z][A-Za-z'’-]*/g) ?? []
  return words.length >= MIN_WORDS && words.filter((w) => /^[a-z]/.test(w)).length >= MIN_LOWER
}

/**
 * Whether a file's texts still in English are better told once, for the file, than one by one: when they are
 * most of its texts (an outline left in English), a warning at each is noise; when a few, each is worth its line.
 */
export const mostlyEnglish = (untranslated: number, texts: number): boolean =>
  untranslated > 3 && untranslated * 2 > texts
