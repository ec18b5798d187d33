// Hostile scenario uploads cost the server their budget on a thread of their own, never its event loop: while
// megabytes of deeply nested and of merely huge YAML arrive, a session already playing has its submissions
// acknowledged as fast as before, and each upload gets a plain refusal.
// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../src/server/server'
import { type AnyReply, type Client, connect } from './server-client'

/** A megabyte of brackets: the parser took 4.5 s and 600 MB over it, on the event loop. */
const DEEP = `${'['.repeat(450_000)}${']'.repeat(450_000)}`
/** Not deep, only wide: 300,000 items, seconds and most of a gigabyte for the parser. */
const WIDE = `[${Array(300_000).fill('0').join(',')}]`

const dir = mkdtempSync(join(tmpdir(), 'article-four-uploads-'))
let server: RunningServer
const clients: Client[] = []
beforeAll(async () => {
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir: dir, distDir: dir, log: () => {} })
})
afterAll(async () => {
  for (const c of clients) c.close()
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})
async function client(): Promise<Client> {
  const c = await connect(server.url)
  clients.push(c)
  return c
}

it("keeps a playing session's acknowledgements at their usual speed while hostile uploads are read", async () => {
  const facilitator = await client()
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
    roundSeconds: 0,
  })
  const team = await client()
  await team.call('team:join', { code: created.session.code, name: 'Bystanders' })
  await facilitator.call('facilitator:command', { command: { kind: 'start' } })
  const { options } = (await team.teamView((v) => v.turn !== null)).turn!

  /** The team changes its mind: how long the acknowledgement takes, in ms. */
  let sent = 0
  const submission = async (): Promise<number> => {
    const start = performance.now()
    const reply = await team.call('team:submit', { round: 1, decision: options[sent++ % 2] })
    expect(reply).toEqual({ ok: true })
    return performance.now() - start
  }
  const usual: number[] = []
  for (let i = 0; i < 8; i++) usual.push(await submission())

  // Once as the uploads go out, and again as each is answered: the team submits all through their reading.
  const hostile = await client()
  const during: Promise<number>[] = []
  const uploads = [DEEP, WIDE, DEEP, DEEP, WIDE, DEEP, DEEP, DEEP].map(async (text) => {
    const reply: AnyReply = await hostile.socket
      .timeout(120_000)
      .emitWithAck('session:create', { scenario: { kind: 'yaml', text }, format: { kind: 'one-table' } })
    during.push(submission())
    return reply
  })
  during.push(submission())

  for (const reply of await Promise.all(uploads))
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-scenario',
        problems: [
          {
            message: expect.stringMatching(
              /^(nested more than 32 levels deep|the file needs more than 256 MB to check|the file took more than 5 s to check)/,
            ),
          },
        ],
      },
    })
  // On the event loop, each deep upload held every acknowledgement for seconds.
  const slowest = Math.max(...(await Promise.all(during)))
  expect(during).toHaveLength(9)
  expect(slowest).toBeLessThan(Math.max(...usual) + 1000)
}, 180_000)
