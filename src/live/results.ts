// The results a facilitator exports: each table's choices and outcomes beside what really happened,
// as JSON (everything) and as CSV (a row per table and one for history, for a spreadsheet).
import { INDICATORS, type Stage } from '../engine'
import type { MoveView, OutcomeView, TableView } from './protocol'
import type { Session } from './types'
import { facilitatorView, type OutcomeLookup } from './views'

export interface Results {
  readonly session: {
    readonly id: string
    readonly code: string
    readonly scenario: { readonly id: string; readonly title: string }
    readonly settings: Session['settings']
    readonly createdAt: string
    readonly phase: Session['phase']['kind']
  }
  /** The scenario's actors, by which the CSV writes a Council vote's voter by name (in the file's language). */
  readonly actors: readonly { readonly id: string; readonly name: string }[]
  readonly injects: readonly {
    readonly id: string
    readonly title: string
    readonly round: number
    readonly releasedAt: string
  }[]
  readonly tables: readonly TableView[]
  readonly history: Session['base']['history'] | null
}

/** The results, with each finished table's outcome as `outcomes` finds it (outcomeOf computes what is missing). */
export function resultsOf(s: Session, now: number, outcomes: OutcomeLookup): Results {
  const view = facilitatorView(s, '', outcomes, now)
  return {
    session: {
      id: s.id,
      code: s.code,
      scenario: { id: s.base.id, title: s.base.title },
      settings: s.settings,
      createdAt: new Date(s.createdAt).toISOString(),
      phase: s.phase.kind,
    },
    actors: Object.values(s.base.actors).map((a) => ({ id: a.id, name: a.name })),
    injects: s.released.map((r) => ({
      id: r.inject,
      title: s.base.injects.find((i) => i.id === r.inject)?.title ?? r.inject,
      round: r.round,
      releasedAt: new Date(r.at).toISOString(),
    })),
    tables: view.tables.map(({ pending: _, ...table }) => table),
    history: s.base.history ?? null,
  }
}

const STAGES: readonly Stage[] = ['request', 'response', 'vote', 'reaction', 'exit']

/** The words the CSV writes in its values (never in its column names), in the file's language. */
export interface ResultsWords {
  /** An inject a table played under, and the round it came in: `Masimov arrested (round 2)`. */
  readonly injectRound: (title: string, round: number) => string
}

export const ENGLISH_RESULTS_WORDS: ResultsWords = {
  injectRound: (title, round) => `${title} (round ${round})`,
}

export function resultsCsv(r: Results, words: ResultsWords = ENGLISH_RESULTS_WORDS): string {
  // A Council vote names its voter as the scenario does, in the file's language; an unknown id stays as it is.
  const named = (actor: string) => r.actors.find((a) => a.id === actor)?.name ?? actor
  const choice = (m: MoveView): string =>
    m.stage === 'vote' ? `${named(m.actor)} ${m.decision}` : m.decision
  const header = [
    'table',
    'teams',
    ...STAGES.flatMap((stage) => [stage, `${stage}_by`]),
    'verdict',
    'deployment',
    'days',
    'troops',
    ...INDICATORS,
    // Added after the columns above, which keep their names and places for the spreadsheets built on them.
    'injects',
    ...INDICATORS.flatMap((k) => [`${k}_low`, `${k}_high`]),
  ]
  const rows = r.tables.map((t) => [
    String(t.table),
    t.teams.map((team) => team.name).join('; '),
    ...STAGES.flatMap((stage) => {
      const moves = t.moves.filter((m) => m.stage === stage)
      return [moves.map(choice).join('; '), moves.map(by).join('; ')]
    }),
    ...outcomeCells(t.outcome),
    t.injects.map((i) => words.injectRound(i.title, i.round)).join('; '),
    ...bandCells(t.outcome),
  ])
  return [header, ...rows, historyRow(r.history, header, named)]
    .map((row) => row.map(cell).join(','))
    .join('\r\n')
}

const by = (m: MoveView): string =>
  m.by === 'engine' ? 'engine' : `${m.team ?? ''}${m.by === 'stand-in' ? ' (engine stand-in)' : ''}`

function outcomeCells(o: OutcomeView | null): string[] {
  if (!o) return ['', '', '', '', ...INDICATORS.map(() => '')]
  const d = o.deployment
  return [
    o.verdict,
    d.kind === 'deployed' ? d.grant : d.kind === 'aid' ? 'consult' : `none (${d.why})`,
    d.kind === 'deployed' ? String(d.days) : '',
    d.kind === 'deployed' ? String(d.troops) : '',
    ...INDICATORS.map((k) => o.indicators[k].median.toFixed(1)),
  ]
}

/** Each indicator's band as the debrief draws it: 10th and 90th percentiles (the median is the indicator's own column). */
const bandCells = (o: OutcomeView | null): string[] =>
  INDICATORS.flatMap((k) => (o ? [o.indicators[k].p10.toFixed(1), o.indicators[k].p90.toFixed(1)] : ['', '']))

function historyRow(
  h: Results['history'],
  header: readonly string[],
  named: (actor: string) => string,
): string[] {
  const row = header.map(() => '')
  const set = (column: string, value: string) => {
    row[header.indexOf(column)] = value
  }
  set('table', 'history')
  if (!h) return row
  // In the tables' decision notation, as far as the record goes (it never says how many days were asked for).
  set('request', h.requested ? notation('request', h.framing, h.help) : 'no-request')
  set('response', historyResponse(h))
  set(
    'vote',
    [
      ...(h.council?.objected.map((a) => `${named(a)} object`) ?? []),
      ...(h.council?.abstained.map((a) => `${named(a)} abstain`) ?? []),
    ].join('; '),
  )
  set('reaction', h.china === 'silent' ? 'stay-silent' : h.china)
  set('deployment', historyDeployment(h))
  if (h.days !== undefined) set('days', String(h.days))
  if (h.troops) set('troops', `${h.troops.low}-${h.troops.high}`)
  return row
}

/** A decision in notation from the parts the record gives: trailing ones it leaves out are dropped, others written `?`. */
function notation(kind: string, ...parts: readonly (string | number | undefined)[]): string {
  const given = parts.map((p) => (p === undefined ? '?' : String(p)))
  while (given.at(-1) === '?') given.pop()
  return [kind, ...given].join(':')
}

/** Moscow's answer as the tables' response column writes it (`grant:peacekeepers:guard-sites:14`). */
function historyResponse(h: NonNullable<Results['history']>): string {
  switch (h.response) {
    case 'no-request':
      return ''
    case 'refused':
      return 'refuse'
    case 'consultations':
      return 'consult'
    case 'bilateral':
      return notation('bilateral', h.mission, h.days)
    case 'observers':
    case 'peacekeepers':
    case 'rapid-reaction':
      return notation('grant', h.response, h.mission, h.days)
  }
}

/** What went, as the tables' deployment column writes it: the answer that sent troops, `consult`, or `none (why)`. */
function historyDeployment(h: NonNullable<Results['history']>): string {
  if (h.council?.decision === 'blocked') return 'none (blocked)'
  switch (h.response) {
    case 'no-request':
    case 'refused':
      return `none (${h.response})`
    case 'consultations':
      return 'consult'
    default:
      return historyResponse(h)
  }
}

/** RFC 4180 quoting, and a leading apostrophe on anything a spreadsheet would run as a formula (team names are typed by anyone). */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}
