// What a long-polling connection has written as answers to its polls and the kernel has not yet taken. engine.io
// says a poll's batch is sent (its transport's `drain`) as soon as it has written the HTTP response, while the bytes
// may still wait in the process for the client to read them: a client that polled again on a new TCP connection
// each time and never read the answers left up to a megabyte in each, counted by nothing, and no timeout of Node's
// applies to sending a response. So an answer counts as held until its response has finished (Node's `finish`: the
// kernel has taken its last byte) or its connection has closed.
import type { ServerResponse } from 'node:http'
import type { Socket as EngineSocket } from 'engine.io'

type Transport = EngineSocket['transport']

export interface PollAnswers {
  /** Counts `bytes` until the answer the transport is writing now has been taken, then calls `taken` with them. */
  hand(bytes: number): void
  /** Bytes of earlier answers not yet taken. */
  readonly waiting: number
  /** Destroys the TCP connection of every answer not yet taken, and what it held with it. */
  cutOff(): void
}

export function pollAnswers(transport: Transport, taken: (bytes: number) => void): PollAnswers {
  const answers = new Map<ServerResponse, number>()
  let waiting = 0
  return {
    hand(bytes) {
      // engine.io keeps the poll's response while it may write to it; the type keeps it private.
      const response = (transport as unknown as { res: ServerResponse }).res
      answers.set(response, bytes)
      waiting += bytes
      const done = () => {
        if (!answers.delete(response)) return
        waiting -= bytes
        taken(bytes)
      }
      response.once('finish', done)
      response.once('close', done)
    },
    get waiting() {
      return waiting
    },
    cutOff() {
      for (const response of [...answers.keys()]) response.destroy()
    },
  }
}
