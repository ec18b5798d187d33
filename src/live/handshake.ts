// What a client and the server agree on before any message: the protocol's version, how long an answer may take,
// how a crowded address is refused. Apart from protocol.ts, which also brings every message's checks (zod, the
// engine's notation, the scenario loader), so that a seat's page loads these few values and not the checks, which
// only the server runs.

/**
 * The protocol's version. Every client names it in its socket.io handshake (`auth: { protocol }`), and a server
 * refuses a connection that names another or none: a page left open across an upgrade of the server, or a
 * server not yet upgraded, would otherwise meet messages and views of a shape it does not know, and fail
 * somewhere in the game instead of at the door. Raise it whenever what a client sends or what the server
 * sends back changes shape. Version 1 is every client from before versions were sent (3 December 2026); version 4
 * added the numbered sources to `PublicScenario`, so the live screens can number their citation markers, and
 * `waitingFor.turnLeft` to a team's view, so a team's screen no longer works out the game's rules for itself;
 * version 5 lets `advance` name the round it reveals, so two presses at once reveal one round, not two; version 6
 * lets the facilitator readmit a team that lost its device (`facilitator:readmit`, `team:rejoin`, the `replaced`
 * push and a team row's `rejoinUntil`); version 7 gives every view the session's `version`, by which a client
 * keeps the newest of views that came out of order from another server; version 8 tells the facilitator of a
 * submission that does not reveal by the `submitted` notice rather than by its whole view again; version 9 answers
 * `store-unavailable` while the server cannot reach its event log, where it answered `internal`; version 10 lets a
 * join and a rejoin carry the token the client made for its seat, an extension the clock changes it saw (`after`),
 * and gives the facilitator's view `clockChanges`, so that the same change sent again is not applied twice; version
 * 11 lets `session:create` carry the token the facilitator's page made for its seat, so that a create sent again is
 * answered with the session the first attempt made, on whichever server, rather than making a second; version 12
 * answers `unrestorable`, where it answered `internal`, a request naming a logged session this version of the server
 * cannot rebuild, so that the page says the session is saved and what to do, not to try again.
 */
export const PROTOCOL_VERSION = 12

/**
 * The longest a server takes to answer a request, a request it forwards to the server holding the session
 * included (cluster.ts), and one waiting on a database that does not answer (database-pool.ts); past it, it
 * answers that the holder did not answer in time. The browser waits this, and the network's share, before it says
 * the server did not answer (store/live/connection.ts). A change given up on may still be carried out, by a
 * database that answers late, so every change is one that can be sent again without being applied twice
 * (replies.ts, `store-unavailable`).
 */
export const ANSWER_WITHIN_MS = 20_000

/**
 * How the server's refusal at its door begins when one address holds as many connections as it may: engine.io
 * answers 403 with it as the body's `message`, which a page reads to tell a crowded network from a connection
 * refused for another reason (a proxy's 403, say) before socket.io's handshake.
 */
export const TOO_MANY_CONNECTIONS = 'too-many-connections'

/** What a client sends as socket.io's `auth` when it connects: the protocol version it speaks. */
export interface Handshake {
  readonly protocol: number
}

/** The handshake of a client of this build. */
export const HANDSHAKE: Handshake = { protocol: PROTOCOL_VERSION }

/** The `data` of the connect_error a client gets when the server refuses its version. */
export interface VersionRefusal {
  readonly code: 'protocol-version'
  /** The version the server speaks: above the client's, the page should be reloaded. */
  readonly server: number
}
