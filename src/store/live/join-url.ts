// The address teams open to join, as the dashboard shows it. A server that took a session over from a dead one
// never saw the address its facilitator opened, and sends the link relative (`/#/join/CODE`): a QR code of that
// leads nowhere. It is made whole here with this page's own origin, the one the server would have used.

/** `joinUrl` as sent, if absolute; else the same path on `origin` (the page's, by default). */
export function absoluteJoinUrl(joinUrl: string, origin: string = pageOrigin()): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(joinUrl)) return joinUrl
  try {
    return new URL(joinUrl, `${origin}/`).href
  } catch {
    return joinUrl
  }
}

// The scheme and host alone, as the server builds its links (src/server/transport.ts): never this page's path.
function pageOrigin(): string {
  try {
    return window.location.origin
  } catch {
    return ''
  }
}
