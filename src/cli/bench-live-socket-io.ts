// bench:live's second floor: the live server's framework alone. socket.io, with the server's own view encoder,
// replays the live run's views with the same pushes and acks as the bare echo (bench-live-echo.ts), and does no
// work of its own. Between the bare echo's figure and this one lies what socket.io costs; between this one and the
// live run's, what the server's own work costs (the log, the rules, building the views).
import { createServer } from 'node:http'
import { Server, type Socket } from 'socket.io'
import { type Socket as ClientSocket, io } from 'socket.io-client'
import { serverParser } from '../server/view-encoder'
import {
  type ReplayGroup,
  type Reveal,
  replayGroup,
  replaySubmission,
  sleep,
  TEAMS,
  think,
} from './bench-live-setup'

/** An event as the live server pushed it: its name and its payload. */
type Pushed = readonly [event: string, payload: object]

/** A session slot's reveals as they came: for each, what each client was sent during its round, then its view of it. */
interface Loaded {
  readonly during: readonly (readonly string[])[]
  readonly views: readonly string[]
}

/**
 * A packet the live run's clients read (`2["view",{…}]`), as the event the live server emitted. The views of one
 * reveal share one debrief object, as a broadcast's do, so the encoder serialises it once, as it does there.
 */
function pushedOf(packet: string, debriefs: Map<string, object>): Pushed {
  const [event, payload] = JSON.parse(packet.slice(1)) as [string, { debrief?: object }]
  if (typeof payload.debrief === 'object' && payload.debrief !== null) {
    const key = JSON.stringify(payload.debrief)
    payload.debrief = debriefs.get(key) ?? debriefs.set(key, payload.debrief).get(key)
  }
  return [event, payload]
}

/**
 * The server: a slot's loader connects with `auth: { group, load: true }` and sends its reveals; then its ten
 * clients connect with `auth: { group, index }` (0 for the facilitator) and submit as the bare echo's do, each
 * submission acked after the pushes the live server made for it.
 */
export function socketIoEchoServer(): void {
  const groups = new Map<number, ReplayGroup<Pushed, Socket>>()
  const http = createServer()
  const server = new Server(http, {
    maxHttpBufferSize: 1e9,
    serveClient: false,
    parser: serverParser(() => {}),
  })
  server.on('connection', (socket) => {
    const auth = socket.handshake.auth as { group: number; index?: number; load?: boolean }
    const g = groups.get(auth.group) ?? groups.set(auth.group, replayGroup()).get(auth.group)!
    if (auth.load) {
      socket.on('load', (reveals: Loaded[], ack: (reply: object) => void) => {
        for (const { during, views } of reveals) {
          const debriefs = new Map<string, object>()
          g.reveals.push({
            during: during.map((packets) => packets.map((p) => pushedOf(p, debriefs))),
            views: views.map((p) => pushedOf(p, debriefs)),
          })
        }
        ack({ ok: true })
      })
      return
    }
    const who = auth.index ?? 0
    g.members[who] = socket
    socket.on('submit', (_decision: unknown, ack: (reply: object) => void) => {
      replaySubmission(g, who, (member, [event, payload]) => member.emit(event, payload))
      ack({ ok: true })
    })
  })
  http.listen(0, '127.0.0.1', () => {
    const address = http.address()
    process.stdout.write(`listening on ${typeof address === 'object' ? address?.port : address}\n`)
  })
}

const connect = (port: number, auth: object): Promise<ClientSocket> =>
  new Promise((done, fail) => {
    const socket = io(`http://127.0.0.1:${port}`, {
      transports: ['websocket'],
      auth,
      reconnection: false,
      forceNew: true,
    })
    socket.once('connect', () => done(socket))
    socket.once('connect_error', fail)
  })

/** Each session slot's reveals replayed by ten socket.io clients, as the live run's clients met them. */
export async function socketIoEchoRun(
  port: number,
  slots: readonly (readonly Reveal[])[],
): Promise<number[]> {
  const times: number[] = []
  await Promise.all(
    slots.map(async (reveals, g) => {
      const loader = await connect(port, { group: g, load: true })
      const loaded: Loaded[] = reveals.map(({ during, views }) => ({
        during: during.map((packets) => packets.map(String)),
        views: views.map(String),
      }))
      await loader.timeout(60_000).emitWithAck('load', loaded)
      loader.disconnect()
      const group: ClientSocket[] = []
      for (let i = 0; i <= TEAMS; i++) group.push(await connect(port, { group: g, index: i }))
      const teams = group.slice(1)
      for (const [round, { during }] of reveals.entries()) {
        // A client has the reveal once socket.io has handed it its view, after the round's views before it.
        const received = Promise.all(
          group.map(
            (socket, who) =>
              new Promise<number>((done) => {
                let before = during[who]!.length
                const onPush = () => {
                  if (before-- > 0) return
                  socket.off('view', onPush).off('submitted', onPush)
                  done(performance.now())
                }
                socket.on('view', onPush).on('submitted', onPush)
              }),
          ),
        )
        let lastSent = 0
        await Promise.all(
          teams.map(async (socket) => {
            await sleep(think())
            lastSent = Math.max(lastSent, performance.now())
            await socket.timeout(10_000).emitWithAck('submit', { round: round + 1, decision: 'consent' })
          }),
        )
        times.push(Math.max(...(await received)) - lastSent)
      }
      for (const socket of group) socket.disconnect()
    }),
  )
  return times
}
