// The scenarios an instructor imported, kept as their text in localStorage: read back defensively, since the
// text is untrusted and every entry is parsed again (imported-kit.ts) before the game sees it.
import type { SaveStorage } from './saved-game'

export const IMPORTED_KEY = 'article-four:imported'
/** Bump when the stored shape changes. */
export const IMPORTED_VERSION = 1

/** One imported scenario as stored: its id (to replace or remove it) and its text, exactly as written. */
export interface ImportedFile {
  readonly id: string
  readonly text: string
}

export type ImportedRead =
  | { readonly status: 'ok'; readonly files: readonly ImportedFile[] }
  /** The list itself was damaged: nothing in it can be trusted to be what was stored. */
  | { readonly status: 'unreadable' }

export function readImported(storage: SaveStorage | undefined): ImportedRead {
  let text: string | null
  try {
    text = storage?.getItem(IMPORTED_KEY) ?? null
  } catch {
    return { status: 'ok', files: [] }
  }
  if (text === null) return { status: 'ok', files: [] }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { status: 'unreadable' }
  }
  if (!isRecord(data) || data.version !== IMPORTED_VERSION || !Array.isArray(data.files))
    return { status: 'unreadable' }
  const files = data.files.filter(
    (f): f is ImportedFile => isRecord(f) && typeof f.id === 'string' && typeof f.text === 'string',
  )
  return files.length === data.files.length ? { status: 'ok', files } : { status: 'unreadable' }
}

/** Writes the list; false when the browser refused (storage full or forbidden), so the caller can say so. */
export function writeImported(storage: SaveStorage | undefined, files: readonly ImportedFile[]): boolean {
  try {
    if (!storage) return false
    if (files.length === 0) storage.removeItem(IMPORTED_KEY)
    else storage.setItem(IMPORTED_KEY, JSON.stringify({ version: IMPORTED_VERSION, files }))
    return true
  } catch {
    return false
  }
}

/** Adds a scenario, in place of any earlier one with its id: an author who imports again means the new text. */
export function withImported(files: readonly ImportedFile[], file: ImportedFile): ImportedFile[] {
  const at = files.findIndex((f) => f.id === file.id)
  return at < 0 ? [...files, file] : files.map((f, i) => (i === at ? file : f))
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)
