// A file's bytes as the text its author wrote: UTF-8 as it should be; Windows-1252 (what Word and older
// Notepads save as "ANSI" on a Western Windows) converted, with a note saying so; anything else refused with
// the line where it goes wrong, so students never read "Tajikistan�s", and Russian in Windows-1251 refused with
// a word of its own (windows-1251.ts).
import type { Problem } from './types'
import { looksLikeWindows1251 } from './windows-1251'
import { type Said, said } from './wording/en'

export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] }

/** Bytes Windows-1252 leaves undefined: a file that has them is in some other encoding. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d])

/**
 * The file's text with its lines ended as YAML reads them. A line ended by a carriage return alone (the old Mac
 * way, which some editors still offer) is a line as YAML's grammar defines it, but the yaml reader does not take
 * it as one: a file saved so read as one long comment, "the file is empty".
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const decoded = decodeBytes(bytes, file)
  return decoded.ok ? { ...decoded, text: decoded.text.replace(/\r(?!\n)/g, '\n') } : decoded
}

function decodeBytes(bytes: Uint8Array, file: string): DecodedText {
  const at = (offset: number, what: Said): Problem => {
    const { line, column } = position(bytes, offset)
    return { file, line, column, path: '', ...what }
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8(bytes.subarray(3), at, 3)
  const utf16 = startsWith(bytes, [0xff, 0xfe])
    ? 'utf-16le'
    : startsWith(bytes, [0xfe, 0xff])
      ? 'utf-16be'
      : ''
  if (utf16) {
    // Notepad's "Unicode" is UTF-16: every letter survives, so it is converted rather than refused.
    const text = new TextDecoder(utf16).decode(bytes.subarray(2))
    return {
      ok: true,
      text,
      warnings: [
        {
          file,
          line: 1,
          column: 1,
          path: '',
          ...said('utf16-converted', {}),
        },
      ],
    }
  }
  return utf8(bytes, at, 0)
}

function utf8(bytes: Uint8Array, at: (offset: number, what: Said) => Problem, skipped: number): DecodedText {
  const bad = firstInvalidUtf8(bytes)
  if (bad < 0) return { ok: true, text: new TextDecoder('utf-8').decode(bytes), warnings: [] }
  if (!looksLikeWindows1252(bytes)) {
    const what = looksLikeWindows1251(bytes) ? said('windows-1251', {}) : said('not-utf8', {})
    return { ok: false, problems: [at(bad + skipped, what)] }
  }
  const text = fromWindows1252(bytes)
  const { line } = position(bytes, bad)
  const sample = text.split(/\r\n|\r|\n/)[line - 1]!.trim()
  const shown = sample.length > 60 ? `${sample.slice(0, 57)}…` : sample
  return {
    ok: true,
    text,
    warnings: [at(bad + skipped, said('windows-1252-converted', { reads: shown }))],
  }
}

/**
 * Windows-1252 by hand: Node 20's TextDecoder reads the label as Latin-1, which turns the curly quotes and
 * dashes of 0x80–0x9F into invisible control characters. Past 0x9F the two agree with Unicode.
 */
function fromWindows1252(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 0x2000) {
    const chunk = Array.from(bytes.subarray(i, i + 0x2000), (b) =>
      b >= 0x80 && b < 0xa0 ? C1_1252.charCodeAt(b - 0x80) : b,
    )
    out += String.fromCharCode(...chunk)
  }
  return out
}
/** 0x80–0x9F in Windows-1252; the five it leaves undefined never get here (looksLikeWindows1252). */
const C1_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

/** The offset of the first byte that does not begin a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const n =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
    if (n < 0) return i
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i
    // Overlong forms, surrogates and code points past U+10FFFF: TextDecoder rejects them too.
    const second = bytes[i + 1] ?? 0
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f)) return i
    if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i
    i += n + 1
  }
  return -1
}

/**
 * Western text in Windows-1252: no byte the encoding leaves undefined, no control characters, and letters
 * past ASCII mostly alone inside words ("café"). Three or more in a row are the Cyrillic of Windows-1251 or
 * some other code page, which would come out as nonsense: that file is refused rather than garbled.
 */
function looksLikeWindows1252(bytes: Uint8Array): boolean {
  let run = 0
  for (const b of bytes) {
    if (UNDEFINED_IN_1252.has(b) || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f)
      return false
    run = b >= 0xc0 ? run + 1 : 0
    if (run >= 3) return false
  }
  return true
}

function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1
  let start = 0
  for (let i = 0; i < offset && i < bytes.length; i++)
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++
      start = i + 1
    }
  // Columns count characters: continuation bytes of UTF-8 letters before the offset are not columns.
  let column = 1
  for (let i = start; i < offset; i++) if ((bytes[i]! & 0xc0) !== 0x80) column++
  return { line, column }
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((b, i) => bytes[i] === b)
