// What a server draws at random for its sessions and their seats: a session's id, its join code and its seed
// when the facilitator names none; a seat's token (and a browser's cookie) and the hash that is all the log
// keeps of it.
import { createHash, randomBytes, randomInt, randomUUID, scrypt } from 'node:crypto'
import type { SessionId } from '../live'
import { CODE_ALPHABET, CODE_LENGTH, REJOIN_CODE_LENGTH } from '../live/protocol'

/** What the log and the registry keep of a token (or of a browser's cookie): never the value itself. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')

/** 128 random bits, base64url: 22 characters. A browser's cookie is drawn the same way. */
export const newToken = (): string => randomBytes(16).toString('base64url')

export const newSessionId = (): SessionId => randomUUID() as SessionId

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

/** A team's one-time rejoin code: about 40 bits, tried from an address only as often as join codes may be. */
export const newRejoinCode = (): string =>
  Array.from({ length: REJOIN_CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')

/**
 * scrypt's cost for a rejoin code: 16 MiB and some tens of milliseconds a hash. Forty bits are few enough that
 * someone who reads the log could try every code against a plain SHA-256 in about a minute on one graphics card; at
 * this cost that takes tens of millions of cores to do within a code's ten minutes. The server pays one hash a
 * readmit and one a rejoin that names a session it holds, and an address only as often as it may guess codes.
 */
const REJOIN_SCRYPT = { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const

/**
 * What the log keeps of a rejoin code (normalised): scrypt, salted with its session's id, so that no table made
 * beforehand serves, and each session's codes must be searched apart. Deterministic, so any server that
 * restores the session, or takes it over, reads the same hash; no secret to share between them.
 */
export function hashRejoinCode(code: string, session: SessionId): Promise<string> {
  return new Promise((done, fail) =>
    scrypt(code, `article-four rejoin ${session}`, 32, REJOIN_SCRYPT, (e, key) =>
      e ? fail(e) : done(`scrypt:${key.toString('hex')}`),
    ),
  )
}
