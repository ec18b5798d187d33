// socket.io's own parser, with one change to its encoder for pushed views: they are written without socket.io's
// search for binary attachments (a walk over every field of every view, about a tenth of its encoding time),
// and a view's debrief is serialised once per broadcast instead of once per audience. At
// the end of a game every team's view carries the same debrief (every table's game, the history, the
// questions: about 20 KB of a 23 KB view), and serialising it for each team was most of the cost of a
// session's last reveal. (The facilitator's debrief is the history and questions alone: its view holds
// every table already.)
import { Decoder, Encoder, type Packet, PacketType } from 'socket.io-parser'
import { droppingAttachments } from './dropped-attachments'
import { shallowDecoder } from './packet-depth'

// Keyed by the debrief object itself: a broadcast shares one among its views, and the next builds anew.
const serialised = new WeakMap<object, string>()
const jsonOf = (o: object): string => {
  let json = serialised.get(o)
  if (json === undefined) {
    json = JSON.stringify(o)
    serialised.set(o, json)
  }
  return json
}

/** A pushed view: an event without an ack, on the main namespace, with one object. */
function pushedView(packet: Packet): { debrief?: unknown; [field: string]: unknown } | undefined {
  if (packet.type !== PacketType.EVENT || packet.nsp !== '/' || packet.id !== undefined) return undefined
  const [event, view, ...more] = Array.isArray(packet.data) ? packet.data : []
  if (event !== 'view' || more.length > 0 || typeof view !== 'object' || view === null) return undefined
  return view
}

class ViewEncoder extends Encoder {
  /**
   * The same text as socket.io's encoder. Views are plain JSON (views.ts builds them from the session's
   * data), so socket.io's search for binary attachments is skipped for them; a debrief is spliced in from
   * the cache, after the view's other fields in order (views.ts puts it last). Every other packet is socket.io's.
   */
  override encode(packet: Packet): string[] {
    const view = pushedView(packet)
    if (!view) return super.encode(packet)
    const { debrief, ...fields } = view
    if (typeof debrief !== 'object' || debrief === null)
      return [`${PacketType.EVENT}["view",${JSON.stringify(view)}]`]
    const head = JSON.stringify(fields)
    const open = head.length > 2 ? `${head.slice(0, -1)},` : '{'
    return [`${PacketType.EVENT}["view",${open}"debrief":${jsonOf(debrief)}}]`]
  }
}

/** The encoder, with socket.io's own decoder. */
export const viewParser = { Encoder: ViewEncoder, Decoder }

/**
 * For `new Server(http, { parser: serverParser(log) })`: the encoder, and a decoder that refuses a packet
 * nested too deep before it is parsed (packet-depth.ts) and keeps no binary attachment (dropped-attachments.ts).
 */
export const serverParser = (log: (message: string) => void) => ({
  Encoder: ViewEncoder,
  Decoder: droppingAttachments(shallowDecoder(log)),
})
