// A client that never reads what it is sent: socket.io queued every packet for it in the server's memory, without
// a limit, for as long as the client kept its connection. The connection is now closed once its queue passes
// SEND_BACKLOG_BYTES, while the clients that read carry on.
// @vitest-environment node
import type { Socket as TcpSocket } from 'node:net'
import { expect, it } from 'vitest'
import WebSocket from 'ws'
import { PROTOCOL_VERSION } from '../src/live/protocol'
import { SEND_BACKLOG_BYTES } from '../src/server/send-backlog'
import { connect } from './server-client'
import { serversPerTest } from './servers-per-test'

const start = serversPerTest('article-four-backlog-')

/** A socket.io connection at the level of its frames: open, past the handshake, reading until told to stop. */
function rawConnection(url: string): Promise<WebSocket> {
  return new Promise((done, fail) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`)
    ws.on('message', (data) => {
      const text = data.toString()
      if (text.startsWith('0{')) ws.send(`40${JSON.stringify({ protocol: PROTOCOL_VERSION })}`)
      else if (text.startsWith('40')) done(ws)
    })
    ws.on('error', fail)
  })
}

it('closes a connection that leaves what it is sent unread, and serves the others', async () => {
  let now = Date.UTC(2026, 4, 1, 9)
  const logged: string[] = []
  let closed: () => void = () => {}
  const closing = new Promise<void>((done) => {
    closed = done
  })
  // A second passes at every look at the clock: the socket's own rate never stops the requests.
  const { server, keep } = await start({
    now: () => (now += 1000),
    log: (m) => {
      logged.push(m)
      if (m.includes('unread')) closed()
    },
  })
  const reader = keep(await connect(server.url))
  const list = await reader.call('scenarios:list', {})
  const answer = JSON.stringify(list).length
  const silent = await rawConnection(server.url)
  ;(silent as unknown as { _socket: TcpSocket })._socket.pause()
  // Far more than the kernel's buffers on both ends and the server's allowance hold.
  const requests = Math.ceil((40 * SEND_BACKLOG_BYTES) / answer)
  for (let id = 0; id < requests; id++) silent.send(`42${id}["scenarios:list",{}]`)
  await closing
  expect(logged).toEqual([
    expect.stringMatching(/^a connection from 127\.0\.0\.1 left \d+ bytes unread; it was closed$/),
  ])
  expect(await reader.call('scenarios:list', {})).toEqual(list)
  silent.terminate()
})
