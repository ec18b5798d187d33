// The scenarios an instructor imported, and the workshop's draft, kept as their text in localStorage: read back
// defensively, since the text is untrusted and every entry is parsed again (imported-kit.ts) before the game sees it.
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

/** One imported scenario's text as stored, to open it in the workshop again; undefined when it is not kept here. */
export function importedText(storage: SaveStorage | undefined, id: string): string | undefined {
  const stored = readImported(storage)
  return stored.status === 'ok' ? stored.files.find((f) => f.id === id)?.text : undefined
}

/**
 * What keeping `file` would do to this browser's scenarios: add it, nothing (this very text is kept already), or
 * replace another text kept under its id, which is an author's own work and must not go without their say.
 */
export function keepingImported(
  storage: SaveStorage | undefined,
  file: ImportedFile,
): 'adds' | 'same' | 'replaces' {
  const kept = importedText(storage, file.id)
  return kept === undefined ? 'adds' : kept === file.text ? 'same' : 'replaces'
}

export const DRAFT_KEY = 'article-four:workshop-draft'
/** Bump when the stored shape changes. */
export const DRAFT_VERSION = 1

/** The workshop's text as last typed, so a reload or a closed tab does not lose an author's work. */
export interface WorkshopDraft {
  readonly text: string
  /** The name the workshop shows it under: the file opened, or the id it was saved as. */
  readonly file: string
  /** The id of one of this browser's scenarios it was opened from or saved as: saving again replaces that one. */
  readonly editing?: string
  /** Changed since it was opened or saved: only then would opening something else in its place lose work. */
  readonly unsaved: boolean
}

/** The draft, or null when there is none or it was damaged: a draft is a convenience, never worth an error. */
export function readDraft(storage: SaveStorage | undefined): WorkshopDraft | null {
  try {
    const data: unknown = JSON.parse(storage?.getItem(DRAFT_KEY) ?? 'null')
    if (!isRecord(data) || data.version !== DRAFT_VERSION || !isRecord(data.draft)) return null
    const { text, file, editing, unsaved } = data.draft
    if (typeof text !== 'string' || typeof file !== 'string' || typeof unsaved !== 'boolean') return null
    return typeof editing === 'string' ? { text, file, editing, unsaved } : { text, file, unsaved }
  } catch {
    return null
  }
}

export function writeDraft(storage: SaveStorage | undefined, draft: WorkshopDraft): void {
  try {
    storage?.setItem(DRAFT_KEY, JSON.stringify({ version: DRAFT_VERSION, draft }))
  } catch {
    // Storage full or forbidden: the editor keeps the text for this visit, only unsaved across a reload.
  }
}

/** Whether opening saved scenario `id` in the workshop would replace changes that are kept nowhere else. */
export const replacesUnsavedDraft = (draft: WorkshopDraft | null, id: string): boolean =>
  draft?.unsaved === true && draft.editing !== id

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)
