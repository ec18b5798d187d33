// The world atlas the region map fetches, served from the package on disk for the file's tests: jsdom's fetch would
// go to the network for it, and any other address is fetched as before.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, vi } from 'vitest'

const ATLAS = readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8')

export function serveAtlas(): void {
  beforeAll(() => {
    const real = globalThis.fetch
    vi.stubGlobal('fetch', (url: RequestInfo | URL, init?: RequestInit) =>
      String(url).includes('countries-110m')
        ? Promise.resolve(new Response(ATLAS, { headers: { 'Content-Type': 'application/json' } }))
        : real(url, init),
    )
  })
  afterAll(() => vi.unstubAllGlobals())
}
