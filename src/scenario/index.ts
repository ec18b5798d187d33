// The scenario boundary's public face: files in, typed frozen objects or plain problems out.

export { checkTranslationFile } from './check-translation'
export { citedIds, sourceNumber, splitCitations, type TextPart } from './citations'
export { type DecodedText, decodeText } from './decode-text'
export { duplicateIds } from './duplicate-ids'
export { MAX_BYTES } from './file-limits'
export { fingerprint } from './fingerprint'
export { formatPath, formatProblem, formatProblems } from './format-problems'
export { GAME_PARTS, type GamePart } from './game-parts'
export { actorJsonSchema, scenarioJsonSchema } from './json-schema'
export { loadCatalog, loadScenario, parseActorFile, parseScenarioFile, resolveScenario } from './load'
export { type Misnamed, misnamedProblem, misnamedTranslation } from './misnamed-translation'
export { recordAsOf, yearsAfter } from './set-in-time'
export { decodeScenario, encodeScenario } from './share-link'
export { translateActor, translateScenario } from './translate'
export type { TranslatedText, Translation } from './translation'
export {
  isTranslationFile,
  LANGUAGES,
  type Language,
  languageOf,
  originalOf,
  translationOf,
} from './translation-files'
export type * from './types'
export {
  ACTOR_KINDS,
  ADVERSARY_KINDS,
  FACT_PATHS,
  FORCES,
  FRAMINGS,
  INDICATORS,
  TERRITORY,
  THREAT_KINDS,
} from './vocabulary'
