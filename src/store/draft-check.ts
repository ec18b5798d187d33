// What the workshop shows beside a draft: its problems and warnings, and once it is valid the engine's play-test
// (verdict, moves, outcomes, warnings, the game beside history) and, when asked, a chosen role's game. It runs in
// a worker (draft-worker.ts), so a long file or a slow solve never holds the editor; the result is plain data.
import {
  compareWithHistory,
  type Decision,
  describeDecision,
  describeWarning,
  formatDecision,
  GAME_TEMPERATURE,
  type HistoryComparison,
  type PlayResult,
  parseDecision,
  play,
  playtest,
} from '../engine'
import type { Problem, Scenario } from '../scenario/types'
import { checkScenarioText } from './imported-kit'

export interface DraftRequest {
  readonly text: string
  readonly file: string
  /** A role to play beside the text, with its seed and the decisions made so far (in notation). */
  readonly play?: { readonly role: string; readonly seed: number; readonly decisions: readonly string[] }
}

export interface PlaytestView {
  readonly scenario: Scenario
  readonly result: PlayResult
  readonly warnings: readonly string[]
  readonly history: HistoryComparison | undefined
}

export interface PlayView {
  readonly role: string
  readonly seed: number
  /** The decisions that still fit the game, in notation: those that no longer do are dropped. */
  readonly decisions: readonly string[]
  readonly moves: readonly { readonly actor: string; readonly text: string; readonly mine: boolean }[]
  readonly pending?: { readonly options: readonly { readonly notation: string; readonly label: string }[] }
  readonly verdict?: string
}

export type DraftCheck =
  | { readonly text: string; readonly ok: false; readonly problems: readonly Problem[] }
  | {
      readonly text: string
      readonly ok: true
      readonly warnings: readonly Problem[]
      readonly playtest: PlaytestView
      readonly play?: PlayView
    }

export async function checkDraft(request: DraftRequest): Promise<DraftCheck> {
  const { text, file } = request
  const loaded = await checkScenarioText(text, file)
  if (!loaded.ok) return { text, ok: false, problems: loaded.problems }
  const scenario = loaded.value
  const test = playtest(scenario)
  const view: PlaytestView = {
    scenario,
    result: test.result,
    warnings: test.warnings.map((w) => describeWarning(w, scenario)),
    history:
      test.result.status === 'finished'
        ? compareWithHistory(scenario, test.result.report.course, test.result.report.contingent)
        : undefined,
  }
  const played = request.play && playRole(scenario, request.play)
  return { text, ok: true, warnings: loaded.warnings, playtest: view, ...(played ? { play: played } : {}) }
}

/** A role played beside the text: the decisions made so far, as far as they still fit the edited scenario. */
function playRole(scenario: Scenario, setup: NonNullable<DraftRequest['play']>): PlayView | undefined {
  const role = scenario.roles.find((r) => r.id === setup.role)
  if (!role) return undefined
  const name = (id: string) => scenario.actors[id as keyof typeof scenario.actors]?.name ?? id
  const kept: string[] = []
  const decisions: Decision[] = []
  const playAs = (ds: readonly Decision[]) =>
    play(scenario, {
      seed: setup.seed,
      temperature: GAME_TEMPERATURE,
      player: { actor: role.actor, decisions: ds },
    })
  let result = playAs([])
  for (const notation of setup.decisions) {
    const parsed = parseDecision(notation)
    const next = parsed.ok ? playAs([...decisions, parsed.decision]) : undefined
    if (!parsed.ok || !next || next.status === 'invalid') break
    decisions.push(parsed.decision)
    kept.push(notation)
    result = next
  }
  return {
    role: role.id,
    seed: setup.seed,
    decisions: kept,
    moves: result.moves.map((m) => ({
      actor: name(m.actor),
      text: describeDecision(m.decision),
      mine: m.by === 'player',
    })),
    ...(result.status === 'awaiting'
      ? {
          pending: {
            options: result.pending.options.map((o) => ({
              notation: formatDecision(o),
              label: describeDecision(o),
            })),
          },
        }
      : {}),
    ...(result.status === 'finished' ? { verdict: result.report.verdict.status } : {}),
  }
}
