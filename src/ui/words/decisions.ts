// Decisions in the student's words: what a move does (present, for the dispatches and the timeline), what it did
// (past, for the debrief's reasons), what it would have been (after "rather than"), and the form's labels. The
// sentences are ICU messages choosing their words by the decision's fields, so each language inflects its own.
import type { Decision, Force, Framing, Mission, Stage } from '../../store'
import { troopsGo } from '../../store/engine-face'
import type { Translate } from '../i18n/use-text'

/** The form's labels and the treaty panel's, as message ids. */
export const FORCE_LABEL: Readonly<Record<Force, string>> = {
  observers: 'words.force.observers',
  peacekeepers: 'words.force.peacekeepers',
  'rapid-reaction': 'words.force.rapidReaction',
}
export const MISSION_LABEL: Readonly<Record<Mission, string>> = {
  observe: 'words.mission.observe',
  'guard-sites': 'words.mission.guardSites',
  'restore-order': 'words.mission.restoreOrder',
  combat: 'words.mission.combat',
}
export const FRAMING_LABEL: Readonly<Record<Framing, string>> = {
  'internal-unrest': 'words.framing.internalUnrest',
  'foreign-backed': 'words.framing.foreignBacked',
  'external-attack': 'words.framing.externalAttack',
}

export const STAGE_WORDS: Readonly<Record<Stage, string>> = {
  request: 'words.stage.request',
  response: 'words.stage.response',
  vote: 'words.stage.vote',
  reaction: 'words.stage.reaction',
  exit: 'words.stage.exit',
}

/** ICU select keys are words: 'guard-sites' is read as guardSites. */
export const key = (value: string): string => value.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())

/**
 * The moves of the game a decision is part of, as far as its words need them: China's backing names the help a
 * government receives, and what it was. Without them, the words claim nothing about the rest of the game.
 */
export type GameMoves = readonly { readonly decision: Decision }[]

/**
 * What help reached the government in this game, as China's backing names it: troops, by the engine's rule
 * (troopsGo: Russia's own, or a collective force no member blocked in the Council), consultations with the material
 * aid Article 2 brings, or none (a refusal, a block, no request, or a game not given).
 */
export function helpGiven(game: GameMoves): 'troops' | 'aid' | 'none' {
  const objected = game.some((m) => m.decision.kind === 'object')
  if (game.some((m) => troopsGo(m.decision.kind, objected))) return 'troops'
  return game.some((m) => m.decision.kind === 'consult') ? 'aid' : 'none'
}

/** A decision's fields as a message's values: the sentence picks its words (and their case) from them. */
function values(d: Decision, game: GameMoves): Record<string, string | number> {
  switch (d.kind) {
    case 'request':
      return { help: key(d.help), days: d.days, framing: key(d.framing) }
    case 'grant':
      return { force: key(d.force), mission: key(d.mission), days: d.days }
    case 'bilateral':
      return { mission: key(d.mission), days: d.days }
    case 'endorse':
      return { help: helpGiven(game) }
    default:
      return {}
  }
}

/** What a move does, after its actor's name: "Russia grants a peacekeeping contingent…". */
export const decisionNow = (d: Decision, t: Translate, game: GameMoves = []): string =>
  t(`words.now.${key(d.kind)}`, values(d, game))

/** What a move did: "Russia sent a peacekeeping contingent to guard strategic sites…". */
export const decisionPast = (d: Decision, t: Translate, game: GameMoves = []): string =>
  t(`words.past.${key(d.kind)}`, values(d, game))

/** The road not taken, after "rather than": "…rather than refusing". */
export const decisionInstead = (d: Decision, t: Translate): string =>
  t(`words.instead.${key(d.kind)}`, values(d, []))

/** Kinds whose short words leave out what tells two of them apart: their days, and a request's framing. */
const FULL_INSTEAD: ReadonlySet<Decision['kind']> = new Set(['request', 'grant', 'bilateral'])
const FULL_PAST: ReadonlySet<Decision['kind']> = new Set(['grant', 'bilateral'])

/**
 * The road not taken beside the one taken: in full (its days, a request's framing) when both are of one kind, so a
 * request for 90 days never reads as passed over for "asking for a peacekeeping contingent".
 */
export const decisionInsteadOf = (taken: Decision, instead: Decision, t: Translate): string =>
  taken.kind === instead.kind && FULL_INSTEAD.has(instead.kind)
    ? t(`words.insteadFull.${key(instead.kind)}`, values(instead, []))
    : decisionInstead(instead, t)

/** What a move did, in full when it is set beside a road not taken of its own kind (see decisionInsteadOf). */
export const decisionPastBeside = (
  did: Decision,
  instead: Decision,
  t: Translate,
  game: GameMoves = [],
): string =>
  did.kind === instead.kind && FULL_PAST.has(did.kind)
    ? t(`words.pastFull.${key(did.kind)}`, values(did, game))
    : decisionPast(did, t, game)
