// The session model's tests' helpers: a team's view at a fixed time, the round open, a team's submission, and
// one table of four teams started.
import { outcomeOf, type Session, type TeamId, teamView } from '../src/live'
import { Driver, decision, team } from './server-fakes'

/** At a fixed time, so two views differ only in what they show. */
export const view = (d: Driver, id: TeamId) => teamView(d.session, id, outcomeOf, 0)
export const round = (s: Session) => (s.phase.kind === 'deciding' ? s.phase.round : 0)
export const submit = (d: Driver, id: TeamId, text: string) =>
  d.run(team(id), { kind: 'submit', round: round(d.session), decision: decision(text) })

/** Four teams at one table, one per role of Kazakhstan 2022, started. */
export function oneTable() {
  const d = new Driver({ format: { kind: 'one-table' } })
  const [tokayev, kremlin, beijing, yerevan] = ['tokayev', 'kremlin', 'beijing', 'yerevan'].map((role) =>
    d.join(`team ${role}`, { role }),
  ) as [TeamId, TeamId, TeamId, TeamId]
  d.facilitator({ kind: 'start' })
  return { d, tokayev, kremlin, beijing, yerevan }
}
