// A scenario carried in a link: its text compressed with the platform's own deflate, in the URL's
// fragment, so sharing needs no server and the text never reaches one.
import { MAX_BYTES } from './file-limits'

const FORMAT = 'deflate-raw'

/** The fragment payload for a scenario's text: deflated, then base64url. */
export async function encodeScenario(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream(FORMAT))
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer())
  return toBase64Url(bytes)
}

export type Decoded =
  | { readonly ok: true; readonly text: string }
  /** Why, for the screen to word in the reader's language. */
  | { readonly ok: false; readonly reason: 'damaged' | 'too-large' }

/**
 * The scenario's text back from a payload. A damaged link, or one that would inflate past the
 * size limit (a "zip bomb"), is refused with its reason; reading stops as soon as the limit is passed.
 */
const DAMAGED = { ok: false, reason: 'damaged' } as const

export async function decodeScenario(payload: string): Promise<Decoded> {
  const bytes = fromBase64Url(payload)
  if (!bytes) return DAMAGED
  try {
    const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream(FORMAT)).getReader()
    const chunks: Uint8Array[] = []
    let size = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.length
      if (size > MAX_BYTES) {
        await reader.cancel()
        return { ok: false, reason: 'too-large' }
      }
      chunks.push(value)
    }
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(concat(chunks, size)) }
  } catch {
    return DAMAGED
  }
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length === 0) return undefined
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
    return Uint8Array.from(binary, (c) => c.charCodeAt(0))
  } catch {
    return undefined
  }
}
