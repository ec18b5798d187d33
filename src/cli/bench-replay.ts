// npm run bench's last table: what a server pays per logged event to rebuild a session (src/server/replay.ts), the
// time teams wait for after a restart or a takeover. A workshop of 30 teams is played through the same rules as the
// server (decide → reduce), its events encoded as the log stores them; each replay reads them back from that text.
// The scenario is loaded once beforehand, as the server's library keeps it by its text, so the figure is the events'.
import {
  type Command,
  createSession,
  decide,
  decideJoin,
  encodeEvent,
  reduce,
  type Session,
  type SessionChange,
  type SessionId,
} from '../live'
import type { Scenario } from '../scenario'
import { replay } from '../server/replay'

const TEAMS = 30
const REPLAYS = 40

/**
 * The log of a workshop of 30 teams, each a table of its own, ten minutes a round: every round the clock is paused,
 * resumed and extended, every other round an inject is released, each team changes its decision `changes` times
 * before the facilitator reveals. Returns each event as the log stores it.
 */
export function workshopLog(scenario: Scenario, text: string, file: string, changes: number): string[] {
  const created = {
    kind: 'created' as const,
    at: 1_000,
    id: 'bench-session' as SessionId,
    code: 'BENCH2',
    scenario: { file, text },
    settings: {
      format: { kind: 'parallel-whole' as const },
      seed: 7,
      temperature: 0.02,
      autoAdvance: false,
      roundSeconds: 600,
    },
    facilitatorHash: 'facilitator-hash',
  }
  let session: Session = createSession(created, scenario)
  const events: string[] = [encodeEvent(created)]
  let now = created.at
  const apply = (decided: { ok: true; events: SessionChange[] } | { ok: false }) => {
    if (!decided.ok) throw new Error('the bench workshop was refused a command')
    for (const e of decided.events) {
      events.push(encodeEvent(e))
      session = reduce(session, e)
    }
  }
  const facilitator = (command: Command) => apply(decide(session, { kind: 'facilitator' }, command, ++now))
  for (let i = 0; i < TEAMS; i++) apply(decideJoin(session, { name: `Team ${i + 1}` }, `hash-${i}`, ++now))
  facilitator({ kind: 'start' })
  const injects = scenario.injects.map((i) => i.id)
  while (session.phase.kind === 'deciding') {
    const round = session.phase.round
    facilitator({ kind: 'pause' })
    facilitator({ kind: 'resume' })
    facilitator({ kind: 'extend', seconds: 60 })
    const inject = round % 2 === 0 ? injects.shift() : undefined
    if (inject) facilitator({ kind: 'release', inject })
    for (let k = 0; k < changes; k++)
      for (const table of session.tables) {
        if (table.state.kind !== 'deciding') continue
        const { options, team } = table.state.pending
        // Each change differs from the last; the last is the second option, which plays the game on longest.
        const decision = options[(k + 1 === changes ? 1 : k) % options.length]!
        apply(decide(session, { kind: 'team', team }, { kind: 'submit', round, decision }, ++now))
      }
    facilitator({ kind: 'advance' })
  }
  return events
}

/** Rows of the bench's table: per log, its events, the first replay in this process, the median of the next. */
export function replayRows(scenario: Scenario, text: string, file: string): string[][] {
  const rows = [['changes a round', 'events', 'first ms', 'median ms', 'µs per event (median)']]
  for (const changes of [5, 20]) {
    const log = workshopLog(scenario, text, file, changes)
    const once = () => {
      const t = performance.now()
      const replayed = replay(
        log.map((body) => JSON.parse(body) as unknown),
        () => ({ ok: true, scenario }),
      )
      if (!replayed.ok) throw new Error(`the bench workshop does not replay: ${replayed.message}`)
      return performance.now() - t
    }
    const first = once()
    const times = Array.from({ length: REPLAYS }, once).sort((a, b) => a - b)
    const median = times[Math.floor(times.length / 2)]!
    rows.push([
      String(changes),
      String(log.length),
      first.toFixed(1),
      median.toFixed(1),
      ((median * 1000) / log.length).toFixed(1),
    ])
  }
  return rows
}
