// Invisible control characters in a file's text: YAML allows none but tab and the line breaks, yet its reader
// takes them, so a stray one came through into a title, or into a number that then read as text. A file saved
// as UTF-16 without its mark reads as letters with NUL between them. Either way the author is told where.
import { codePoint } from './code-point'

/** C0 controls but tab, line feed and carriage return, and delete: the same in every encoding ASCII is part of. */
export const isC0Control = (c: number): boolean =>
  (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f

/** Those, and C1 controls but NEL, as YAML 1.2 refuses them. */
const isControl = (c: number): boolean => isC0Control(c) || (c >= 0x80 && c <= 0x9f && c !== 0x85)

/** The first control character of `text`, as its code point (`U+0007`), line and column; or undefined. */
export function firstControlCharacter(
  text: string,
): { readonly line: number; readonly column: number; readonly code: string } | undefined {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a) {
      line++
      lineStart = i + 1
    } else if (isControl(c)) return { line, column: i - lineStart + 1, code: codePoint(c) }
  }
  return undefined
}
