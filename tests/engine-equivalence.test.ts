// The engine's results, pinned to a committed snapshot: a speed-up must not change a single number.
//
// Every bundled scenario is played by the engine at several temperatures and seeds, and once for each request
// its requester could make; every solved state of its tree is fingerprinted. The snapshot records what main
// computed. When the model itself changes on purpose, regenerate it with
// `npx vitest run tests/engine-equivalence.test.ts -u` and say so in the commit; a change that is only meant
// to be faster must leave it as it is, bit for bit.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  applyDecision,
  type Course,
  EMPTY_COURSE,
  formatDecision,
  type Move,
  nextDecision,
  type PlayResult,
  play,
  playtest,
  type Report,
  type Solved,
  solveScenario,
} from '../src/engine'
import type { Scenario } from '../src/scenario'
import { bundledScenarios } from './bundled-scenarios'

const scenarios: Scenario[] = bundledScenarios()

/** The engine's own games: at temperature 0 the seed moves only the outcome bands. */
const GAMES = [
  { temperature: 0, seed: 1 },
  { temperature: 0.02, seed: 1 },
  { temperature: 0.02, seed: 2 },
  { temperature: 0.02, seed: 3 },
  { temperature: 0.2, seed: 4 },
  { temperature: 0.2, seed: 5 },
] as const
const RUNS = 300

const moveRecord = (m: Move) => ({
  at: `${m.stage} ${m.actor} ${formatDecision(m.decision)} by ${m.by}`,
  best: formatDecision(m.best),
  against: m.against ? formatDecision(m.against) : null,
  margin: m.margin,
  options: m.options.map((o) => [formatDecision(o.decision), o.utility, o.probability]),
  reasons: m.reasons,
})

const reportRecord = (r: Report) => ({
  verdict: {
    status: r.verdict.status,
    text: r.verdict.text,
    rules: r.verdict.rules.map((x) => `${x.rule} ${x.status}`),
  },
  deployment: r.deployment,
  contingent: r.contingent ?? null,
  actors: r.actors,
  outcomes: r.outcomes,
})

const gameRecord = (result: PlayResult) => ({
  status: result.status,
  moves: result.moves.map(moveRecord),
  report: result.status === 'finished' ? reportRecord(result.report) : null,
})

/**
 * Courses with equal futures, written out plainly: once Moscow has answered, the request counts only through its
 * framing, and of the votes only how many voted, how many stayed out, or that one objected.
 */
function future(c: Course): string {
  if (!c.request) return 'root'
  if (c.request.kind === 'request' && !c.response) return formatDecision(c.request)
  const objected = c.votes.some((v) => v.vote.kind === 'object')
  const out = c.votes.filter((v) => v.vote.kind === 'abstain').length
  return [
    c.request.kind === 'request' ? c.request.framing : 'none',
    c.response ? formatDecision(c.response) : '-',
    objected ? 'x' : `${c.votes.length}/${out}`,
    c.reaction?.kind ?? '-',
    c.exit?.kind ?? '-',
  ].join('|')
}

/** Every distinct state's solved node, walked depth first in the options' order, as a hash of its numbers. */
function fingerprint(solved: Solved): { states: number; sha256: string } {
  const seen = new Set<string>()
  const numbers: number[] = []
  const walk = (c: Course): void => {
    const key = future(c)
    if (seen.has(key)) return
    seen.add(key)
    const point = nextDecision(solved.ctx, c)
    const node = solved.solution.at(c)
    if (!point || !node) {
      numbers.push(...solved.solution.value(c))
      return
    }
    node.values.forEach((v, i) => {
      numbers.push(...v, node.probabilities[i]!)
    })
    numbers.push(...node.value)
    for (const option of point.options) walk(applyDecision(c, point, option))
  }
  walk(EMPTY_COURSE)
  // Adding zero makes −0 and 0 the same number: the sign of a zero is no result.
  const bytes = Float64Array.from(numbers, (x) => x + 0)
  return { states: seen.size, sha256: createHash('sha256').update(bytes).digest('hex') }
}

// A fixed amount of work per scenario (two dozen games and three solves), given room for a loaded machine.
/** JSON with a line for each thing below `depth` levels: a changed number shows as a changed line. */
function lines(value: unknown, depth: number, indent = ''): string {
  if (depth === 0 || value === null || typeof value !== 'object') return JSON.stringify(value)
  const inner = `${indent} `
  const items = Array.isArray(value)
    ? value.map((v) => inner + lines(v, depth - 1, inner))
    : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${lines(v, depth - 1, inner)}`)
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}']
  return items.length === 0 ? open + close : `${open}\n${items.join(',\n')}\n${indent}${close}`
}

describe('the engine computes what the snapshot recorded', { timeout: 60_000 }, () => {
  for (const scenario of scenarios)
    it(`for ${scenario.id}`, async () => {
      const solvedAt = new Map<number, Solved>()
      const solvedFor = (temperature: number) => {
        const known = solvedAt.get(temperature)
        if (known) return known
        const solved = solveScenario(scenario, temperature)
        solvedAt.set(temperature, solved)
        return solved
      }
      const games = GAMES.map(({ temperature, seed }) => ({
        temperature,
        seed,
        ...gameRecord(play(scenario, { seed, temperature, runs: RUNS }, solvedFor(temperature))),
      }))
      const requester = scenario.requester
      const point = nextDecision(solvedFor(0).ctx, EMPTY_COURSE)!
      const requests = point.options.map((request) => {
        const result = play(
          scenario,
          { seed: 7, temperature: 0.02, runs: 100, player: { actor: requester, decisions: [request] } },
          solvedFor(0.02),
        )
        const last = result.status === 'finished' ? result.report : undefined
        return {
          request: formatDecision(request),
          moves: result.moves.map((m) => `${m.actor} ${formatDecision(m.decision)} (${m.margin})`),
          actors: last?.actors ?? null,
          expected: last ? Object.values(last.outcomes).map((o) => o.expected) : null,
        }
      })
      const trees = [0, 0.02, 0.2].map((t) => ({ temperature: t, ...fingerprint(solvedFor(t)) }))
      const check = playtest(scenario)
      const record = {
        scenario: scenario.id,
        trees,
        games,
        requests,
        playtest: {
          warnings: check.warnings,
          moves: check.result.moves.map((m) => `${m.actor} ${formatDecision(m.decision)}`),
        },
      }
      await expect(`${lines(record, 4)}\n`).toMatchFileSnapshot(`./engine-equivalence/${scenario.id}.snap`)
    })
})
