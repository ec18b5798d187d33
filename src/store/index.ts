// The store's public face, which the screens import with other-pages.ts, its second face for the screens that load on
// demand (biome.json says so); what only those screens use goes there, or the entry carries it. Nothing here loads the
// engine's model or solver: its types pass through, its work runs in a worker, its few values the game's screens show
// come through engine-face.ts with those screens, and a fact is read by the engine's own leaf module (fact-values.ts).
export type {
  ActorView,
  CaseRow,
  Contingent,
  ContributionLabel,
  Decision,
  DecisionPoint,
  Deployment,
  Duration,
  FairScore,
  Force,
  Framing,
  HistoryAspect,
  HistoryComparison,
  HistoryRow,
  IndicatorOutcome,
  Mission,
  Move,
  Outcomes,
  PlaytestWarning,
  Reason,
  Report,
  RuleResult,
  RuleStatus,
  Stage,
  Unit,
  Verdict,
  VerdictStatus,
} from '../engine'
export {
  facilitatorBriefIn,
  facilitatorViewIn,
  lobbyIn,
  teamBriefIn,
  teamViewIn,
} from '../live/in-language'
// The live screens' data, as the workshop server sends it (the live store, in ./live, holds the connection).
export type {
  DebriefView,
  FacilitatorBrief,
  FacilitatorCommandInput,
  FacilitatorView,
  InjectView,
  LobbyView,
  MoveView,
  OutcomeView,
  PhaseView,
  PublicScenario,
  RoleBriefing,
  ScenarioSummary,
  TableView,
  TeamBrief,
  TeamView,
} from '../live/protocol'
export type { TeamId } from '../live/types'
export type {
  Actor,
  ActorId,
  FactPath,
  Facts,
  HistoricalRecord,
  Indicator,
  Problem,
  Role,
  Scenario,
  Source,
} from '../scenario/types'
export {
  DEFAULT_WHAT_IF,
  FACT_PATHS,
  FORCES,
  FRAMINGS,
  INDICATORS,
  MISSIONS,
  type WhatIfFact,
} from '../scenario/vocabulary'
export {
  type FactSwitch,
  type SwitchFact,
  type SwitchValue,
  switchKey,
  type WhatIfItem,
  whatIfItems,
} from '../scenario/what-if-items'
export { connectNetwork, connectServiceWorker, type RegisterServiceWorker } from './app-events'
export {
  selectCasesInLanguage,
  selectLastGoodInLanguage,
  selectLibraryInLanguage,
  selectLiveInLanguage,
  selectPreviewInLanguage,
  selectViewInLanguage,
  selectWaitingForTranslations,
} from './content-language'
export { factValue } from './fact-values'
export { createGameStore, type GameStoreApi } from './game-store'
export { replacesUnsavedDraft, type WorkshopDraft } from './imported-scenarios'
export type { LibraryEntry, Session } from './kit'
export {
  INTL_LOCALE,
  isLanguage,
  LANGUAGE_KEY,
  LANGUAGES,
  type Language,
  languageOfHash,
  withLanguage,
} from './language'
export { selectPageLanguage } from './language-shown'
export { connectManifestLink } from './manifest-link'
export { playRoute } from './play-route'
export { formatHash, LIBRARY, PLAY_SCREENS, type PlayScreen, parseHash, parseSeed, type Route } from './route'
export {
  type Answers,
  clearSave,
  type GameId,
  MAX_NAME,
  SAVE_KEY,
  SAVE_VERSION,
  type SaveStorage,
} from './saved-game'
export type { PreviewEntry, ScenarioPreview } from './scenario-preview'
export { type Dispatch, type Scene, sceneOf } from './scene'
export {
  endedBeforeYourTurn,
  type LuckPart,
  type LuckParts,
  luckParts,
  selectAsRecorded,
} from './score-parts'
export { SCORE_DIGITS, shownScore } from './score-shown'
export * from './selectors'
export type { FactValues, GameView, ReplayedMove, TreatyReading, WhatIfView } from './session'
export type { GameStoreDeps } from './slice'
export type { CasesState, GameStore, LibraryState, Notice, WorkshopState } from './state'
export { selectTurnsInTen, USUAL_TURN } from './turn-chances-slice'
export { connectUrl } from './url-sync'
export { GameStoreProvider, useGame, useGameStore } from './use-game'
export { type ShownVerdict, shownVerdict } from './verdict-shown'
export { idOf, stemOf } from './workshop-slice'
export type { GoodCheck } from './workshop-state'
