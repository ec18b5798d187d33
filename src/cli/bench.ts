// npm run bench: the cost of a full solve plus a 1,000-run Monte Carlo per scenario, and how it scales.

import { readFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { basename } from 'node:path'
import { EngineMemory, solveScenario } from '../engine'
import { EMPTY_COURSE } from '../engine/decisions/game'
import { solve } from '../engine/decisions/solve'
import { expectedCourse } from '../engine/interests/explain'
import { monteCarlo } from '../engine/outcomes/monte-carlo'
import type { ActorId, Scenario } from '../scenario'
import { readScenario, resolveScenarioPath, scenarioPaths } from '../scenario/files'
import { replayRows } from './bench-replay'
import { uniformTree } from './uniform-tree'

const WARMUP = 30
const SAMPLES = 300

interface Percentiles {
  readonly median: number
  readonly p95: number
}

function percentiles(times: number[]): Percentiles {
  const s = [...times].sort((a, b) => a - b)
  return { median: s[Math.floor(s.length * 0.5)]!, p95: s[Math.floor(s.length * 0.95)]! }
}

/**
 * Each run's milliseconds of wall clock and of CPU. The goals are judged on the wall clock, which is when the
 * answer comes. The CPU clock (`process.cpuUsage`) is the whole process's: it also counts V8's helper threads,
 * which compile and collect beside the main thread, on the other core, and delay no answer; it is printed to
 * compare runs, not judged. On a busy machine the wall clock also counts waiting for a core, so `main` says how
 * much of the machine other processes used meanwhile.
 */
function measure(run: () => void, samples = SAMPLES): { cpu: Percentiles; wall: Percentiles } {
  for (let i = 0; i < WARMUP; i++) run()
  const cpu: number[] = []
  const wall: number[] = []
  for (let i = 0; i < samples; i++) {
    const t = performance.now()
    const c = process.cpuUsage()
    run()
    const used = process.cpuUsage(c)
    wall.push(performance.now() - t)
    cpu.push((used.user + used.system) / 1000)
  }
  return { cpu: percentiles(cpu), wall: percentiles(wall) }
}

/** The machine's cores' busy and total milliseconds so far, and this process's CPU milliseconds. */
function cores(): { busy: number; total: number; own: number } {
  let busy = 0
  let total = 0
  for (const { times } of cpus()) {
    busy += times.user + times.nice + times.sys + times.irq
    total += times.user + times.nice + times.sys + times.irq + times.idle
  }
  const own = process.cpuUsage()
  return { busy, total, own: (own.user + own.system) / 1000 }
}

/** The share of the machine's cores that other processes used since `start`. */
function othersShare(start: ReturnType<typeof cores>): number {
  const end = cores()
  return Math.max(0, end.busy - start.busy - (end.own - start.own)) / (end.total - start.total)
}

/**
 * What a what-if slider costs: solve the scenario, find the engine's course, run the Monte Carlo. The what-if
 * worker lends the engine the memory of its previous position; without `memory` each run allocates its own, as a
 * first game does.
 */
function solveAndSimulate(scenario: Scenario, memory?: EngineMemory): number {
  const solved = solveScenario(scenario, 0, memory)
  monteCarlo(solved.ctx, expectedCourse(solved.ctx, solved, EMPTY_COURSE), 1, 1000, memory)
  return solved.solution.size
}

/** A scenario with `members` members (the requester, Russia and the rest as voters), cloned from a bundled one. */
function withMembers(base: Scenario, members: number): Scenario {
  const leader = base.members.find((m) => base.actors[m]!.kind === 'leading-member')!
  const template = base.actors[base.requester]!
  const voters = Array.from({ length: Math.max(0, members - 2) }, (_, i) => `member-${i + 1}` as ActorId)
  const actors = { ...base.actors }
  for (const id of voters) actors[id] = { ...template, id, name: id }
  return { ...base, members: [base.requester, leader, ...voters], actors }
}

function main(): void {
  const start = cores()
  const table: string[][] = [
    [
      'scenario',
      'states',
      'cpu median ms',
      'cpu p95 ms',
      'wall median ms',
      'wall p95 ms',
      'own memory: wall median / p95',
      'goal: wall p95 ≤ 4 ms',
    ],
  ]
  let base: Scenario | undefined
  let baseStates = 0
  for (const path of scenarioPaths()) {
    const loaded = readScenario(path)
    if (!loaded.ok) {
      process.stderr.write(`skipping ${path}: it does not load (npm run check -- ${path})\n`)
      continue
    }
    const { scenario } = loaded
    const states = solveAndSimulate(scenario)
    // The scaling series grows the largest tree among the bundled scenarios.
    if (!base || states > baseStates) [base, baseStates] = [scenario, states]
    const memory = new EngineMemory()
    const t = measure(() => solveAndSimulate(scenario, memory))
    const own = measure(() => solveAndSimulate(scenario))
    table.push([
      scenario.id,
      String(states),
      t.cpu.median.toFixed(2),
      t.cpu.p95.toFixed(2),
      t.wall.median.toFixed(2),
      t.wall.p95.toFixed(2),
      `${own.wall.median.toFixed(2)} / ${own.wall.p95.toFixed(2)}`,
      t.wall.p95 <= 4 ? 'met' : 'MISSED',
    ])
  }
  print(
    'Full solve plus a 1,000-run Monte Carlo, per bundled scenario, in memory lent from the previous run as the ' +
      'what-if worker lends it (and, for comparison, each run in memory of its own, as a first game)',
    table,
  )

  if (base) {
    const scaling: string[][] = [
      [
        'members',
        'states',
        'cpu median ms',
        'cpu p95 ms',
        'wall p95 ms',
        'µs per state',
        'goal: 8, wall p95 under 16 ms',
      ],
    ]
    for (let members = 2; members <= 8; members++) {
      const scenario = withMembers(base, members)
      const states = solveAndSimulate(scenario)
      const t = measure(() => solveAndSimulate(scenario), 150)
      scaling.push([
        String(members),
        String(states),
        t.cpu.median.toFixed(2),
        t.cpu.p95.toFixed(2),
        t.wall.p95.toFixed(2),
        ((t.cpu.median * 1000) / states).toFixed(2),
        members === 8 ? (t.wall.p95 < 16 ? 'met' : 'MISSED') : '',
      ])
    }
    print(`Scaling with the number of members (cloned from ${base.id}; the engine also plays China)`, scaling)
  }

  const generic: string[][] = [['branching', 'depth', 'states', 'cpu median ms', 'µs per state']]
  for (const [branching, depth] of [
    [2, 6],
    [4, 5],
    [8, 4],
    [12, 4],
    [8, 5],
    [16, 4],
    [24, 4],
  ] as const) {
    const tree = uniformTree(branching, depth)
    let states = 0
    const t = measure(() => {
      const s = solve(tree, 0)
      s.value([])
      states = s.size
    }, 20)
    generic.push([
      String(branching),
      String(depth),
      String(states),
      t.cpu.median.toFixed(2),
      ((t.cpu.median * 1000) / states).toFixed(2),
    ])
  }
  print(
    'Scaling with the option sets (the generic solver on uniform trees): cost per state stays flat',
    generic,
  )
  const path = resolveScenarioPath('kazakhstan-2022')
  const workshop = readScenario(path)
  if (workshop.ok)
    print(
      "Replaying a workshop's log (30 teams, kazakhstan-2022) as a server rebuilds a session at a restart or a takeover",
      replayRows(workshop.scenario, readFileSync(path, 'utf8'), basename(path)),
    )
  const others = othersShare(start)
  process.stdout.write(
    `\nOther processes used ${(others * 100).toFixed(0)}% of the machine's cores meanwhile.\n`,
  )
  if (others > 0.1)
    process.stdout.write(
      'The wall clock above also counts waiting for a core: judge the goals on a run with nothing else running.\n',
    )
}

function print(title: string, rows: string[][]): void {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)))
  process.stdout.write(`\n${title}\n`)
  for (const r of rows)
    process.stdout.write(`  ${r.map((cell, c) => cell.padStart(widths[c]!)).join('   ')}\n`)
}

main()
