// Reads a file from disk as text, or says plainly why it cannot: the one way every command-line tool and the
// server read a scenario, actor or translation file. Node only, like files.ts.
import { readFileSync, statSync } from 'node:fs'
import { decodeText } from './decode-text'
import type { Problem } from './types'
import { said } from './wording/en'

export type ReadText =
  | { ok: true; text: string; warnings: readonly Problem[] }
  | { ok: false; problem: Problem }

/**
 * Reads a file as text, or says plainly why it cannot. Text saved as Windows-1252 is converted, with a warning
 * saying so; text in no encoding we can tell is refused with its line (decode-text.ts).
 */
export function readText(path: string, name = path): ReadText {
  let bytes: Uint8Array
  try {
    if (!statSync(path).isFile()) throw new Error('not a file')
    bytes = readFileSync(path)
  } catch {
    return {
      ok: false,
      problem: { file: name, line: 1, column: 1, path: '', ...said('cannot-read', {}) },
    }
  }
  const decoded = decodeText(bytes, name)
  return decoded.ok
    ? { ok: true, text: decoded.text, warnings: decoded.warnings }
    : { ok: false, problem: decoded.problems[0]! }
}
