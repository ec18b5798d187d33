// bench:live's floor: a bare WebSocket echo that replays the live run's reveals with the same pauses and the
// same views, and no work. Run as a child like the live server, so both pay the same process costs.
import WebSocket, { WebSocketServer } from 'ws'
import {
  type ReplayGroup,
  type Reveal,
  replayGroup,
  replaySubmission,
  sleep,
  TEAMS,
  think,
} from './bench-live-setup'

/**
 * The floor of a reveal: the same messages, and no work. A session slot's reveals are loaded first, at
 * /load/G: for each reveal, a text frame with how many views each client was sent during its round, then
 * those views and the reveal's, as the live server sent them, client by client (the facilitator first).
 * Then ten clients join at /group/G/I (I = 0 for the facilitator). Each team's submission is acked, after
 * what the live server pushed for one: the team's own view and the facilitator's next message (since protocol 8 a
 * notice of who has submitted, recorded and replayed like a view). After a round's
 * ninth, each client gets what is left of its round's views and then its view of the next reveal, all sent
 * before that last ack, as the live server pushes its views before it acks.
 */
export function echoServer(): void {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  const groups = new Map<string, Group>()
  wss.on('connection', (socket, req) => {
    const [, kind, group, index] = /^\/(load|group)\/(\d+)(?:\/(\d+))?$/.exec(req.url ?? '') ?? []
    if (group === undefined) return socket.close()
    const g = groups.get(group) ?? groups.set(group, replayGroup()).get(group)!
    if (kind === 'load') return load(socket, g)
    const who = Number(index)
    g.members[who] = socket
    socket.on('message', (data) => {
      JSON.parse(String(data))
      replaySubmission(g, who, (member, view) => member.send(view, { binary: false }))
      socket.send(ACK)
    })
  })
  wss.on('listening', () => {
    const address = wss.address()
    process.stdout.write(`listening on ${typeof address === 'object' ? address?.port : address}\n`)
  })
}

type Group = ReplayGroup<Buffer, WebSocket>

/** A loader's frames: each reveal's counts as text, then its views as binary frames; 'loaded' at the end. */
function load(socket: WebSocket, g: Group): void {
  let counts: number[] = []
  let member = 0
  socket.on('message', (data, binary) => {
    if (!binary) {
      if (String(data) === LOADED) return socket.send(LOADED)
      counts = JSON.parse(String(data)) as number[]
      member = 0
      return g.reveals.push({ during: counts.map(() => []), views: [] })
    }
    const reveal = g.reveals.at(-1)!
    while (member < counts.length && reveal.during[member]!.length === counts[member]) member++
    if (member < counts.length) reveal.during[member]!.push(data as Buffer)
    else reveal.views.push(data as Buffer)
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

/**
 * Each session slot's reveals, replayed by a group of ten on the echo: the same pauses, the same views, those of
 * each round before its reveal included.
 */
export async function echoRun(port: number, slots: readonly (readonly Reveal[])[]): Promise<number[]> {
  const times: number[] = []
  await Promise.all(
    slots.map(async (reveals, g) => {
      const loader = await open(`ws://127.0.0.1:${port}/load/${g}`)
      for (const { during, views } of reveals) {
        loader.send(JSON.stringify(during.map((d) => d.length)))
        for (const v of [...during.flat(), ...views]) loader.send(v)
      }
      await new Promise((done) => {
        loader.once('message', done)
        loader.send(LOADED)
      })
      loader.close()
      const group: WebSocket[] = []
      for (let i = 0; i <= TEAMS; i++) group.push(await open(`ws://127.0.0.1:${port}/group/${g}/${i}`))
      const teams = group.slice(1)
      for (const [round, { during }] of reveals.entries()) {
        const received = Promise.all(
          group.map(
            (ws, who) =>
              new Promise<number>((done) => {
                // The round's views come first, each parsed as the live run's clients parsed theirs.
                let before = during[who]!.length
                const onMessage = (data: WebSocket.RawData) => {
                  const text = String(data)
                  if (text === ACK) return
                  // A client has its view once it has parsed it, as socket.io's client parses the live one.
                  JSON.parse(text.slice(1))
                  if (before-- > 0) return
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
