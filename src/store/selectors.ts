// What the screens read: slices of the state, and plain views of the engine's results with no arithmetic of the model.
import type { ActorView, Decision, Move, Reason } from '../engine'
import type { Actor, Indicator, Scenario } from '../scenario/types'
import { playRoute } from './game-slice'
import type { LibraryEntry } from './kit'
import { formatHash, type PlayScreen } from './route'
import type { GameView } from './session'
import type { GameStore, LibraryState } from './state'

export const selectRoute = (s: GameStore) => s.route
export const selectLibrary = (s: GameStore) => s.library
export const selectGame = (s: GameStore) => s.game
export const selectView = (s: GameStore) => s.view
export const selectWhatIf = (s: GameStore) => s.whatIf
export const selectNotice = (s: GameStore) => s.notice

/** The link to a screen of the game being played. */
export function hrefFor(s: GameStore, screen: PlayScreen): string {
  return s.game ? formatHash(playRoute(s.game, screen)) : '#/'
}

/** The screens a student can open now: the later ones only once the game has reached them. */
export function openScreens(view: GameView): ReadonlySet<PlayScreen> {
  const open = new Set<PlayScreen>(['briefing'])
  if (view.result.status === 'awaiting') open.add('decide')
  if (view.result.moves.length > 0) open.add('resolve')
  if (view.result.status === 'finished')
    for (const s of ['outcomes', 'debrief', 'what-if'] as const) open.add(s)
  return open
}

/** After the moves arrive: the next decision, or the outcomes when the game is over. */
export const afterResolve = (view: GameView): PlayScreen =>
  view.result.status === 'awaiting' ? 'decide' : 'outcomes'

export function scenarioEntry(library: LibraryState, id: string): Scenario | undefined {
  if (library.status !== 'ready') return undefined
  return library.entries.find((e): e is Extract<LibraryEntry, { ok: true }> => e.ok && e.scenario.id === id)
    ?.scenario
}

/**
 * The moves the resolution screen shows: those before the player's latest decision are known;
 * the player's decision and everything after it arrive one by one.
 */
export function arrivals(moves: readonly Move[]): { known: readonly Move[]; arriving: readonly Move[] } {
  const last = moves.findLastIndex((m) => m.by === 'player')
  const from = last === -1 ? 0 : last
  return { known: moves.slice(0, from), arriving: moves.slice(from) }
}

export function sameDecision(a: Decision, b: Decision): boolean {
  if (a.kind !== b.kind) return false
  if (a.kind === 'request' && b.kind === 'request')
    return a.framing === b.framing && a.help === b.help && a.days === b.days
  if (a.kind === 'grant' && b.kind === 'grant')
    return a.force === b.force && a.mission === b.mission && a.days === b.days
  return true
}

/** What a move was weighed against: the engine's best when it chose otherwise, else its closest alternative. */
export function rivalOf(move: Move): Decision | undefined {
  if (!sameDecision(move.decision, move.best)) return move.best
  return [...move.options]
    .filter((o) => !sameDecision(o.decision, move.decision))
    .sort((a, b) => b.utility - a.utility)[0]?.decision
}

/** The player's decisions that differ from what the engine would have chosen in that seat. */
export const departures = (moves: readonly Move[]): readonly Move[] =>
  moves.filter((m) => m.by === 'player' && !sameDecision(m.decision, m.best))

/** How the player's actor fared against the engine playing every role at its best. */
export function playerStanding(view: GameView): ActorView | undefined {
  if (view.result.status !== 'finished') return undefined
  return view.result.report.actors.find((a) => a.actor === view.role.actor)
}

export interface Concern {
  readonly indicator: Indicator
  readonly weight: number
}

/** What an actor cares about, most first; weights too small to matter are left out. */
export function concernsOf(actor: Actor, limit = 8): readonly Concern[] {
  return (Object.entries(actor.interests) as [Indicator, number][])
    .filter(([, w]) => Math.abs(w) >= 0.05)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, limit)
    .map(([indicator, weight]) => ({ indicator, weight }))
}

/** The reasons worth showing a student: the strongest few. */
export const topReasons = (reasons: readonly Reason[], limit = 3): readonly Reason[] =>
  reasons.slice(0, limit)

/** The actors who moved, in the order they first moved, with their moves. */
export function actorsWhoMoved(moves: readonly Move[]): readonly { actor: string; moves: readonly Move[] }[] {
  const byActor = new Map<string, Move[]>()
  for (const m of moves) byActor.set(m.actor, [...(byActor.get(m.actor) ?? []), m])
  return [...byActor].map(([actor, list]) => ({ actor, moves: list }))
}

/** An actor's display name, falling back to its id for one the scenario does not describe. */
export const actorName = (scenario: Scenario, id: string): string =>
  scenario.actors[id as keyof Scenario['actors']]?.name ?? id

/** Who is who in a scenario, for the map and the library card. */
export interface Cast {
  readonly requester: string
  readonly leader: string | undefined
  /** Members other than the requester and the leader. */
  readonly members: readonly string[]
  readonly adversary: string | undefined
  readonly neighbour: string | undefined
}

export function castOf(scenario: Scenario): Cast {
  const actors = Object.values(scenario.actors)
  const leader = actors.find((a) => a.kind === 'leading-member' && scenario.members.includes(a.id))?.id
  return {
    requester: scenario.requester,
    leader,
    members: scenario.members.filter((m) => m !== scenario.requester && m !== leader),
    adversary: scenario.facts.adversary.actor,
    neighbour: actors.find((a) => a.kind === 'neighbour-power')?.id,
  }
}
