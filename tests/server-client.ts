// A test client for the live server: socket.io-client over WebSocket, each call awaited with its ack,
// each pushed view kept (with the notices laid over it, as the app shows it) so a test can wait for the one it
// expects.
import { io, type Socket } from 'socket.io-client'
import { arrivals } from '../src/live/arrivals'
import {
  ANSWER_WITHIN_MS,
  type FacilitatorView,
  HANDSHAKE,
  type OutcomesNotice,
  type SubmissionsNotice,
  type TeamDebriefView,
  type TeamView,
  type View,
} from '../src/live/protocol'

/**
 * The debrief as a team's view carries it, every table's game beside the history and the questions. The
 * facilitator's view keeps those games in its `tables` (with whose turn it was), not twice.
 */
export function wholeDebrief(v: View): TeamDebriefView | null {
  if (v.audience === 'team') return v.debrief
  return v.debrief && { ...v.debrief, tables: v.tables.map(({ pending: _, ...t }) => t) }
}

// biome-ignore lint/suspicious/noExplicitAny: replies are read loosely in tests; the protocol types them for the app
export type AnyReply = any

export class Client {
  readonly views: View[] = []
  private waiters: { test: (v: View) => boolean; done: (v: View) => void }[] = []

  /** As the app keeps them (arrivals.ts): the newest view, with the outcomes that came before it. */
  private readonly arrivals = arrivals<View>()

  constructor(readonly socket: Socket) {
    socket.on('view', (v: View) => this.receive(this.arrivals.view(this.held ?? null, v)))
    // The outcomes go into the view held, which is then kept as a view of its own.
    socket.on('outcomes', (notice: OutcomesNotice) => {
      const held = this.arrivals.outcomes(this.held ?? null, notice)
      if (held && held !== this.held) this.receive(held)
    })
    // So do the facilitator's notices of who has submitted, each counted as it comes.
    socket.on('submitted', (notice: SubmissionsNotice) => {
      this.notices.push(notice)
      const held = this.arrivals.submissions(this.held ?? null, notice)
      if (held && held !== this.held) this.receive(held)
    })
  }

  /** The notices of who has submitted this client was sent (only a facilitator is). */
  readonly notices: SubmissionsNotice[] = []

  /** The newest view, pushed or in a reply (a seat's first view comes with its join or resume). */
  private held: View | undefined

  private receive(v: View): void {
    if (v === this.held) return
    this.held = v
    this.views.push(v)
    const ready = this.waiters.filter((w) => w.test(v))
    this.waiters = this.waiters.filter((w) => !ready.includes(w))
    for (const w of ready) w.done(v)
  }

  /**
   * Emits with an acknowledgement, waited for as the browser waits (store/live/connection.ts): the server answers
   * within ANSWER_WITHIN_MS, even a command it forwards while the session's server changes hands, and a lost answer
   * is asked again after socket.io's 5 s. An answer that never comes fails the test; one that comes late on a
   * loaded machine (an imported scenario waits for its thread to start) does not.
   */
  async call(event: string, ...args: unknown[]): Promise<AnyReply> {
    const reply = await this.socket.timeout(ANSWER_WITHIN_MS + 5_000).emitWithAck(event, ...args)
    if (reply?.ok && reply.view) this.held = this.arrivals.view(this.held ?? null, reply.view)
    return reply
  }

  /**
   * The first view, already received or still to come, that passes the test. One that never comes fails with
   * the caller's own stack and the last view this client had, so a failure says which wait and from where.
   */
  view<V extends View = View>(test: (v: V) => boolean = () => true, ms = 3000): Promise<V> {
    const seen = this.views.find((v) => test(v as V))
    if (seen) return Promise.resolve(seen as V)
    const late = new Error('no such view came')
    return new Promise((done, fail) => {
      const timer = setTimeout(() => {
        const socket = this.socket.connected ? 'connected' : 'disconnected'
        late.message = `no such view came in ${ms} ms to a ${socket} client; it holds ${lastSeen(this.held)} (views pushed: ${this.views.length})`
        fail(late)
      }, ms)
      this.waiters.push({
        test: (v) => test(v as V),
        done: (v) => {
          clearTimeout(timer)
          done(v as V)
        },
      })
    })
  }

  teamView = (test: (v: TeamView) => boolean = () => true, ms?: number) =>
    this.view<TeamView>((v) => v.audience === 'team' && test(v), ms)
  facilitatorView = (test: (v: FacilitatorView) => boolean = () => true, ms?: number) =>
    this.view<FacilitatorView>((v) => v.audience === 'facilitator' && test(v), ms)

  close(): void {
    this.socket.disconnect()
  }
}

/** A view in a few words: whose, its phase and round, and whether its debrief has its outcomes. */
export function lastSeen(v: View | undefined): string {
  if (!v) return 'none'
  const round = 'round' in v.phase ? ` ${v.phase.round}` : ''
  const debrief = wholeDebrief(v)
  const outcomes = debrief
    ? `, outcomes ${debrief.tables.every((t) => t.outcome !== null) ? 'in' : 'pending'}`
    : ''
  return `the ${v.audience}'s, ${v.phase.kind}${round}${outcomes}`
}

export function connect(url: string): Promise<Client> {
  const socket = io(url, {
    transports: ['websocket'],
    auth: HANDSHAKE,
    reconnection: false,
    forceNew: true,
  })
  return new Promise((done, fail) => {
    socket.once('connect', () => done(new Client(socket)))
    socket.once('connect_error', fail)
  })
}
