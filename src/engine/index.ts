// The rules engine's public face: pure functions from a scenario and a seed to decisions, verdicts and outcomes.
export { CASE_GAME, type CaseRow, compareCases } from './cases'
export { RESTRAINT_TOLERANCE } from './decisions/choice'
export { decidesAgain } from './decisions/decides-again'
export { applyDecision, EMPTY_COURSE, nextDecision } from './decisions/game'
export { formatDecision, parseDecision } from './decisions/notation'
export { REQUEST_OPTIONS } from './decisions/options'
export {
  type BilateralMission,
  type Course,
  type Decision,
  type DecisionPoint,
  type Deployment,
  DURATIONS,
  type Duration,
  describeDecision,
  FORCE_LABEL,
  FORCES,
  type Force,
  FRAMING_LABEL,
  FRAMINGS,
  type Framing,
  MISSION_LABEL,
  MISSIONS,
  type Mission,
  type Stage,
  UNIT_LABEL,
  type Unit,
} from './decisions/types'
export { type FactChange, readFact, withFacts } from './facts'
export {
  compareWithHistory,
  type HistoryAspect,
  type HistoryComparison,
  type HistoryRow,
  inRecordTerms,
  RECORDED_RESPONSE_LABEL,
  type RecordedResponse,
} from './history'
export type { Reason } from './interests/explain'
export { SMALLEST_REASON } from './interests/smallest-reason'
export { EngineMemory } from './memory'
export { type Contingent, TROOPS } from './outcomes/deployment'
export { HIGHER_IS_WORSE, INDICATOR_LABEL, INDICATORS, type Indicator } from './outcomes/indicators'
export type { ContributionLabel } from './outcomes/labels'
export type { Contribution, IndicatorOutcome, Outcomes } from './outcomes/monte-carlo'
export {
  type ActorView,
  type Move,
  type OptionValue,
  type PlayResult,
  type PlaySetup,
  play,
  type Report,
  reportOn,
  solveScenario,
} from './play'
export { describeWarning, type Playtest, type PlaytestWarning, playtest } from './playtest'
export { bestReplyGame, type FairScore, type FinishedGame, fairScore, GAME_TEMPERATURE } from './score'
export { contingentSent, courseAfter } from './sent'
export type { Solved } from './solved'
export { type EngineMove, engineDecision, playTable, type TablePlay } from './table'
export { CLAUSES, type Clause } from './treaty/clauses'
export type { RuleId, RuleResult, RuleStatus } from './treaty/rule-types'
export { type Situation, situationOf, TREATY_TEXT_LABEL, type TreatyText, textInForce } from './treaty/text'
export { evaluateTreaty, type Verdict, type VerdictStatus } from './treaty/verdict'
export { turnChance } from './turn-chance'
