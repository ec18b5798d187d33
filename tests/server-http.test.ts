// The server's HTTP side as an outsider and an operator meet it: the health check answers anyone that the
// server is up and tells only the status token's holder how busy it is, and the results download takes the
// facilitator's token however the client spells the scheme's name.
// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../src/server/server'
import { type AnyReply, type Client, connect } from './server-client'

const STATUS_TOKEN = 'operator-status-token-0123456789'
let server: RunningServer
let dir: string
const clients: Client[] = []

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'article-four-http-'))
  mkdirSync(join(dir, 'dist'))
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>Article Four</title>')
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: join(dir, 'data'),
    distDir: join(dir, 'dist'),
    statusToken: STATUS_TOKEN,
    log: () => {},
  })
})

afterAll(async () => {
  for (const c of clients) c.close()
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

const health = (authorization?: string) =>
  fetch(`${server.url}/api/health`, authorization ? { headers: { authorization } } : {})

it('answers anyone only that it is up', async () => {
  const reply = await health()
  expect(reply.status).toBe(200)
  expect(await reply.json()).toEqual({ ok: true })
})

it('shows its sessions and memory to the status token, and to no other', async () => {
  for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
    const reply = await health(`${scheme} ${STATUS_TOKEN}`)
    expect(reply.status).toBe(200)
    expect(await reply.json()).toEqual({
      ok: true,
      sessions: expect.any(Number),
      rss: expect.any(Number),
      heapUsed: expect.any(Number),
    })
  }
  for (const wrong of [`Bearer ${STATUS_TOKEN}x`, 'Bearer ', `Basic ${STATUS_TOKEN}`]) {
    const reply = await health(wrong)
    expect(reply.status).toBe(403)
    expect(await reply.text()).not.toContain('sessions')
  }
})

it('takes the facilitator token for the results with the scheme named in any case', async () => {
  const c = await connect(server.url)
  clients.push(c)
  const created: AnyReply = await c.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'one-table' },
  })
  const url = `${server.url}/api/sessions/${created.session.code}/results.json`
  for (const scheme of ['Bearer', 'bearer', 'BEARER', 'bEaReR'])
    expect((await fetch(url, { headers: { authorization: `${scheme} ${created.token}` } })).status).toBe(200)
  expect((await fetch(url, { headers: { authorization: `Token ${created.token}` } })).status).toBe(401)
})
