// A client's payload is measured by what it holds, not by serialising it: binary by its bytes, and no more
// counting than it takes to know a payload is too large; the server refuses by that measure.
// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LIMITS } from '../src/live/protocol'
import { payloadBytes } from '../src/server/payload-size'
import { type RunningServer, startServer } from '../src/server/server'
import { type Client, connect } from './server-client'

describe('the size of a payload', () => {
  it("is its JSON text's length, short only of the escapes", () => {
    for (const payload of [
      { code: 'ABC234', name: 'Steppe', role: 'kremlin' },
      { round: 12, decision: 'request:foreign-backed:peacekeepers:14' },
      {
        scenario: { kind: 'yaml', text: 'id: x\ntitle: "Ютуб — ok"\n'.repeat(50) },
        format: { kind: 'one-table' },
      },
      [[[1, 2, [3]], { a: null, b: true }]],
    ]) {
      const json = JSON.stringify(payload)
      const escapes = json.split('\\').length - 1
      const measured = payloadBytes(payload, Number.POSITIVE_INFINITY)
      expect(measured).toBeGreaterThanOrEqual(Buffer.byteLength(json) - escapes)
      // A separator too many at the end of each list or group.
      expect(measured).toBeLessThanOrEqual(Buffer.byteLength(json) + 5)
    }
  })

  it('counts binary by its bytes, where its JSON would be four times as long', () => {
    const bytes = Buffer.alloc(3_000, 7)
    expect(Buffer.byteLength(JSON.stringify({ data: bytes }))).toBeGreaterThan(LIMITS.messageBytes)
    expect(payloadBytes({ data: bytes }, LIMITS.messageBytes)).toBeLessThan(3_100)
    expect(payloadBytes({ data: new Uint8Array(5_000).buffer }, Number.POSITIVE_INFINITY)).toBeLessThan(5_100)
  })

  it('stops counting once past the limit', () => {
    const huge = { items: new Array(2_000_000).fill('x') }
    expect(payloadBytes(huge, 4_096)).toBeGreaterThan(4_096)
    expect(payloadBytes(huge, 4_096)).toBeLessThan(4_200)
  })
})

describe('the server', () => {
  let server: RunningServer
  let c: Client
  const dir = mkdtempSync(join(tmpdir(), 'article-four-payload-'))
  beforeAll(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1', dataDir: dir, distDir: dir, log: () => {} })
    c = await connect(server.url)
  })
  afterAll(async () => {
    c.close()
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('refuses binary in plain words at any size: its bytes are dropped before they are counted', async () => {
    for (const bytes of [1_900_000, 3_000])
      expect(await c.call('team:submit', { round: 1, decision: Buffer.alloc(bytes) })).toMatchObject({
        ok: false,
        error: { code: 'bad-request', message: 'send the payload as JSON text: binary data is not accepted' },
      })
  })
})
