// What the screens read: slices of the state, and plain views of the engine's results with no arithmetic of the model.
import type { Decision, Move, Reason } from '../engine'
import type { Scenario } from '../scenario/types'
import type { LibraryEntry } from './kit'
import { findScenario } from './library-slice'
import { answersOf } from './persistence-slice'
import { playRoute } from './play-route'
import { formatHash, type PlayScreen } from './route'
import type { PreviewEntry, ScenarioPreview } from './scenario-preview'
import type { GameView } from './session'
import type { GameStore, LibraryState } from './state'

export const selectRoute = (s: GameStore) => s.route
export const selectLibrary = (s: GameStore) => s.library
export const selectPreview = (s: GameStore) => s.preview
export const selectGame = (s: GameStore) => s.game
export const selectView = (s: GameStore) => s.view
export const selectWhatIf = (s: GameStore) => s.whatIf
export const selectNotice = (s: GameStore) => s.notice
export const selectBusy = (s: GameStore) => s.busy
export const selectEngineError = (s: GameStore) => s.engineError
export const selectReplaying = (s: GameStore) => s.replaying
export const selectOnline = (s: GameStore) => s.online
export const selectUpdate = (s: GameStore) => s.update
export const selectCases = (s: GameStore) => s.cases
/** The student's answers for the game being played (an empty page for another crisis or role). */
export const selectAnswers = (s: GameStore) => answersOf(s)?.texts ?? NO_ANSWERS
const NO_ANSWERS: readonly string[] = []
/** The name and class the student put on the game's debrief, or '' when none. */
export const selectHandInName = (s: GameStore) => answersOf(s)?.name ?? ''

/** What a crisis is ordered by: the day it starts, and its id. */
interface Dated {
  readonly id: string
  readonly dates: { readonly start: string }
}

/**
 * The order every list of scenarios follows, as the compare page's cases do: history as it happened, oldest crisis
 * first (a hypothetical sits where its own dates put it), the id breaking a tie so the order never changes.
 */
export const historyOrder = (a: Dated, b: Dated): number =>
  a.dates.start.localeCompare(b.dates.start) || a.id.localeCompare(b.id)

/** Scenarios in history order (a new list; the one given is left as it is). */
export const inHistoryOrder = <S extends Dated>(scenarios: readonly S[]): S[] =>
  [...scenarios].sort(historyOrder)

/** A list's entries in history order; a file that did not load has no dates, and follows, by its name. */
function entriesInOrder<
  E extends { readonly ok: true; readonly scenario: Dated } | { readonly ok: false; readonly file: string },
>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) =>
    a.ok && b.ok ? historyOrder(a.scenario, b.scenario) : a.ok ? -1 : b.ok ? 1 : a.file.localeCompare(b.file),
  )
}

/**
 * What the library page lists: the bundled crises (their summaries, or the scenarios once here, which are
 * summaries and more) and this browser's own, each in history order, or null while either is still on its way.
 */
export function libraryCards(
  library: LibraryState,
  preview: readonly PreviewEntry[] | null,
): { readonly bundled: readonly PreviewEntry[] | null; readonly imported: readonly LibraryEntry[] | null } {
  if (library.status === 'ready') {
    const { entries } = library
    return {
      bundled: entriesInOrder(entries.filter((e) => !e.imported)),
      imported: entriesInOrder(entries.filter((e) => e.imported)),
    }
  }
  return { bundled: preview && entriesInOrder(preview), imported: preview ? [] : null }
}

/** The scenarios of the library that loaded: none until the library is here. */
const scenariosOf = (library: LibraryState, imported: boolean): Scenario[] =>
  library.status === 'ready'
    ? inHistoryOrder(library.entries.flatMap((e) => (e.ok && !!e.imported === imported ? [e.scenario] : [])))
    : []

/** The scenarios this browser imported that loaded, in history order: none until the library is here. */
export const importedScenarios = (library: LibraryState): Scenario[] => scenariosOf(library, true)

/**
 * The scenarios of the library that loaded, as the library lists them: the bundled ones in history order, then
 * this browser's own, in history order too. None until the library is here.
 */
export const loadedScenarios = (library: LibraryState): Scenario[] => [
  ...scenariosOf(library, false),
  ...scenariosOf(library, true),
]

/**
 * Scenarios known by id only (the bundled ones a workshop server lists, which carry no dates) in the order the
 * library lists them; any the library does not have follow, in the order given.
 */
export function inLibraryOrder<S extends { readonly id: string }>(
  scenarios: readonly S[],
  library: LibraryState,
): S[] {
  const place = new Map(loadedScenarios(library).map((s, i) => [s.id, i]))
  const at = (s: S) => place.get(s.id) ?? Number.MAX_SAFE_INTEGER
  return [...scenarios].sort((a, b) => at(a) - at(b))
}

/**
 * The link to a screen of the game being played. Kept per list of decisions (the same list while a what-if slider
 * moves): the game's bar asks for its seven links after every change to the store, a slider's moves included.
 */
export function hrefFor(s: GameStore, screen: PlayScreen): string {
  const { game } = s
  if (!game) return '#/'
  const links = hrefs.get(game.decisions) ?? new Map<string, string>()
  hrefs.set(game.decisions, links)
  const key = `${game.scenario}/${game.role}/${game.seed}/${screen}`
  const href = links.get(key) ?? formatHash(playRoute(game, screen))
  links.set(key, href)
  return href
}
const hrefs = new WeakMap<readonly string[], Map<string, string>>()

/** The screens a student can open now: the later ones only once the game has reached them. */
export function openScreens(view: GameView): ReadonlySet<PlayScreen> {
  const open = new Set<PlayScreen>(['briefing'])
  if (view.result.status === 'awaiting') open.add('decide')
  if (view.result.moves.length > 0) open.add('resolve')
  if (view.result.status === 'finished')
    for (const s of ['outcomes', 'debrief', 'what-if', 'capitals'] as const) open.add(s)
  return open
}

/** After the moves arrive: the next decision, or the outcomes when the game is over. */
export const afterResolve = (view: GameView): PlayScreen =>
  view.result.status === 'awaiting' ? 'decide' : 'outcomes'

/**
 * What the resolution says comes after its moves: the student's turn, the first of this game when the others move
 * before it (Beijing answers what the alliance did), else its turn again; or the crisis's end.
 */
export const resolveLeadsTo = (view: GameView): 'first-turn' | 'turn-again' | 'end' =>
  view.result.status !== 'awaiting' ? 'end' : view.decisions.length > 0 ? 'turn-again' : 'first-turn'

/**
 * The card of the scenario a saved game is in, from the whole library once it is here and from the first
 * page's previews before, so the way back into a game shows as soon as the crisis cards do.
 */
export function savedGameCard(
  library: LibraryState,
  preview: readonly PreviewEntry[] | null,
  id: string,
): ScenarioPreview | undefined {
  return (
    scenarioEntry(library, id) ??
    preview?.find((e): e is Extract<PreviewEntry, { ok: true }> => e.ok && e.scenario.id === id)?.scenario
  )
}

/** A scenario of the library by its id, once it has come (with the whole library or alone). */
export const scenarioEntry = (library: LibraryState, id: string): Scenario | undefined =>
  findScenario(library, id)

export function sameDecision(a: Decision, b: Decision): boolean {
  if (a.kind !== b.kind) return false
  if (a.kind === 'request' && b.kind === 'request')
    return a.framing === b.framing && a.help === b.help && a.days === b.days
  if (a.kind === 'grant' && b.kind === 'grant')
    return a.force === b.force && a.mission === b.mission && a.days === b.days
  if (a.kind === 'bilateral' && b.kind === 'bilateral') return a.mission === b.mission && a.days === b.days
  return true
}

/** The engine's moves that were not its actor's best: the close seconds the dice chose, which are luck. */
export const deviations = (moves: readonly Move[]): readonly Move[] =>
  moves.filter((m) => m.by === 'engine' && !sameDecision(m.decision, m.best))

/** The player's decisions that differ from what the engine would have chosen in that seat. */
export const departures = (moves: readonly Move[]): readonly Move[] =>
  moves.filter((m) => m.by === 'player' && !sameDecision(m.decision, m.best))

/** A move's reasons as a student weighs them: what spoke for the choice and what against, strongest first. */
export function reasonsOf(
  move: Move,
  limit = 3,
): { readonly pros: readonly Reason[]; readonly cons: readonly Reason[] } {
  return {
    pros: move.reasons.filter((r) => r.effect > 0).slice(0, limit),
    cons: move.reasons.filter((r) => r.effect < 0).slice(0, limit),
  }
}

/** An actor that moved, with its moves. */
export interface ActorMoves {
  readonly actor: string
  readonly moves: readonly Move[]
}

/** The actors who moved, in the order they first moved, with their moves. */
export function actorsWhoMoved(moves: readonly Move[]): readonly ActorMoves[] {
  const byActor = new Map<string, Move[]>()
  for (const m of moves) byActor.set(m.actor, [...(byActor.get(m.actor) ?? []), m])
  return [...byActor].map(([actor, list]) => ({ actor, moves: list }))
}

/** An actor's display name, falling back to its id for one the scenario does not describe. */
export const actorName = (scenario: Pick<ScenarioPreview, 'actors'>, id: string): string =>
  scenario.actors[id]?.name ?? id

/**
 * Who is who in a scenario, for the map and its legend: each actor in one part only, the first it plays of the
 * requester, the adversary, the leader, the other members and the neighbour (the order the map colours them in), so
 * a member at war with the requester is the adversary and not also one of the other members.
 */
export interface Cast {
  readonly requester: string
  readonly adversary: string | undefined
  readonly leader: string | undefined
  /** Members other than the requester, the adversary and the leader. */
  readonly members: readonly string[]
  readonly neighbour: string | undefined
}

export function castOf(scenario: ScenarioPreview): Cast {
  const actors = Object.values(scenario.actors)
  const requester = scenario.requester
  const adversary = scenario.facts.adversary.actor
  const taken = new Set<string | undefined>([requester, adversary])
  const free = (id: string | undefined): string | undefined =>
    id === undefined || taken.has(id) ? undefined : id
  const leader = free(actors.find((a) => a.kind === 'leading-member' && scenario.members.includes(a.id))?.id)
  if (leader) taken.add(leader)
  const members = scenario.members.filter((m) => !taken.has(m))
  for (const m of members) taken.add(m)
  return {
    requester,
    adversary,
    leader,
    members,
    neighbour: free(actors.find((a) => a.kind === 'neighbour-power')?.id),
  }
}

/** What the scenario means a student to learn, as its author stated it, with the parts of a game that speak to each. */
export const objectivesOf = (scenario: Scenario): Scenario['objectives'] => scenario.objectives

/** What the workshop's "Start from" offers: the bundled scenarios, by title, in history order. */
export function startingPoints(
  library: LibraryState,
): readonly { readonly id: string; readonly title: string }[] {
  return scenariosOf(library, false).map((s) => ({ id: s.id, title: s.title }))
}
