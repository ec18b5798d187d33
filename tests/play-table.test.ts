// A table with several seats: people decide for the actors they hold, the engine for the rest, by play()'s rule.
import { describe, expect, it } from 'vitest'
import {
  applyDecision,
  type Course,
  type Decision,
  EMPTY_COURSE,
  type EngineMove,
  engineDecision,
  formatDecision,
  play,
  playTable,
  reportOn,
  type Solved,
  type Stage,
  solveScenario,
} from '../src/engine'
import { createRandom, deriveSeed } from '../src/engine/random'
import type { ActorId } from '../src/scenario'
import { fakeScenario } from './fakes'

const scenario = fakeScenario()
const requester = scenario.requester
const noDice = (move: number): number => {
  throw new Error(`move ${move} should not have been rolled for`)
}
const step = (m: { stage: Stage; actor: ActorId; decision: Decision }) =>
  `${m.stage} ${m.actor} ${formatDecision(m.decision)}`
const engineSteps = (moves: readonly EngineMove[]) =>
  moves.map((m) => step({ stage: m.point.stage, actor: m.point.actor, decision: m.decision }))

/**
 * Plays a table to its end: each seat takes the decision `seatDecides` gives it, the engine plays the rest.
 * Returns every move in order, the engine's and the seats', and the final course.
 */
function playToEnd(
  solved: Solved,
  seated: ReadonlySet<ActorId>,
  dice: (move: number) => number,
  seatDecides: (course: Course, options: readonly Decision[]) => Decision,
) {
  const steps: string[] = []
  let course: Course = EMPTY_COURSE
  for (;;) {
    const played = playTable(solved, course, seated, dice)
    steps.push(...engineSteps(played.moves))
    course = played.course
    if (played.status === 'finished') return { steps, course }
    const decision = seatDecides(course, played.pending.options)
    steps.push(step({ stage: played.pending.stage, actor: played.pending.actor, decision }))
    course = applyDecision(course, played.pending, decision)
  }
}

describe('a table with several seats', () => {
  it('waits for the first seated actor with the options play() offers it, having rolled no dice', () => {
    const solved = solveScenario(scenario, 0.1)
    const course = Object.freeze({ votes: Object.freeze([]) })
    const played = playTable(solved, course, new Set([requester]), noDice)
    const single = play(scenario, { seed: 1, temperature: 0.1, player: { actor: requester, decisions: [] } })
    if (single.status !== 'awaiting') throw new Error('play() should wait for the requester')
    expect(played).toEqual({ status: 'awaiting', course, moves: [], pending: single.pending })
  })

  it('with two seats, plays every other actor exactly as play() does', () => {
    const temperature = 0.1
    const solved = solveScenario(scenario, temperature)
    const leader = solved.ctx.leader
    const stages = new Set<Stage>()
    for (let seed = 1; seed <= 12; seed++) {
      // A person plays the requester in play(), asking for the most it can; the engine plays the rest.
      let decisions: Decision[] = []
      let single = play(scenario, { seed, temperature, player: { actor: requester, decisions } })
      while (single.status === 'awaiting') {
        const options = single.pending.options
        decisions = [...decisions, options[options.length - 1]!]
        single = play(scenario, { seed, temperature, player: { actor: requester, decisions } })
      }
      if (single.status !== 'finished') throw new Error(`play() came back ${single.status}`)
      // play() rolls one die for each move the engine makes, in order: give the table the same rolls.
      const random = createRandom(deriveSeed(seed, 1))
      const rolls = new Map(
        single.moves.flatMap((m, n) => (m.by === 'engine' ? [[n, random.next()] as const] : [])),
      )
      // The leader is now a second seat, and decides as the engine did for it in play().
      const table = playToEnd(
        solved,
        new Set([requester, leader]),
        (n) => rolls.get(n)!,
        (course, options) => {
          const own = single.moves[countMoves(course)]!.decision
          expect(options).toContain(own)
          return own
        },
      )
      expect(table.steps).toEqual(single.moves.map(step))
      expect(table.course).toEqual(single.report.course)
      expect(reportOn(solved, table.course, { seed })).toEqual(single.report)
      for (const m of single.moves) stages.add(m.stage)
    }
    // The seeds reach every stage, so the comparison covers the voters and China too.
    expect([...stages].sort()).toEqual(['exit', 'reaction', 'request', 'response', 'vote'])
  })

  it("advances the course by a seat's decision, and plays on to the next seat, then to the end", () => {
    const solved = solveScenario(scenario, 0)
    const china = solved.ctx.china!
    const seated = new Set([requester, china])
    const first = playTable(solved, EMPTY_COURSE, seated, noDice)
    if (first.status !== 'awaiting') throw new Error('the requester should move first')
    const request = first.pending.options.find(
      (o) =>
        o.kind === 'request' && o.framing === 'foreign-backed' && o.help === 'peacekeepers' && o.days === 14,
    )!
    const course = applyDecision(first.course, first.pending, request)
    expect(course).toEqual({ ...EMPTY_COURSE, request })

    const second = playTable(solved, course, seated, () => 0.5)
    expect(second.moves.map((m) => m.point.stage)).toEqual(['response', 'vote', 'vote', 'vote', 'vote'])
    expect(second.course.request).toBe(request)
    if (second.status !== 'awaiting') throw new Error('China should be asked to react')
    expect(second.pending).toMatchObject({ stage: 'reaction', actor: china })

    const warn = second.pending.options.find((o) => o.kind === 'warn')!
    const last = playTable(solved, applyDecision(second.course, second.pending, warn), seated, noDice)
    expect(last).toMatchObject({ status: 'finished', moves: [], course: { request, reaction: warn } })
  })

  it('rolls each move by its number in the game, so however the play is split, the game is the same', () => {
    const solved = solveScenario(scenario, 0.3)
    const dice = (n: number) => createRandom(deriveSeed(99, n)).next()
    const whole = playTable(solved, EMPTY_COURSE, new Set(), dice)
    expect(whole.status).toBe('finished')

    // Seat the leader, let it decide as the engine did in the whole game, then seat nobody.
    const leader = solved.ctx.leader
    const before = playTable(solved, EMPTY_COURSE, new Set([leader]), dice)
    if (before.status !== 'awaiting') throw new Error('the leader should be asked to respond')
    const own = whole.moves[before.moves.length]!
    expect(own.point).toEqual(before.pending)
    const after = playTable(
      solved,
      applyDecision(before.course, before.pending, own.decision),
      new Set(),
      dice,
    )

    expect([...engineSteps(before.moves), ...engineSteps([own]), ...engineSteps(after.moves)]).toEqual(
      engineSteps(whole.moves),
    )
    expect(after.course).toEqual(whole.course)
  })

  it('plays the best reply at temperature 0, whatever the dice say', () => {
    const solved = solveScenario(scenario, 0)
    const best = play(scenario, { seed: 3 })
    if (best.status !== 'finished') throw new Error('play() should finish')
    for (const u of [0, 0.5, 0.999999]) {
      const played = playTable(solved, EMPTY_COURSE, new Set(), () => u)
      expect(engineSteps(played.moves)).toEqual(best.moves.map(step))
      expect(engineDecision(solved, EMPTY_COURSE, u)).toBe(best.moves[0]!.decision)
    }
  })

  it('refuses, loudly, to decide or report on a course in the wrong state', () => {
    const solved = solveScenario(scenario, 0)
    const over = playTable(solved, EMPTY_COURSE, new Set(), () => 0)
    expect(() => engineDecision(solved, over.course, 0)).toThrow(/over/)
    expect(() => reportOn(solved, EMPTY_COURSE, { seed: 1 })).toThrow(/still to decide at the request stage/)
  })
})

/** How many decisions a course holds: the index of the next move. */
const countMoves = (c: Course): number =>
  (c.request ? 1 : 0) + (c.response ? 1 : 0) + c.votes.length + (c.reaction ? 1 : 0) + (c.exit ? 1 : 0)
