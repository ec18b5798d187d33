// How the reader names a character it cannot show: by its Unicode code point, as editors' "go to character" and
// character maps name it (U+00A0, U+0007).

/** The code point of the character at the start of `char` (or of the code unit `char` itself), as `U+00A0`. */
export function codePoint(char: string | number): string {
  const code = typeof char === 'number' ? char : char.codePointAt(0)!
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
}
