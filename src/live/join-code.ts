// A join code as a person types it: read off a projector, where it is spaced out (H W P E 9 N), or pasted
// from a message with a space or a line break around it. What they meant is the six letters and digits. A student
// on a Russian keyboard types the Cyrillic letter that looks like the one on the screen (К for K): it means the Latin.
// The codes themselves are here, not with the messages that carry them (client-messages.ts), so that a page which
// only reads a code does not load the messages' checks.

/** Join codes leave out 0/O and 1/I/L, which people misread from a projector. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const CODE_LENGTH = 6

/** Cyrillic capitals that look like a Latin letter of the codes, and that letter. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  К: 'K',
  М: 'M',
  Р: 'P',
  Т: 'T',
  Х: 'X',
  У: 'Y',
}

/**
 * What a code is spaced out with, typed or pasted: white space, any dash or hyphen (a messenger may turn "-" into
 * a non-breaking hyphen or a dash), and the invisible marks a copy brings along (a zero-width space, a soft
 * hyphen, a direction mark).
 */
const SEPARATORS = /[\s\p{Pd}\p{Cf}]/gu

function cleaned(typed: string): string {
  return typed
    .replace(SEPARATORS, '')
    .toUpperCase()
    .replace(/[АВСЕНКМРТХУ]/g, (c) => LOOK_ALIKES[c] ?? c)
}

/**
 * A rejoin code as typed (read out as "ABCD EFGH", perhaps in lower case or with a hyphen): in capitals, without
 * spaces, dashes and invisible marks, Cyrillic look-alikes as their Latin letter. The server compares it so; it does not check it.
 */
export function normaliseRejoinCode(typed: string): string {
  return cleaned(typed)
}

/** The code in what was typed, in capitals, leaving out spaces and hyphens; `null` while it is not one yet. */
export function joinCodeFrom(typed: string): string | null {
  const code = cleaned(typed)
  return new RegExp(`^[A-Z0-9]{${CODE_LENGTH}}$`).test(code) ? code : null
}
