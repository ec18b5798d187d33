// The model's mechanisms, stated as laws of direction and checked over every bundled scenario and thousands
// of generated facts: the guard against tuning numbers until the given cases come out right.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type Course,
  type Decision,
  type DecisionPoint,
  EMPTY_COURSE,
  type FactChange,
  REQUEST_OPTIONS,
  RESTRAINT_TOLERANCE,
  type Solved,
  solveScenario,
  TROOPS,
  withFacts,
} from '../src/engine'
import { restrainedBest } from '../src/engine/decisions/choice'
import { applyDecision, nextDecision } from '../src/engine/decisions/game'
import { indicatorsOf, utilitiesOf } from '../src/engine/outcomes/evaluate'
import { MEAN_LATENT } from '../src/engine/outcomes/model'
import type { ActorId, FactPath, Scenario } from '../src/scenario'
import { anyCrisis, share } from './any-crisis'
import { bundledScenarios } from './bundled-scenarios'

const bundled: readonly Scenario[] = bundledScenarios()

const requests = REQUEST_OPTIONS.filter((r) => r.kind === 'request')
const anyRequest = fc.constantFrom(...requests)
const run = { numRuns: Number(process.env.LAW_RUNS ?? 120) }

const TASHKENT = 'uzbekistan' as ActorId

const sendsTroops = (d: Decision): boolean => d.kind === 'grant' || d.kind === 'bilateral'
/** Troop-days of an answer: the size of what Moscow sends, times how long it stays. */
const troopDays = (d: Decision): number =>
  d.kind === 'grant'
    ? TROOPS[d.force] * d.days
    : d.kind === 'bilateral'
      ? TROOPS['russian-force'] * d.days
      : 0

/**
 * A government under real threat. Where there is next to none, troops only cost a government its standing,
 * Moscow would rather not send them, and a block in the Council spares it: there a Moscow that cares more, or
 * a pretext that convinces more members, can make it the more reluctant, and the laws of help do not apply.
 */
const inCrisis = (s: Scenario): boolean => s.facts.threat.regimeThreat >= 0.25

/** The crisis with one fact set to a value. */
const at = (s: Scenario, fact: FactPath, to: number): Scenario => withFacts(s, [{ fact, to }])

/**
 * Moscow's answer to this request: the engine's best reply, every later move played at its best too. The laws
 * speak of these decisions. At the game's temperature each actor sometimes takes a close second, and the odds
 * of Moscow's answers then also follow how the members and China mix theirs; see docs/model.md.
 */
function answer(s: Scenario, request: Decision) {
  const solved = solveScenario(s)
  const course: Course = { ...EMPTY_COURSE, request: request as Course['request'] }
  const node = solved.solution.at(course)
  if (!node) throw new Error('no answer to a request')
  return { chosen: node.moves[node.probabilities.indexOf(1)]! }
}

/**
 * Each grant Moscow could make in answer to this request, by its place among Moscow's options, and every decision
 * after it, each move at its best: where the Council's votes and the members' margins are read.
 */
function afterEachGrant(s: Scenario, request: Decision) {
  const solved = solveScenario(s)
  const course: Course = { ...EMPTY_COURSE, request: request as Course['request'] }
  const node = solved.solution.at(course)!
  return node.moves.flatMap((grant, i) => {
    if (grant.kind !== 'grant') return []
    const steps: { point: DecisionPoint; next: NonNullable<ReturnType<Solved['solution']['at']>> }[] = []
    let c = applyDecision(course, nextDecision(solved.ctx, course)!, grant)
    for (let point = nextDecision(solved.ctx, c); point; point = nextDecision(solved.ctx, c)) {
      const next = solved.solution.at(c)!
      steps.push({ point, next })
      c = applyDecision(c, point, next.moves[next.probabilities.indexOf(1)]!)
    }
    return [{ place: i, steps, index: solved.ctx.index }]
  })
}

/** How the Council votes on each grant Moscow could make: a grant is worth making only if it passes. */
const councilOn = (s: Scenario, request: Decision): string =>
  afterEachGrant(s, request)
    .flatMap(({ place, steps }) =>
      steps
        .filter(({ point }) => point.stage === 'vote')
        .map(
          ({ point, next }) => `${place} ${point.actor} ${next.moves[next.probabilities.indexOf(1)]!.kind}`,
        ),
    )
    .join('; ')

/** Two values of a fact, lower first. */
const ordered = fc.tuple(share, share).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)

describe('trust: Moscow helps governments it trusts', () => {
  // Moscow's own answer. Trust also moves the Council, and a member that minds Russian influence objects the more,
  // the more Moscow trusts the government (the next law): where that turns a vote, Moscow may not grant what would
  // be blocked, and less trust can then leave a grant the likelier (docs/model.md, "Where the model is weak").
  it('less trust in the requester never makes a Russian grant likelier, where the Council would vote alike', () => {
    fc.assert(
      fc.property(anyCrisis, anyRequest, ordered, (s, request, [low, high]) => {
        fc.pre(inCrisis(s))
        const trusted = at(s, 'moscow.legitimacy', high)
        const doubted = at(s, 'moscow.legitimacy', low)
        fc.pre(councilOn(trusted, request) === councilOn(doubted, request))
        if (sendsTroops(answer(doubted, request).chosen))
          expect(sendsTroops(answer(trusted, request).chosen)).toBe(true)
      }),
      run,
    )
  })

  it('the more Moscow trusts the government, the more Tashkent, which minds Russian influence, gains by objecting', () => {
    // A rescued government Moscow trusts is worth more influence to Moscow, and a blocked grant costs Moscow more
    // of it: a member that weighs Russian influence against itself (Uzbekistan, -0.6) sees its objection grow.
    const votesTashkent = (s: Scenario) =>
      Object.values(s.actors).some((a) => a.id === TASHKENT && a.kind === 'member')
    expect(bundled.filter(votesTashkent).length).toBeGreaterThan(0)
    const objection = (s: Scenario, request: Decision): number[] =>
      afterEachGrant(s, request).map(({ steps, index }) => {
        const vote = steps.find(({ point }) => point.actor === TASHKENT)
        if (!vote) return Number.NaN
        const worth = (kind: string) =>
          vote.next.values[vote.next.moves.findIndex((d) => d.kind === kind)]![index.get(TASHKENT)!]!
        return worth('object') - worth('consent')
      })
    let compared = 0
    fc.assert(
      fc.property(anyCrisis.filter(votesTashkent), anyRequest, ordered, (s, request, [low, high]) => {
        const doubted = objection(at(s, 'moscow.legitimacy', low), request)
        const trusted = objection(at(s, 'moscow.legitimacy', high), request)
        doubted.forEach((gap, i) => {
          if (Number.isNaN(gap) || Number.isNaN(trusted[i]!)) return
          compared++
          expect(trusted[i]!).toBeGreaterThanOrEqual(gap - 1e-12)
        })
      }),
      {
        ...run,
        // Most crises never bring a grant to Tashkent's vote at both levels of trust (an earlier member blocks it),
        // so the random ones may compare nothing: this one, the first trust law's counterexample, always does.
        examples: [
          [
            Object.assign(
              withFacts(bundled.find((b) => b.id === 'kyrgyzstan-april-2010')!, [
                { fact: 'threat.armedViolence', to: 0.2 },
                { fact: 'threat.regimeThreat', to: 0.25 },
                { fact: 'threat.outsideEvidence', to: 0.81 },
                { fact: 'moscow.commitments', to: 0 },
                { fact: 'china.stakes', to: 0 },
              ]),
              { [fc.toStringMethod]: () => 'kyrgyzstan-april-2010, the first trust law counterexample' },
            ),
            requests.find((r) => r.framing === 'foreign-backed' && r.help === 'observers' && r.days === 14)!,
            [0, 0.3] as const,
          ],
        ],
      },
    )
    expect(compared).toBeGreaterThan(0)
  })

  it('an internal-unrest request from a government Moscow distrusts is refused by Moscow itself', () => {
    fc.assert(
      fc.property(anyCrisis, fc.double({ min: 0, max: 0.3, noNaN: true }), (s, legitimacy) => {
        const crisis = withFacts(at(s, 'moscow.legitimacy', legitimacy), [
          { fact: 'adversary', to: { kind: 'internal' } },
        ])
        for (const request of requests.filter((r) => r.kind === 'request' && r.framing === 'internal-unrest'))
          expect(sendsTroops(answer(crisis, request).chosen), JSON.stringify(request)).toBe(false)
      }),
      { numRuns: 60 },
    )
  })
})

describe("Russia's other commitments", () => {
  it('more competing commitments never make a bigger or longer force likelier', () => {
    fc.assert(
      fc.property(anyCrisis, anyRequest, ordered, (s, request, [low, high]) => {
        const free = answer(at(s, 'moscow.commitments', low), request).chosen
        const busy = answer(at(s, 'moscow.commitments', high), request).chosen
        expect(troopDays(busy)).toBeLessThanOrEqual(troopDays(free))
      }),
      run,
    )
  })
})

describe('evidence of outside involvement', () => {
  it('stronger evidence never makes a grant less likely', () => {
    fc.assert(
      fc.property(anyCrisis, anyRequest, ordered, (s, request, [low, high]) => {
        fc.pre(inCrisis(s))
        if (sendsTroops(answer(at(s, 'threat.outsideEvidence', low), request).chosen))
          expect(sendsTroops(answer(at(s, 'threat.outsideEvidence', high), request).chosen)).toBe(true)
      }),
      run,
    )
  })
})

describe('a conflict between members', () => {
  it('never gets troops, whatever is asked and whoever decides', () => {
    fc.assert(
      fc.property(anyCrisis, anyRequest, (s, request) => {
        const crisis = withFacts(s, [
          {
            fact: 'adversary',
            to: {
              kind: 'member',
              actor: s.members.find((m) => m !== s.requester && s.actors[m]!.kind === 'member'),
            },
          },
        ])
        const solved = solveScenario(crisis)
        const point = nextDecision(solved.ctx, { ...EMPTY_COURSE, request: request as Course['request'] })
        expect(point?.options.some(sendsTroops)).toBe(false)
      }),
      run,
    )
  })
})

describe("China's stake", () => {
  const large = (d: Decision) => d.kind === 'grant' && d.force === 'rapid-reaction'
  const long = (d: Decision) =>
    sendsTroops(d) && (d.kind === 'grant' || d.kind === 'bilateral') && d.days > 14

  it('a higher Chinese stake never makes a large or a long force likelier', () => {
    fc.assert(
      fc.property(anyCrisis, anyRequest, ordered, (s, request, [low, high]) => {
        const lowStake = answer(at(s, 'china.stakes', low), request).chosen
        const highStake = answer(at(s, 'china.stakes', high), request).chosen
        if (large(highStake)) expect(large(lowStake)).toBe(true)
        if (long(highStake)) expect(long(lowStake)).toBe(true)
      }),
      run,
    )
  })
})

describe('ties', () => {
  it('within the tolerance go to the most restrained option', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (u) => {
          const best = restrainedBest(u)
          const top = Math.max(...u)
          expect(u[best]).toBeGreaterThanOrEqual(top - RESTRAINT_TOLERANCE)
          for (let i = 0; i < best; i++) expect(u[i]).toBeLessThan(top - RESTRAINT_TOLERANCE)
        },
      ),
    )
  })

  it('every engine decision in the solved tree is the restrained best of its options', () => {
    fc.assert(
      fc.property(anyCrisis, (s) => {
        const solved = solveScenario(s)
        let c: Course = EMPTY_COURSE
        for (let p = nextDecision(solved.ctx, c); p; p = nextDecision(solved.ctx, c)) {
          const node = solved.solution.at(c)!
          const chosen = node.probabilities.indexOf(1)
          expect(chosen).toBe(restrainedBest(node.values.map((v) => v[node.actor]!)))
          c = applyDecision(c, p, node.moves[chosen]!)
        }
      }),
      { numRuns: 40 },
    )
  })
})

describe('equal stays', () => {
  it('are judged alike however they were asked for: a long stay cut to two weeks is a two-week stay', () => {
    fc.assert(
      fc.property(anyCrisis, fc.constantFrom('peacekeepers', 'rapid-reaction'), (s, force) => {
        const solved: Solved = solveScenario(s)
        const ctx = solved.ctx
        const framing = 'foreign-backed' as const
        const course = (days: 14 | 90, exit?: 'ask-to-leave'): Course => ({
          request: { kind: 'request', framing, help: force, days },
          response: { kind: 'grant', force, mission: 'guard-sites', days },
          votes: ctx.voters.map((actor) => ({ actor, vote: { kind: 'consent' } })),
          reaction: { kind: 'stay-silent' },
          ...(exit ? { exit: { kind: exit } } : {}),
        })
        const value = (c: Course) => {
          const x = indicatorsOf(ctx, c, MEAN_LATENT, new Float64Array(8))
          return { x: [...x], u: [...utilitiesOf(ctx, c, x)] }
        }
        expect(value(course(90, 'ask-to-leave'))).toEqual(value(course(14)))
      }),
      { numRuns: 60 },
    )
  })
})

describe("the requester's choices", () => {
  /** What a request leads to, with every later move at its best: the course, and the outcomes rounded to points. */
  function answerTo(s: Scenario, request: Decision): string {
    const solved = solveScenario(s)
    let c: Course = { ...EMPTY_COURSE, request: request as Course['request'] }
    for (let p = nextDecision(solved.ctx, c); p; p = nextDecision(solved.ctx, c)) {
      const node = solved.solution.at(c)!
      c = applyDecision(c, p, node.moves[node.probabilities.indexOf(1)]!)
    }
    const x = indicatorsOf(solved.ctx, c, MEAN_LATENT, new Float64Array(8))
    const { request: _asked, ...rest } = c
    return JSON.stringify({ ...rest, outcomes: [...x].map(Math.round) })
  }
  const differ = (s: Scenario, a: Decision, b: Decision) => answerTo(s, a) !== answerTo(s, b)
  const requestsOf = (framing: string, help: string, days: number) =>
    requests.find((r) => r.kind === 'request' && r.framing === framing && r.help === help && r.days === days)!

  type Asked = { readonly framing: string; readonly help: string; readonly days: number }
  const VARIED: readonly (readonly [string, (r: Asked) => Asked])[] = [
    ['framing', (r) => ({ ...r, framing: 'internal-unrest' })],
    ['the help asked for', (r) => ({ ...r, help: 'observers' })],
  ]
  it.each(VARIED)(
    "%s changes Moscow's answer, the votes, China or the outcomes in some bundled crisis",
    (_what, vary) => {
      const changes = bundled.some((s) =>
        requests.some((r) => {
          if (r.kind !== 'request') return false
          const b = vary(r)
          return differ(s, r, requestsOf(b.framing, b.help, b.days))
        }),
      )
      expect(changes).toBe(true)
    },
  )

  it('the length of the stay asked for changes the answer where the threat outlasts a fortnight', () => {
    // An insurgency from across the border, with Russian forces to spare: a season's stay relieves what two weeks cannot.
    const tajikistan = withFacts(bundled.find((s) => s.id === 'tajikistan-border-2027')!, [
      { fact: 'moscow.commitments', to: 0.6 },
    ])
    expect(
      differ(
        tajikistan,
        requestsOf('foreign-backed', 'peacekeepers', 90),
        requestsOf('foreign-backed', 'peacekeepers', 14),
      ),
    ).toBe(true)
  })
})

describe('signal and relief', () => {
  it('a small force helps mainly by the signal it sends; a large one restoring order mainly by relief', async () => {
    const {
      signalOf,
      reliefOf,
      helpTotal,
      MEAN_LATENT: mean,
    } = await import('../src/engine/outcomes/force-effects')
    const kazakhstan = bundled.find((s) => s.id === 'kazakhstan-2022')!.facts
    const deployed = (unit: 'peacekeepers' | 'rapid-reaction', mission: 'guard-sites' | 'restore-order') =>
      ({ kind: 'deployed', channel: 'alliance', unit, mission, days: 14 }) as const
    const helpOf = (d: ReturnType<typeof deployed>) => {
      const [signal, relief] = [signalOf(d), reliefOf(kazakhstan, d, mean)]
      return { signal, relief, total: helpTotal(kazakhstan, signal, relief) }
    }
    const small = helpOf(deployed('peacekeepers', 'guard-sites'))
    const large = helpOf(deployed('rapid-reaction', 'restore-order'))
    expect(small.signal).toBeGreaterThan(small.relief * kazakhstan.threat.armedViolence)
    expect(large.relief * kazakhstan.threat.armedViolence).toBeGreaterThan(large.signal)
    expect(large.total).toBeGreaterThan(small.total)
  })

  it('a large force costs the host more of its independence than a small one, in every crisis', () => {
    fc.assert(
      fc.property(anyCrisis, (s) => {
        const ctx = solveScenario(s).ctx
        const course = (force: 'peacekeepers' | 'rapid-reaction'): Course => ({
          request: { kind: 'request', framing: 'foreign-backed', help: force, days: 14 },
          response: { kind: 'grant', force, mission: 'guard-sites', days: 14 },
          votes: ctx.voters.map((actor) => ({ actor, vote: { kind: 'consent' } })),
          reaction: { kind: 'stay-silent' },
        })
        const sovereignty = (c: Course) => indicatorsOf(ctx, c, MEAN_LATENT, new Float64Array(8))[1]!
        expect(sovereignty(course('rapid-reaction'))).toBeLessThan(sovereignty(course('peacekeepers')))
      }),
      { numRuns: 40 },
    )
  })
})

describe("China's warning", () => {
  it('deters a large force where China has much at stake, while a small one passes', () => {
    const kazakhstan = bundled.find((s) => s.id === 'kazakhstan-2022')!
    const large: Decision = { kind: 'request', framing: 'external-attack', help: 'rapid-reaction', days: 90 }
    // A Kazakhstan on the brink, a Moscow that trusts its government fully and has forces to spare.
    const free: FactChange[] = [
      { fact: 'moscow.commitments', to: 0 },
      { fact: 'threat.regimeThreat', to: 1 },
      { fact: 'threat.armedViolence', to: 1 },
      { fact: 'moscow.legitimacy', to: 1 },
    ]
    const answerAt = (stakes: number) =>
      answer(withFacts(kazakhstan, [...free, { fact: 'china.stakes', to: stakes }]), large).chosen
    expect(answerAt(0)).toMatchObject({ kind: 'grant', force: 'rapid-reaction' })
    expect(answerAt(1)).toMatchObject({ kind: 'grant', force: 'peacekeepers', days: 14 })
    // What deters it: Beijing would warn against the large force, not against the small one.
    const crisis = withFacts(kazakhstan, [...free, { fact: 'china.stakes', to: 1 }])
    const solved = solveScenario(crisis)
    const reactionTo = (response: Decision) => {
      let c: Course = {
        ...EMPTY_COURSE,
        request: large as Course['request'],
        response: response as Course['response'],
      }
      for (let p = nextDecision(solved.ctx, c); p && p.stage === 'vote'; p = nextDecision(solved.ctx, c))
        c = applyDecision(c, p, { kind: 'consent' })
      const node = solved.solution.at(c)!
      return node.moves[node.probabilities.indexOf(1)]!.kind
    }
    expect(reactionTo(answerAt(0))).toBe('warn')
    expect(reactionTo(answerAt(1))).not.toBe('warn')
  })
})

describe('the reasons', () => {
  it('weigh a decision against the most restrained of the near-best rivals, never one that wins on rounding', async () => {
    const { rivalThatMatters } = await import('../src/engine/interests/explain')
    const { REQUEST_OPTIONS } = await import('../src/engine/decisions/options')
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), {
          minLength: REQUEST_OPTIONS.length,
          maxLength: REQUEST_OPTIONS.length,
        }),
        (u) => {
          const options: readonly Decision[] = REQUEST_OPTIONS
          const utility = (d: Decision) => u[options.indexOf(d)]!
          const requests: readonly Decision[] = options.filter((o) => o.kind === 'request')
          const rival = rivalThatMatters(options[0]!, options, utility)!
          const top = Math.max(...requests.map(utility))
          expect(utility(rival)).toBeGreaterThanOrEqual(top - RESTRAINT_TOLERANCE)
          for (const r of requests.slice(0, requests.indexOf(rival)))
            expect(utility(r)).toBeLessThan(top - RESTRAINT_TOLERANCE)
        },
      ),
    )
  })

  it.each(bundled.map((s) => [s.id, s] as const))(
    '%s: every engine decision that was not a tie is explained against the alternative that matters',
    async (_id, s) => {
      const { play } = await import('../src/engine')
      const result = play(s, { seed: 1, runs: 10 })
      for (const m of result.moves) {
        if (m.options.length < 2) continue
        expect(m.against, `${m.actor} at the ${m.stage} stage`).toBeDefined()
        if (Math.abs(m.margin) >= RESTRAINT_TOLERANCE)
          expect(m.reasons.length, `${m.actor} at the ${m.stage} stage`).toBeGreaterThan(0)
      }
    },
  )
})
