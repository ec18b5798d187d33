// What the servers tell an operator's log collector: one line of JSON per session event, with the session's
// join code and what happened, selected field by field, so that no token, token hash, browser id, team name
// or unrevealed decision can ever reach it.
import type { SessionEvent } from '../live'

export function eventLine(code: string, e: SessionEvent): string {
  const line = { time: new Date(e.at).toISOString(), session: code, event: e.kind }
  switch (e.kind) {
    case 'joined':
      return JSON.stringify({ ...line, team: e.team.id, table: e.team.table })
    case 'readmit-opened':
      return JSON.stringify({ ...line, team: e.team, expiresAt: new Date(e.expiresAt).toISOString() })
    case 'removed':
    case 'rejoined':
      return JSON.stringify({ ...line, team: e.team })
    case 'submitted':
      return JSON.stringify({ ...line, round: e.round, team: e.team })
    case 'revealed':
      return JSON.stringify({ ...line, round: e.round, why: e.why })
    case 'extended':
      return JSON.stringify({ ...line, seconds: e.seconds })
    case 'released':
      return JSON.stringify({ ...line, inject: e.inject })
    case 'created':
      return JSON.stringify({ ...line, scenario: e.scenario.file, format: e.settings.format.kind })
    case 'started':
    case 'closed':
    case 'paused':
    case 'resumed':
    case 'ended':
      return JSON.stringify(line)
  }
}
