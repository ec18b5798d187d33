// Forwarding: how a server answers a command about a session it does not hold. It asks every other server; the
// holder answers ('forward' below, once per command however often it is asked, answer-once.ts). Nobody holding
// it, the holder may have died: the asker sweeps the leases, taking what has expired, and asks again while a dead
// holder's leases may still lapse, but never past the time the browser is promised an answer in
// (ANSWER_WITHIN_MS). cluster.ts joins this to the leases and the adapter.
import { randomUUID } from 'node:crypto'
import type { Server } from 'socket.io'
import { ANSWER_WITHIN_MS, type ClientEvent } from '../live/protocol'
import { answerOnce } from './answer-once'
import { fail } from './failure'
import type { Leases } from './leases'
import type { Context, Handled, SessionHandlers } from './session-handlers'
import { failedWith } from './store-unavailable'

/** How long socket.io's adapter waits for every server's answer to a request (its fixed DEFAULT_TIMEOUT). */
const REQUEST_MS = 5000

interface Forwarded {
  /** The same each time one command is asked again (answer-once.ts). */
  readonly id: string
  readonly event: ClientEvent
  readonly message: unknown
  readonly context: Context
}
interface Answer {
  readonly server: string
  readonly handled: Pick<Handled, 'reply' | 'seat'> | null
}

export interface ForwardingOptions {
  readonly io: Server
  readonly leases: Leases
  readonly handlers: SessionHandlers
  readonly leaseMs: number
  /** The last sweep of the leases if it began less than a quarter lease ago, else a new one (keepLastSweep). */
  readonly sweep: () => Promise<number>
  readonly say: (message: string) => void
}

/**
 * Answers the commands other servers forward for the sessions held here, and returns the forward of this
 * server's: the answer of the server holding the message's session; undefined if none does (after waiting for a
 * dead holder's leases).
 */
export function forwarding(
  options: ForwardingOptions,
): (event: ClientEvent, message: unknown, context: Context) => Promise<Handled | undefined> {
  const { io, leases, handlers, leaseMs, sweep, say } = options

  // Kept as long as the server that forwarded a command may ask again (forward, below), and a little more.
  const once = answerOnce<Handled>(3 * leaseMs + 3 * REQUEST_MS)
  io.on('forward', (request: Forwarded, answer: (a: Answer) => void) => {
    const { id, event, message, context } = request
    // Asked again for one it has handled, it answers as the first time, even if the session has moved since.
    if (!once.has(id) && !handlers.isHere(event, message, context.seat))
      return answer({ server: leases.holder, handled: null })
    const { result, first } = once.answer(id, () =>
      Promise.resolve(handlers.handle(event, message, context)).catch((e: Error) => {
        say(`${event} forwarded from another server failed: ${e.stack}`)
        return { reply: failedWith(e) }
      }),
    )
    result.then((handled) => {
      answer({ server: leases.holder, handled: { reply: handled.reply, seat: handled.seat } })
      if (first) handled.after?.()
    })
  })

  /** The servers' answers, and whether one of them (alive by its heartbeats) did not answer in time. */
  const ask = (request: Forwarded) =>
    new Promise<{ answers: Answer[]; missing: boolean }>((done) =>
      io.serverSideEmit('forward', request, (timedOut: Error | null, answers: Answer[]) =>
        done({ answers, missing: timedOut !== null }),
      ),
    )

  return async (event, message, context) => {
    // A dead server is counted out after a lease, its leases expire a lease after its last renewal; one ask
    // may have waited for it in vain before. And never past the time the browser is promised an answer in.
    const giveUpAt = Date.now() + 3 * leaseMs + REQUEST_MS
    const deadline = Date.now() + ANSWER_WITHIN_MS
    /** Whether an ask begun `after` ms from now is still worth it, and its answer can come before the deadline. */
    const mayAsk = (after = 0) => Date.now() + after < giveUpAt && Date.now() + after + REQUEST_MS <= deadline
    const id = randomUUID()
    let late = false
    const asking = async (): Promise<Handled | undefined> => {
      for (;;) {
        const asked = Date.now()
        const { answers, missing } = await ask({ id, event, message, context })
        const handled = answers.find((a) => a.handled)?.handled
        if (handled) return handled
        // Nobody holds it: its holder may have died. Take what has expired, and look again.
        // A sweep that fails (the database is slow) is not the answer's failure: what it would have taken
        // is looked for again below, or at the next sweep.
        await sweep().catch(() => 0)
        if (late || handlers.isHere(event, message, context.seat)) return undefined
        // A server still beating did not answer: it may hold the session and not have heard (its LISTEN was
        // down), or its answer was lost (this server's was). Asked again at once, with the same id, it answers
        // now if it listens again, and never applies the command twice (answer-once.ts).
        if (missing && mayAsk()) continue
        const wait = await leases.untilAskAgain(
          answers.map((a) => a.server),
          Date.now() - asked + leaseMs / 4,
        )
        if (wait === undefined || !mayAsk(wait + leaseMs / 8)) return undefined
        if (wait > 0) await new Promise((done) => setTimeout(done, wait + leaseMs / 8))
      }
    }
    // A sweep or a look at the leases that hangs on the database does not hold the answer past the deadline.
    let timer: ReturnType<typeof setTimeout> | undefined
    const outOfTime = new Promise<Handled>((done) => {
      timer = setTimeout(() => {
        late = true
        done({
          reply: fail('internal', 'the server holding this session did not answer in time: try again'),
        })
      }, deadline - Date.now())
    })
    try {
      return await Promise.race([asking(), outOfTime])
    } finally {
      clearTimeout(timer)
    }
  }
}

/**
 * Every sweep, and the one a forward takes: the last, if it began less than `periodMs` ago (the timer's period),
 * else a new one. Every request nobody answers sweeps, and a client can send as many as it likes (resumes with
 * made-up tokens): each would otherwise renew, beat and look for expired leases on the lease pool, back to back,
 * and with the database down open connection after connection to it.
 */
export function keepLastSweep(
  sweepNow: () => Promise<number>,
  periodMs: number,
): { sweep(): Promise<number>; recent(): Promise<number> } {
  let last: { at: number; done: Promise<number> } | undefined
  const sweep = (): Promise<number> => {
    const done = sweepNow()
    last = { at: Date.now(), done }
    return done
  }
  return {
    sweep,
    recent: () => (last && Date.now() - last.at < periodMs ? last.done : sweep()),
  }
}
