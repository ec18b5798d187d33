// Binary attachments are never kept: socket.io's decoder held every frame of a binary packet until its last came,
// up to ten of 2 MB each for as long as the client held back the last, and the protocol takes no binary anyway.
// The packet is read as soon as its text comes, refused as binary in plain words, and its frames are dropped.
// @vitest-environment node
import type { Packet } from 'socket.io-parser'
import { describe, expect, it } from 'vitest'
import { serverParser } from '../src/server/view-encoder'
import { connect } from './server-client'
import { serversPerTest } from './servers-per-test'

const start = serversPerTest('article-four-attachments-')
const FRAME = Buffer.alloc(1_900_000, 7)
/** A binary event asking for an ack (id 7) that says ten attachments follow, the most socket.io takes. */
const HEAD = '510-7["team:submit",{"round":1,"decision":{"_placeholder":true,"num":0}}]'

describe('the decoder', () => {
  it('reads a binary packet before its attachments come, and never holds their bytes', () => {
    const decoder = new (serverParser(() => {}).Decoder)()
    const decoded: Packet[] = []
    decoder.on('decoded', (packet) => {
      decoded.push(packet)
    })
    decoder.add(HEAD)
    expect(decoded).toHaveLength(1)
    const [event, payload] = decoded[0]!.data as [string, { decision: Buffer }]
    expect(event).toBe('team:submit')
    expect(Buffer.isBuffer(payload.decision) && payload.decision.byteLength).toBe(0)
    for (let i = 0; i < 10; i++) decoder.add(FRAME)
    expect(decoded).toHaveLength(1)
    decoder.add('28["scenarios:list",{}]')
    expect(decoded.map((p) => p.data[0])).toEqual(['team:submit', 'scenarios:list'])
  })

  it('refuses text that comes where an attachment is due, as socket.io does', () => {
    const decoder = new (serverParser(() => {}).Decoder)()
    decoder.add(HEAD)
    decoder.add(FRAME)
    expect(() => decoder.add('28["scenarios:list",{}]')).toThrow()
  })
})

describe('the server', () => {
  it('answers a binary packet before its attachments come, then reads on in step', async () => {
    const { server, keep } = await start()
    const c = keep(await connect(server.url))
    const engine = c.socket.io.engine
    const answered = new Promise<string>((done) =>
      engine.on('message', (text) => typeof text === 'string' && text.startsWith('37') && done(text)),
    )
    engine.write(HEAD)
    expect(JSON.parse((await answered).slice(2))).toEqual([
      {
        ok: false,
        error: { code: 'bad-request', message: 'send the payload as JSON text: binary data is not accepted' },
      },
    ])
    for (let i = 0; i < 10; i++) engine.write(FRAME)
    expect(await c.call('scenarios:list', {})).toMatchObject({ ok: true })
  })
})
