// The built app from dist/: each text file sent as the .br or .gz the build wrote beside it when the browser
// accepts one (scripts/precompress-plugin.ts), hashed assets cached for good, everything else revalidated.
import { createReadStream, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
}

/**
 * Text the browser fetches, which the build precompresses (images and fonts are compressed already): the
 * types whose answer depends on Accept-Encoding.
 */
export const COMPRESSED_TYPES = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.webmanifest',
])

/** Brotli first (smaller), then gzip; the file as it is when the browser takes neither. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const

/**
 * The codings an Accept-Encoding header allows (RFC 9110, 12.5.3): listed with a weight above zero, or
 * covered by `*` and not refused by name. No header at all means the client takes the file as it is.
 */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const weights = new Map<string, number>()
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.split(';').map((p) => p.trim().toLowerCase())
    if (!name) continue
    const q = params.find((p) => p.startsWith('q='))
    const weight = q === undefined ? 1 : Number(q.slice(2))
    weights.set(name, Number.isFinite(weight) ? weight : 0)
  }
  const wildcard = weights.get('*') ?? 0
  return new Set(ENCODINGS.map((e) => e.name).filter((name) => (weights.get(name) ?? wildcard) > 0))
}

function fileSize(path: string): number | undefined {
  try {
    const stat = statSync(path)
    return stat.isFile() ? stat.size : undefined
  } catch {
    return undefined
  }
}

export function serveStatic(distDir: string, pathname: string, req: IncomingMessage, res: ServerResponse) {
  const relative = normalize(pathname === '/' ? '/index.html' : pathname)
  const path = join(distDir, relative)
  // `..` that climbs out of dist/ (normalize resolved it) and a NUL byte (which fs refuses) find nothing.
  if (!path.startsWith(distDir + sep) || path.includes('\0')) return notFound(res)
  const size = fileSize(path)
  if (size === undefined) {
    if (relative === `${sep}index.html`)
      return plain(res, 503, 'the app is not built: run npm run build (npm start does it)')
    return notFound(res)
  }
  const type = extname(path)
  const compressible = COMPRESSED_TYPES.has(type)
  const accepted = compressible ? acceptedEncodings(req.headers['accept-encoding']) : new Set<string>()
  // A copy the build did not write (a small file, or one added by hand) falls back to the next, then the file.
  let chosen: { file: string; size: number; encoding?: string } = { file: path, size }
  for (const { name, suffix } of ENCODINGS) {
    const encodedSize = accepted.has(name) ? fileSize(path + suffix) : undefined
    if (encodedSize !== undefined) {
      chosen = { file: path + suffix, size: encodedSize, encoding: name }
      break
    }
  }
  res.writeHead(200, {
    'Content-Type': TYPES[type] ?? 'application/octet-stream',
    'Content-Length': chosen.size,
    ...(chosen.encoding ? { 'Content-Encoding': chosen.encoding } : {}),
    // Caches keep one copy per coding: a gzip-only client must never be handed the brotli one.
    ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
    // Vite names built assets by their content: they never change. Everything else, the page and the service
    // worker (sw.js) above all, revalidates so that a new version is seen on the next visit.
    'Cache-Control': relative.startsWith(`${sep}assets${sep}`)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  })
  if (req.method === 'HEAD') return res.end()
  createReadStream(chosen.file)
    .on('error', () => res.destroy())
    .pipe(res)
}

function notFound(res: ServerResponse): void {
  plain(res, 404, 'not found')
}

function plain(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  })
  res.end(body)
}
