// What the workshop shows beside a draft: its problems and warnings, and once it is valid the engine's play-test
// (verdict, moves, outcomes, warnings, the game beside history) and, when asked, a chosen role's game. It runs in
// a worker (draft-worker.ts), so a long file or a slow solve never holds the editor; the result is plain data:
// the play-test's as the engine gives it (decisions, rule ids, indicators), which the screen words in the
// reader's language without the engine, as it does a role played beside it.
import {
  compareWithHistory,
  type Decision,
  formatDecision,
  GAME_TEMPERATURE,
  type HistoryComparison,
  INDICATORS,
  type Move,
  type PlayResult,
  type PlaytestWarning,
  parseDecision,
  play,
  playtest,
  type Verdict,
  type VerdictStatus,
} from '../engine'
import { factsOf } from '../scenario/set-fact'
import type { ActorId, FactPath, Indicator, Problem, Scenario } from '../scenario/types'
import { FACT_PATHS } from '../scenario/vocabulary'
import { checkScenarioText } from './imported-kit'

export interface DraftRequest {
  readonly text: string
  readonly file: string
  /** A role to play beside the text, with its seed and the decisions made so far (in notation). */
  readonly play?: { readonly role: string; readonly seed: number; readonly decisions: readonly string[] }
}

export interface PlaytestView {
  readonly scenario: Scenario
  readonly verdict?: Verdict
  /** Each move: who decided what, at which stage. */
  readonly moves: readonly Pick<Move, 'stage' | 'actor' | 'decision'>[]
  readonly outcomes?: readonly {
    readonly indicator: Indicator
    readonly median: number
    readonly p10: number
    readonly p90: number
  }[]
  /** Why the engine could not play the scenario to its end, when it could not (the engine's English). */
  readonly invalid?: string
  readonly warnings: readonly PlaytestWarning[]
  /** The engine's game beside the record, for a historical file. */
  readonly history: HistoryComparison | undefined
  /** The facts the text writes as numbers, where sliders can move them. */
  readonly facts: Partial<Record<FactPath, number>>
}

export interface PlayView {
  readonly role: string
  readonly seed: number
  /** The decisions that still fit the game, in notation: those that no longer do are dropped. */
  readonly decisions: readonly string[]
  readonly moves: readonly { readonly actor: ActorId; readonly decision: Decision; readonly mine: boolean }[]
  readonly pending?: {
    readonly options: readonly { readonly notation: string; readonly decision: Decision }[]
  }
  readonly verdict?: VerdictStatus
}

export type DraftCheck =
  | {
      readonly text: string
      readonly ok: false
      readonly problems: readonly Problem[]
      readonly warnings: readonly Problem[]
    }
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
  if (!loaded.ok) return { text, ok: false, problems: loaded.problems, warnings: loaded.warnings }
  const scenario = loaded.value
  const test = playtest(scenario)
  const played = request.play && playRole(scenario, request.play)
  return {
    text,
    ok: true,
    warnings: loaded.warnings,
    playtest: {
      scenario,
      ...reportOf(scenario, test.result),
      warnings: test.warnings,
      facts: factsOf(text, FACT_PATHS),
    },
    ...(played ? { play: played } : {}),
  }
}

function reportOf(
  scenario: Scenario,
  result: PlayResult,
): Omit<PlaytestView, 'scenario' | 'warnings' | 'facts'> {
  const moves = result.moves.map(({ stage, actor, decision }) => ({ stage, actor, decision }))
  switch (result.status) {
    case 'finished': {
      const { verdict, outcomes, course, contingent } = result.report
      return {
        moves,
        verdict,
        outcomes: INDICATORS.map((indicator) => ({ indicator, ...pick(outcomes[indicator]) })),
        history: compareWithHistory(scenario, course, contingent),
      }
    }
    case 'invalid':
      return { moves, invalid: result.message, history: undefined }
    case 'awaiting':
      return { moves, history: undefined }
  }
}

const pick = ({ median, p10, p90 }: { median: number; p10: number; p90: number }) => ({ median, p10, p90 })

/** A role played beside the text: the decisions made so far, as far as they still fit the edited scenario. */
function playRole(scenario: Scenario, setup: NonNullable<DraftRequest['play']>): PlayView | undefined {
  const role = scenario.roles.find((r) => r.id === setup.role)
  if (!role) return undefined
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
    moves: result.moves.map((m) => ({ actor: m.actor, decision: m.decision, mine: m.by === 'player' })),
    ...(result.status === 'awaiting'
      ? {
          pending: {
            options: result.pending.options.map((o) => ({ notation: formatDecision(o), decision: o })),
          },
        }
      : {}),
    ...(result.status === 'finished' ? { verdict: result.report.verdict.status } : {}),
  }
}
