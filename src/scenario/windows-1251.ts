// Whether bytes that are not UTF-8 read as Russian saved in Windows-1251, the old Windows Cyrillic encoding
// (what a Russian Windows calls "ANSI"). Such a file is still refused, since a guess could garble a text, but
// its author is told which encoding it looks like and how to save it as UTF-8 (decode-text.ts).
import { isC0Control } from './control-characters'

/** Ё and ё, the two Cyrillic letters of Windows-1251 outside its block of 0xC0–0xFF. */
const YO = new Set([0xa8, 0xb8])
/** The one byte Windows-1251 leaves undefined. */
const UNDEFINED_IN_1251 = 0x98

const isLetter = (b: number): boolean => b >= 0xc0 || YO.has(b)
/** Small letters: а–я (0xE0–0xFF) and ё. In KOI8-R, the other Cyrillic code page, those bytes are capitals. */
const isSmall = (b: number): boolean => b >= 0xe0 || b === 0xb8

/**
 * Russian words in Windows-1251: no control characters, at least nine bytes in ten past ASCII Cyrillic letters
 * (the rest may be its quotes, dashes and №), a word of three letters or more, and more small letters than
 * capitals, as ordinary prose has, where the same bytes in KOI8-R would be mostly capitals.
 */
export function looksLikeWindows1251(bytes: Uint8Array): boolean {
  let high = 0
  let letters = 0
  let small = 0
  let run = 0
  let word = false
  for (const b of bytes) {
    if (isC0Control(b) || b === UNDEFINED_IN_1251) return false
    if (b >= 0x80) high++
    run = isLetter(b) ? run + 1 : 0
    if (run === 0) continue
    letters++
    if (isSmall(b)) small++
    if (run >= 3) word = true
  }
  return word && letters * 10 >= high * 9 && small * 2 > letters
}
