// The live exercise's public face: a pure model of sessions (events, rules, views) shared by the
// workshop server and the browser's pass-the-device mode, with no I/O. protocol.ts is the wire contract.

export { facilitatorBrief, teamBrief } from './briefs'
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
export { decideReadmit, decideRejoin, type RejoinRequest } from './rejoin'
export {
  ENGLISH_RESULTS_WORDS,
  type Results,
  type ResultsWords,
  resultsCsv,
  resultsOf,
} from './results'
export {
  type ResultsFile,
  type ResultsLanguage,
  resultsFile,
  resultsFileOf,
  withoutCitations,
} from './results-file'
export { resultsIn } from './results-in-language'
export type { Format, Session, SessionId, Settings, Table, Team, TeamId } from './types'
export {
  type ConnectionLookup,
  facilitatorView,
  lobbyView,
  type OutcomeLookup,
  teamDebrief,
  teamView,
} from './views'
export { outcomesShown, withOutcomes } from './with-outcomes'
export { submissionsNotice, withSubmissions } from './with-submissions'
