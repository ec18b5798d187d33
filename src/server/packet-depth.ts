// How deep a socket.io packet's JSON nests, read before JSON.parse sees it. V8 parses deep nesting slowly:
// one frame of 900,000 `[` under the 2 MB transport limit held the event loop for almost four seconds, every
// session on the server frozen, before any handler could refuse it as too large. No message of the protocol
// nests more than a few levels, so a packet past PACKET_DEPTH closes its connection, as socket.io does with
// any packet it cannot read, after a scan of its text that costs a few milliseconds at most.
import { Decoder } from 'socket.io-parser'

/** Deeper than any message of the protocol (a facilitator's command is three levels inside the packet). */
export const PACKET_DEPTH = 32

const OPEN_SQUARE = 0x5b
const OPEN_CURLY = 0x7b
const CLOSE_SQUARE = 0x5d
const CLOSE_CURLY = 0x7d
const QUOTE = 0x22
const BACKSLASH = 0x5c

/** Whether the JSON in `text` nests deeper than `limit`, brackets inside strings not counted. */
export function nestsDeeper(text: string, limit: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === BACKSLASH) i++
      else if (c === QUOTE) inString = false
    } else if (c === QUOTE) inString = true
    else if (c === OPEN_SQUARE || c === OPEN_CURLY) {
      if (++depth > limit) return true
    } else if (c === CLOSE_SQUARE || c === CLOSE_CURLY) depth--
  }
  return false
}

/**
 * socket.io's decoder, refusing a packet that nests too deep before parsing it. The error it throws makes
 * socket.io close that client's connection (its own handling of an unreadable packet); `log` says so once.
 */
export function shallowDecoder(log: (message: string) => void) {
  return class ShallowDecoder extends Decoder {
    override add(packet: unknown): void {
      if (typeof packet === 'string' && nestsDeeper(packet, PACKET_DEPTH)) {
        log(`a client's packet nested deeper than ${PACKET_DEPTH} levels; its connection was closed`)
        throw new Error(`a packet nests deeper than ${PACKET_DEPTH} levels`)
      }
      super.add(packet)
    }
  }
}
