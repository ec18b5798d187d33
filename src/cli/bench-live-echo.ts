// bench:live's floor: a bare WebSocket echo that replays the live run's reveals with the same pauses and the
// same views, and no work. Run as a child like the live server, so both pay the same process costs.
import WebSocket, { WebSocketServer } from 'ws'
import { type Reveal, sleep, TEAMS, think } from './bench-live-setup'

/**
 * The floor of a reveal: the same messages, and no work. A session slot's reveals are loaded first, at
 * /load/G: every view as the live server sent it, reveal by reveal, the facilitator's then the teams'.
 * Then ten clients join at /group/G/I (I = 0 for the facilitator). Each team's submission is acked; after
 * a round's ninth, each client gets its view of the next reveal, sent before that last ack, as the live
 * server pushes its views before it acks.
 */
export function echoServer(): void {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  const groups = new Map<string, { views: Buffer[]; members: WebSocket[]; submitted: number; next: number }>()
  wss.on('connection', (socket, req) => {
    const [, kind, group, index] = /^\/(load|group)\/(\d+)(?:\/(\d+))?$/.exec(req.url ?? '') ?? []
    if (group === undefined) return socket.close()
    const g =
      groups.get(group) ?? groups.set(group, { views: [], members: [], submitted: 0, next: 0 }).get(group)!
    if (kind === 'load')
      return socket.on('message', (data, binary) => {
        if (binary) g.views.push(data as Buffer)
        else socket.send(LOADED)
      })
    g.members[Number(index)] = socket
    socket.on('message', (data) => {
      JSON.parse(String(data))
      if (++g.submitted === TEAMS) {
        const first = g.next++ * (TEAMS + 1)
        g.submitted = 0
        for (const [i, m] of g.members.entries()) m.send(g.views[first + i]!, { binary: false })
      }
      socket.send(ACK)
    })
  })
  wss.on('listening', () => {
    const address = wss.address()
    process.stdout.write(`listening on ${typeof address === 'object' ? address?.port : address}\n`)
  })
}
const ACK = '{"ok":true}'
const LOADED = 'loaded'

const open = (url: string): Promise<WebSocket> =>
  new Promise((done, fail) => {
    const ws = new WebSocket(url)
    ws.once('open', () => done(ws))
    ws.once('error', fail)
  })

/** Each session slot's reveals, replayed by a group of ten on the echo: the same pauses, the same views. */
export async function echoRun(port: number, slots: readonly (readonly Reveal[])[]): Promise<number[]> {
  const times: number[] = []
  await Promise.all(
    slots.map(async (reveals, g) => {
      const loader = await open(`ws://127.0.0.1:${port}/load/${g}`)
      for (const { views } of reveals) for (const v of views) loader.send(v)
      await new Promise((done) => {
        loader.once('message', done)
        loader.send(LOADED)
      })
      loader.close()
      const group: WebSocket[] = []
      for (let i = 0; i <= TEAMS; i++) group.push(await open(`ws://127.0.0.1:${port}/group/${g}/${i}`))
      const teams = group.slice(1)
      for (const [round] of reveals.entries()) {
        const received = Promise.all(
          group.map(
            (ws) =>
              new Promise<number>((done) => {
                const onMessage = (data: WebSocket.RawData) => {
                  const text = String(data)
                  if (text === ACK) return
                  // A client has its view once it has parsed it, as socket.io's client parses the live one.
                  JSON.parse(text.slice(1))
                  ws.off('message', onMessage)
                  done(performance.now())
                }
                ws.on('message', onMessage)
              }),
          ),
        )
        let lastSent = 0
        await Promise.all(
          teams.map(async (ws) => {
            await sleep(think())
            lastSent = Math.max(lastSent, performance.now())
            ws.send(JSON.stringify({ round: round + 1, decision: 'consent' }))
          }),
        )
        times.push(Math.max(...(await received)) - lastSent)
      }
      for (const ws of group) ws.close()
    }),
  )
  return times
}
