// socket.io's own parser, with one change to its encoder: a view's debrief is serialised once per broadcast
// instead of once per audience. At the end of a game each of ten views carries the same debrief (every
// table's game, the history, the questions: about 20 KB of a 23 KB view), and serialising it ten times,
// twice (at the reveal, then with the outcomes), was most of the cost of a session's last reveal.
import { Decoder, Encoder, type Packet, PacketType } from 'socket.io-parser'

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

/** A pushed view (an event without an ack, on the main namespace) that carries a debrief. */
function viewWithDebrief(packet: Packet): { debrief: object; [field: string]: unknown } | undefined {
  if (packet.type !== PacketType.EVENT || packet.nsp !== '/' || packet.id !== undefined) return undefined
  const [event, view, ...more] = Array.isArray(packet.data) ? packet.data : []
  if (event !== 'view' || more.length > 0 || typeof view !== 'object' || view === null) return undefined
  return typeof view.debrief === 'object' && view.debrief !== null ? view : undefined
}

class ViewEncoder extends Encoder {
  /**
   * The same text as socket.io's encoder: its view's fields in order, the debrief last (where views.ts
   * puts it), spliced in from the cache. Views are plain JSON, so socket.io's search for binary
   * attachments, a walk over every field, is skipped for them; every other packet is socket.io's.
   */
  override encode(packet: Packet): string[] {
    const view = viewWithDebrief(packet)
    if (!view) return super.encode(packet)
    const { debrief, ...fields } = view
    const head = JSON.stringify(fields)
    const open = head.length > 2 ? `${head.slice(0, -1)},` : '{'
    return [`${PacketType.EVENT}["view",${open}"debrief":${jsonOf(debrief)}}]`]
  }
}

/** For `new Server(http, { parser: viewParser })`. */
export const viewParser = { Encoder: ViewEncoder, Decoder }
