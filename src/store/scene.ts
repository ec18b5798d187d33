// The resolution as a short scene: the moves as dated dispatches on the crisis's own clock, and the troops that
// land, with who sends them and where they go. The clock is set from the day of its first decision, each stage at
// the hour the scenario gives it (its record), else at the game's own pace of diplomacy.

import type { Contingent, Decision, Move } from '../engine'
import { givesHours, type StageHours, stageHours, VOTE_STEP } from '../scenario/stage-hours'
import type { ActorId, Scenario } from '../scenario/types'
import type { GameView } from './session'

export type Dispatch =
  | { readonly kind: 'move'; readonly at: string; readonly move: Move }
  /** The troops land: the force the game has sent, which the votes fix before the game is over. */
  | {
      readonly kind: 'landing'
      readonly at: string
      /** The answer that sent them: a collective force, or Russia's own troops. */
      readonly response: Extract<Decision, { kind: 'grant' | 'bilateral' }>
      /** What arrives: an observer mission's officers (who watch and report, and are not called troops), or troops. */
      readonly sending: 'observers' | 'troops'
      /** The states whose troops go, the leading member first. */
      readonly from: readonly ActorId[]
      /** How many soldiers (or officers) land. */
      readonly troops: number
      /**
       * How long they are to stay: the days granted. A host that sends them home early does so in a later dispatch;
       * the landing, dated before it, does not know of it.
       */
      readonly days: number
    }

export interface Scene {
  /** What happened before the player's latest decision, already seen. */
  readonly known: readonly Dispatch[]
  /** The player's decision and what follows it, to arrive one by one. */
  readonly arriving: readonly Dispatch[]
  /** Whether the scenario times the stages itself, so the times follow its record where it gives them. */
  readonly recorded: boolean
}

/** The moves before the player's latest decision are known; the decision and everything after it arrive. */
export function sceneOf(view: GameView): Scene {
  const { moves } = view.result
  const hour = stageHours(view.scenario)
  const dispatches: Dispatch[] = []
  let votes = 0
  moves.forEach((move, i) => {
    const hours = move.stage === 'vote' ? hour.vote + VOTE_STEP * votes++ : hour[move.stage]
    dispatches.push({ kind: 'move', at: clock(view.scenario, hours), move })
    const response = landsAfter(view, i)
    if (response && view.sent) dispatches.push(landing(view, response, view.sent, hour))
  })
  const last = moves.findLastIndex((m) => m.by === 'player')
  const from = last === -1 ? 0 : dispatches.findIndex((d) => d.kind === 'move' && d.move === moves[last])
  return {
    known: dispatches.slice(0, from),
    arriving: dispatches.slice(from),
    recorded: givesHours(view.scenario),
  }
}

type Sending = Extract<Decision, { kind: 'grant' | 'bilateral' }>

/** The answer that sends troops, once move `i` is the last one before they go (the Council let it pass). */
function landsAfter(view: GameView, i: number): Sending | null {
  const { moves } = view.result
  const response = moves.find((m) => m.stage === 'response')?.decision
  if (!response || (response.kind !== 'grant' && response.kind !== 'bilateral')) return null
  const move = moves[i]!
  // Russia's own troops go on its word; a collective force once the last vote is in, if none objected.
  if (response.kind === 'bilateral') return move.stage === 'response' ? response : null
  if (move.stage !== 'response' && move.stage !== 'vote') return null
  if (moves.some((m) => m.stage === 'vote' && m.decision.kind === 'object')) return null
  const next = moves[i + 1]
  const last = next
    ? next.stage !== 'vote'
    : view.result.status === 'finished' || view.result.pending.stage !== 'vote'
  return last ? response : null
}

/**
 * The troops' landing, from the force the game has sent: a game that waits for the player after the last vote has
 * sent it already, and names every member in it, as the report will once the game is over.
 */
function landing(view: GameView, response: Sending, sent: Contingent, hour: StageHours): Dispatch {
  return {
    kind: 'landing',
    at: clock(view.scenario, hour.landing),
    response,
    sending: response.kind === 'grant' && response.force === 'observers' ? 'observers' : 'troops',
    from: sent.shares.filter((s) => s.troops > 0).map((s) => s.actor),
    troops: sent.troops,
    days: response.days,
  }
}

/**
 * An hour of the crisis as an ISO date and time, counted from the day of its first decision: a crisis that began
 * days before its request is not asked about on its first day. The hours are the crisis's local time, written as
 * UTC so that every reader's screen shows them alike: the game keeps one clock for every capital.
 */
function clock(scenario: Scenario, hours: number): string {
  const day = scenario.dates.decision ?? scenario.dates.start
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d) + hours * 3_600_000).toISOString()
}
