// What a server draws at random, and the only randomness on its side: a seat's token and the hash that is all
// the log keeps of it, a session's join code, and a session's seed when the facilitator names none.
import { createHash, randomBytes, randomInt } from 'node:crypto'
import { CODE_ALPHABET, CODE_LENGTH } from '../live/protocol'

/** What the log and the registry keep of a token (or of a browser's cookie): never the value itself. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')

/** 128 random bits, base64url: 22 characters. */
export const newToken = (): string => randomBytes(16).toString('base64url')

/** A session's seed, for the engine's own generator. */
export const newSeed = (): number => randomInt(2 ** 31 - 1)

/** A join code that `taken` says no session here has. */
export function newCode(taken: (code: string) => boolean): string {
  for (;;) {
    const code = Array.from(
      { length: CODE_LENGTH },
      () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)],
    ).join('')
    if (!taken(code)) return code
  }
}
