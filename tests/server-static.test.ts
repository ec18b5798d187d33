// The built app as the workshop server sends it, to browsers and to hostile clients: each text file as the
// brotli or gzip copy the build wrote when the request allows one, the bytes decompressing to the original;
// hashed assets cached for good and the page revalidated; nothing outside dist/ reachable.
// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appManifest } from '../scripts/app-manifest'
import { precompressDir } from '../scripts/precompress-plugin'
import type { RunningServer } from '../src/server/server'
import { startServerIn } from './server-in-folder'

let server: RunningServer
let dir: string

// Text long and varied enough that both codings shrink it.
const script = Array.from(
  { length: 400 },
  (_, i) => `export const line${i} = ${i * 7919} // ${'ab'.repeat(i % 13)}`,
)
  .join('\n')
  .concat('\n')
const FILES: Readonly<Record<string, string>> = {
  'index.html': `<!doctype html><title>Article Four</title>${'<p>a page of the app</p>'.repeat(60)}`,
  'sw.js': `self.addEventListener('fetch', () => {})\n${'// the service worker\n'.repeat(60)}`,
  'assets/index-AbC123.js': script,
  'assets/style-AbC123.css': `${'.panel { margin: 0 auto; padding: 1rem }\n'.repeat(40)}`,
  'assets/no-br-AbC123.js': script.replaceAll('line', 'row'),
  'robots.txt': 'User-agent: *\nAllow: /\n',
  'manifest.ru.webmanifest': `${JSON.stringify(appManifest('ru'), null, 2)}\n`,
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'article-four-static-'))
  mkdirSync(join(dir, 'dist', 'assets'), { recursive: true })
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, 'dist', name), text)
  writeFileSync(join(dir, 'secret.txt'), 'not for the web')
  await precompressDir(join(dir, 'dist'))
  unlinkSync(join(dir, 'dist', 'assets', 'no-br-AbC123.js.br'))
  server = await startServerIn(dir)
})

afterAll(async () => {
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

interface Reply {
  readonly status: number
  readonly headers: Record<string, string | string[] | undefined>
  readonly body: Buffer
}

/** A raw request: the path exactly as written (no client tidying of `..`), the body exactly as sent. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  const { port } = new URL(server.url)
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      )
      res.on('error', fail)
    })
    req.on('error', fail)
    req.end()
  })
}

const decoded = (reply: Reply): string => {
  const coding = reply.headers['content-encoding']
  const bytes =
    coding === 'br'
      ? brotliDecompressSync(reply.body)
      : coding === 'gzip'
        ? gunzipSync(reply.body)
        : reply.body
  return bytes.toString('utf8')
}

describe('compressed files', () => {
  it('sends brotli to a browser that takes it, and the bytes decompress to the file', async () => {
    const reply = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip, deflate, br, zstd' })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-encoding']).toBe('br')
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(reply.headers.vary).toBe('Accept-Encoding')
    expect(Number(reply.headers['content-length'])).toBe(reply.body.length)
    expect(reply.body.length).toBeLessThan(Buffer.byteLength(FILES['assets/index-AbC123.js']!))
    expect(decoded(reply)).toBe(FILES['assets/index-AbC123.js'])
  })

  it('sends gzip to a client that takes only gzip, or refuses brotli by weight', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip;q=0.5', 'br;q=0,*', 'GZIP;Q=1']) {
      const reply = await get('/assets/style-AbC123.css', { 'accept-encoding': accept })
      expect(reply.headers['content-encoding'], accept).toBe('gzip')
      expect(reply.headers['content-type']).toBe('text/css; charset=utf-8')
      expect(decoded(reply)).toBe(FILES['assets/style-AbC123.css'])
    }
  })

  it('sends the file as it is without Accept-Encoding, or when every coding is refused', async () => {
    for (const headers of [
      {},
      { 'accept-encoding': 'identity' },
      { 'accept-encoding': 'br;q=0, gzip;q=0' },
    ] as Record<string, string>[]) {
      const reply = await get('/index.html', headers)
      expect(reply.headers['content-encoding']).toBeUndefined()
      expect(reply.headers.vary).toBe('Accept-Encoding')
      expect(reply.body.toString('utf8')).toBe(FILES['index.html'])
    }
  })

  it('falls back to gzip when the brotli copy is missing, and to the file when both are', async () => {
    const noBrotli = await get('/assets/no-br-AbC123.js', { 'accept-encoding': 'br, gzip' })
    expect(noBrotli.headers['content-encoding']).toBe('gzip')
    expect(decoded(noBrotli)).toBe(FILES['assets/no-br-AbC123.js'])
    // robots.txt is too small for the build to compress.
    const small = await get('/robots.txt', { 'accept-encoding': 'br, gzip' })
    expect(small.headers['content-encoding']).toBeUndefined()
    expect(small.headers['content-type']).toBe('text/plain; charset=utf-8')
    expect(small.body.toString('utf8')).toBe(FILES['robots.txt'])
  })

  it('answers HEAD with the headers of the copy it would send, and no body', async () => {
    const get_ = await get('/', { 'accept-encoding': 'br' })
    const head = await get('/', { 'accept-encoding': 'br' }, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers['content-encoding']).toBe('br')
    expect(head.headers['content-length']).toBe(get_.headers['content-length'])
    expect(head.body.length).toBe(0)
  })
})

describe('caching', () => {
  it('keeps hashed assets for a year and revalidates the page and the service worker', async () => {
    const asset = await get('/assets/index-AbC123.js', { 'accept-encoding': 'br' })
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    for (const path of ['/', '/index.html', '/sw.js']) {
      const reply = await get(path, { 'accept-encoding': 'gzip' })
      expect(reply.status, path).toBe(200)
      expect(reply.headers['cache-control'], path).toBe('no-cache')
    }
    expect((await get('/sw.js')).headers['content-type']).toBe('text/javascript; charset=utf-8')
  })

  it('sends the Russian manifest as a manifest, revalidated, in Russian', async () => {
    for (const coding of ['br', 'gzip', 'identity']) {
      const reply = await get('/manifest.ru.webmanifest', { 'accept-encoding': coding })
      expect(reply.status, coding).toBe(200)
      expect(reply.headers['content-type'], coding).toBe('application/manifest+json')
      expect(reply.headers['cache-control'], coding).toBe('no-cache')
      expect(JSON.parse(decoded(reply)), coding).toMatchObject({ lang: 'ru', short_name: 'Статья четвёртая' })
    }
  })
})

describe('hostile requests', () => {
  it('never reaches a file outside dist/', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    ]) {
      const reply = await get(path, { 'accept-encoding': 'br, gzip' })
      expect([400, 404], path).toContain(reply.status)
      expect(reply.body.toString('utf8'), path).not.toContain('not for the web')
    }
  })

  it('refuses a NUL byte, a malformed escape and a folder without failing', async () => {
    expect((await get('/index.html%00.js')).status).toBe(404)
    expect((await get('/%E0%A4%A')).status).toBe(400)
    expect((await get('/assets')).status).toBe(404)
    expect((await get('/assets/', { 'accept-encoding': 'gzip' })).status).toBe(404)
    expect((await get('/', {}, 'POST')).status).toBe(405)
  })
})
