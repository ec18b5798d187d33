// Binary attachments a client sends are dropped as they arrive, never kept. The protocol has none: a payload is
// JSON, and one holding binary data is refused (transport.ts). socket.io's decoder, though, holds a packet and
// every attachment it has read until the last one comes: up to ten frames of 2 MB, for as long as the client
// keeps its connection open and never sends the last. Thirty connections each holding nine frames took 560 MB of
// the server's memory, and one address may open 500. Here a binary packet is read as soon as its text comes,
// each attachment an empty buffer in its place, and the frames that follow are counted off and dropped.
import type { Decoder } from 'socket.io-parser'

const EMPTY = Buffer.alloc(0)

/** `Base`, reading a binary packet at once with empty attachments and dropping the attachments' frames. */
export function droppingAttachments(Base: typeof Decoder): typeof Decoder {
  return class DroppingAttachments extends Base {
    /** Frames still to come for the last binary packet. */
    private due = 0

    override add(packet: unknown): void {
      if (typeof packet !== 'string') {
        // socket.io's own refusal: binary data with no packet to go with it
        if (this.due === 0) super.add(packet)
        else this.due--
        return
      }
      if (this.due > 0) throw new Error('a packet came before the attachments of the one before it')
      super.add(packet)
      // A binary event (5) or ack (6) names its attachments before a hyphen; super.add has checked the count.
      const type = packet.charAt(0)
      if (type !== '5' && type !== '6') return
      const count = Number(packet.slice(1, packet.indexOf('-')))
      for (let i = 0; i < count; i++) super.add(EMPTY)
      this.due = count
    }
  }
}
