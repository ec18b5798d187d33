// A finished game set beside the historical record, move by move: the backtest, the play-test and the
// debrief all read this one comparison.
import type { HistoricalRecord, Scenario } from '../scenario/types'
import type { Course, Force, Framing, Mission } from './decisions/types'
import type { Contingent } from './outcomes/deployment'
import { deploymentOf } from './outcomes/deployment'

export type RecordedResponse = HistoricalRecord['response']

/**
 * An answer as the comparison shows it: the record's, or `blocked` where nothing went because the Council blocked
 * a collective force (in the record's terms a refusal, which a student read as Moscow refusing).
 */
export type ShownResponse = RecordedResponse | 'blocked'

/** The record's answers in words, for the screens that set a game beside it. */
export const RECORDED_RESPONSE_LABEL: Readonly<Record<ShownResponse, string>> = {
  'no-request': 'no request to answer',
  refused: 'refused',
  blocked: 'a collective force, blocked in the Council; no troops went',
  consultations: 'consultations and aid under Article 2, no troops',
  bilateral: "Russia's own troops, outside the alliance",
  observers: 'an observer mission',
  peacekeepers: 'a peacekeeping contingent',
  'rapid-reaction': 'the rapid reaction forces',
}
export type RecordedReaction = HistoricalRecord['china']

/** What a course amounts to in the record's own terms. */
export interface CourseInRecordTerms {
  readonly requested: boolean
  readonly framing: Framing | undefined
  readonly help: Force | undefined
  readonly response: RecordedResponse
  readonly mission: Mission | undefined
  readonly council:
    | {
        readonly decision: 'agreed' | 'blocked'
        readonly objected: readonly string[]
        readonly abstained: readonly string[]
      }
    | undefined
  readonly days: number | undefined
  readonly china: RecordedReaction | undefined
}

export function inRecordTerms(course: Course): CourseInRecordTerms {
  const request = course.request?.kind === 'request' ? course.request : undefined
  const d = deploymentOf(course)
  const voted = course.response?.kind === 'grant' && course.votes.length > 0
  const by = (kind: string) => course.votes.filter((v) => v.vote.kind === kind).map((v) => v.actor as string)
  const response: RecordedResponse =
    d.kind === 'deployed'
      ? d.unit === 'russian-force'
        ? 'bilateral'
        : d.unit
      : d.kind === 'aid'
        ? 'consultations'
        : d.why === 'no-request'
          ? 'no-request'
          : 'refused'
  return {
    requested: !!request,
    framing: request?.framing,
    help: request?.help,
    response,
    mission: d.kind === 'deployed' ? d.mission : undefined,
    council: voted
      ? {
          decision: by('object').length > 0 ? 'blocked' : 'agreed',
          objected: by('object'),
          abstained: by('abstain'),
        }
      : undefined,
    days: d.kind === 'deployed' ? d.days : undefined,
    china:
      course.reaction === undefined
        ? undefined
        : course.reaction.kind === 'stay-silent'
          ? 'silent'
          : course.reaction.kind,
  }
}

export type HistoryAspect =
  | 'requested'
  | 'framing'
  | 'help'
  | 'response'
  | 'mission'
  | 'council'
  | 'troops'
  | 'days'
  | 'china'

/** One line of the comparison: what the game did, what the record says, and whether they agree. */
export interface HistoryRow {
  readonly aspect: HistoryAspect
  readonly game: string
  readonly record: string
  /** Undefined where the record is silent on the point, or the point did not arise in both. */
  readonly matches: boolean | undefined
}

export interface HistoryComparison {
  readonly rows: readonly HistoryRow[]
  /** The aspects where the game departs from the record. */
  readonly departures: readonly HistoryAspect[]
}

/**
 * Sets a finished course beside the scenario's record. Values are the files' own words (ids and numbers), for
 * the screens and the command line to phrase; troops match when the game's contingent lies in the recorded range.
 */
export function compareWithHistory(
  scenario: Scenario,
  course: Course,
  contingent: Contingent | undefined,
): HistoryComparison | undefined {
  const h = scenario.history
  if (!h) return undefined
  const g = inRecordTerms(course)
  const row = (
    aspect: HistoryAspect,
    game: string,
    record: string,
    matches: boolean | undefined,
  ): HistoryRow => ({
    aspect,
    game,
    record,
    matches,
  })
  const both = <T>(a: T | undefined, b: T | undefined, same: (x: T, y: T) => boolean) =>
    a === undefined || b === undefined ? undefined : same(a, b)
  const council = h.council
  // An observer mission's officers are not the troops the record counts.
  const troops = g.response === 'observers' ? undefined : contingent
  const rows: HistoryRow[] = [
    row('requested', g.requested ? 'yes' : 'no', h.requested ? 'yes' : 'no', g.requested === h.requested),
    row(
      'framing',
      g.framing ?? '-',
      h.framing ?? '-',
      both(g.framing, h.framing, (a, b) => a === b),
    ),
    row(
      'help',
      g.help ?? '-',
      h.help ?? '-',
      both(g.help, h.help, (a, b) => a === b),
    ),
    row('response', shown(g.response, g.council), shown(h.response, council), g.response === h.response),
    row(
      'mission',
      g.mission ?? '-',
      h.mission ?? '-',
      both(g.mission, h.mission, (a, b) => a === b),
    ),
    row(
      'council',
      g.council ? councilText(g.council) : '-',
      council ? councilText(council) : '-',
      both(
        g.council,
        council,
        (a, b) =>
          a.decision === b.decision && sameSet(a.objected, b.objected) && sameSet(a.abstained, b.abstained),
      ),
    ),
    row(
      'troops',
      troops ? String(troops.troops) : '0',
      h.troops
        ? h.troops.low === h.troops.high
          ? String(h.troops.low)
          : `${h.troops.low}-${h.troops.high}`
        : '0',
      h.troops
        ? troops !== undefined && troops.troops >= h.troops.low && troops.troops <= h.troops.high
        : troops === undefined,
    ),
    row(
      'days',
      g.days === undefined ? '-' : String(g.days),
      h.days === undefined ? '-' : String(h.days),
      both(g.days, h.days, (a, b) => a === b),
    ),
    row('china', g.china ?? '-', h.china, g.china === undefined ? undefined : g.china === h.china),
  ]
  return { rows, departures: rows.filter((r) => r.matches === false).map((r) => r.aspect) }
}

/** The answer a comparison row shows: a refusal that the Council's block made is shown as the block. */
const shown = (response: RecordedResponse, council: { decision: string } | undefined): ShownResponse =>
  response === 'refused' && council?.decision === 'blocked' ? 'blocked' : response

const councilText = (c: {
  decision: string
  objected: readonly string[]
  abstained: readonly string[]
}): string =>
  [c.decision, ...c.objected.map((a) => `${a} objected`), ...c.abstained.map((a) => `${a} stayed out`)].join(
    '; ',
  )

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x))
