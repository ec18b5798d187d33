// The live session's public face: a pure model of events, rules and views, with no I/O.
export {
  type Command,
  type Decided,
  decide,
  decideJoin,
  type Identity,
  type JoinRequest,
  type Rejection,
} from './decide'
export { type CreatedEvent, encodeEvent, type SessionChange, SessionEvent } from './events'
export {
  computeOutcome,
  knownOutcome,
  missingOutcomes,
  type OutcomeJob,
  outcomeJob,
  outcomeOf,
  rememberOutcome,
} from './outcomes'
export { createSession, reduce } from './reduce'
export { type Results, resultsCsv, resultsOf } from './results'
export type { Format, Session, SessionId, Settings, Table, Team, TeamId } from './types'
export { facilitatorBrief, facilitatorView, type OutcomeLookup, teamBrief, teamView } from './views'
