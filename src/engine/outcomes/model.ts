// The outcome model: each indicator as a sum of named contributions, from the facts and the course taken.
// Written once against a sink, so the solver, the Monte Carlo and the debrief share it.
import { clamp } from '../clamp'
import type { Course, Deployment } from '../decisions/types'
import type { ModelContext } from './context'
import { deploymentOf, TROOPS, WEIGHT } from './deployment'
import { falsity } from './falsity'
import { exposureOf, helpOf, type Latent, lastingWeight, presenceOf } from './force-effects'
import { INDICATOR_INDEX as I } from './indicators'

export { type Latent, MEAN_LATENT } from './force-effects'

/**
 * Where the contributions go: summed into the indicators, or kept with their labels for the debrief. An object
 * with a method rather than a callback: a call site that has seen more than one function stops inlining it,
 * and every number it then passes is boxed on the heap, while a method call on two kinds of sink still inlines.
 */
export interface Sink {
  add(indicator: number, value: number, label: string): void
}

const clamp01 = (x: number): number => clamp(x, 0, 1)

/** What a refusal, aid, or Moscow acting alone cost the alliance, by how plainly the treaty applied. */
const SIDELINED = {
  refused: { eligible: -20, contested: -10, 'not-eligible': -4 },
  aid: { eligible: -12, contested: -6, 'not-eligible': -2 },
  bilateral: { eligible: -14, contested: -7, 'not-eligible': -3 },
} as const

/**
 * Emits every contribution to every indicator except China's satisfaction (see evaluate.ts). A caller that
 * evaluates one course many times (the Monte Carlo, a leaf's indicators and utilities) passes its deployment.
 */
export function emitOutcomes(
  ctx: ModelContext,
  course: Course,
  latent: Latent,
  sink: Sink,
  d: Deployment = deploymentOf(course),
): void {
  const f = ctx.facts
  const { regimeThreat: R, armedViolence: V } = f.threat
  const { commitments: C, legitimacy: L } = f.moscow
  const request = course.request?.kind === 'request' ? course.request : undefined
  const verdict = request ? ctx.verdictFor[request.framing] : ctx.verdictFor.hypothetical
  const out = stayedOut(course)
  const help = helpOf(f, d, latent, out)
  const exposure = exposureOf(f, d)
  const threat = clamp01(R + latent.momentum)
  const internal = f.adversary.kind === 'internal'
  const state = f.adversary.kind === 'outsider' || f.adversary.kind === 'partner-of-russia'
  // A revolt against the government is a contest for power, which every show of Moscow's backing, or of its
  // absence, tips: asking and being turned away tells a government's rivals that Moscow will not save it.
  const political = f.threat.kind === 'unrest' && internal
  const rho = d.kind === 'deployed' ? ctx.russianShare[d.unit] : 0
  const presence = presenceOf(d, rho)

  sink.add(I.regimeStability, 90, 'where a government starts in calm times')
  sink.add(I.regimeStability, -70 * threat, 'the threat to the government')
  sink.add(I.sovereignty, 60, 'where a member starts')
  sink.add(I.russianInfluence, 50, 'where Russia starts')
  sink.add(I.allianceCredibility, 45, 'where the alliance starts')
  sink.add(I.westRelations, 55, 'where relations start')
  sink.add(I.escalationRisk, 60 * clamp01(V + latent.momentum), 'the fighting itself')
  sink.add(I.militaryStrain, 10 + 40 * C, "Russia's commitments elsewhere")
  // Between two members Moscow and the secretariat press both to stop, asked or not (Article 1): Kyrgyzstan
  // and Tajikistan agreed a ceasefire in April 2021 as the Secretary General called for one.
  if (f.adversary.kind === 'member') sink.add(I.escalationRisk, -5 * V, 'the allies press both sides to stop')

  if (request) {
    sink.add(I.sovereignty, -3, 'asking Moscow for help')
    sink.add(
      I.westRelations,
      -12 * falsity(f, request.framing),
      request.framing === 'internal-unrest'
        ? 'playing down an attack from outside'
        : 'blaming foreign plotters without proof',
    )
  } else {
    const idle =
      ctx.verdictFor.hypothetical === 'eligible' ? 10 : ctx.verdictFor.hypothetical === 'contested' ? 5 : 3
    sink.add(I.allianceCredibility, -idle * V, 'a crisis in which the alliance was not even asked')
  }

  if (help.total > 0) {
    sink.add(I.regimeStability, 70 * threat * help.total, helpLabel(help.signal, help.relief))
    // Influence bought by helping a government is worth what Moscow trusts that government to stay its partner.
    sink.add(I.russianInfluence, 15 * help.total * threat * L, 'Moscow as the rescuer')
  }

  switch (d.kind) {
    case 'none':
      if (d.why === 'refused') {
        if (political)
          sink.add(I.regimeStability, -15 * threat, 'its rivals see that Moscow will not save it')
        sink.add(I.russianInfluence, -8 * R * L, 'Moscow would not help a partner')
        sink.add(I.allianceCredibility, SIDELINED.refused[verdict], 'a request turned down')
        if (state) sink.add(I.escalationRisk, 6 * V, 'the attacker sees that no help is coming')
      } else if (d.why === 'blocked') {
        sink.add(I.russianInfluence, -4 * R * L, 'the allies would not follow Moscow')
        sink.add(I.allianceCredibility, -15, 'the Council divided')
      }
      break
    case 'aid':
      if (political)
        sink.add(I.regimeStability, -7 * threat, 'its rivals see that Moscow sends talk, not troops')
      sink.add(I.sovereignty, -1, 'advisers and equipment from Moscow')
      sink.add(I.allianceCredibility, SIDELINED.aid[verdict], 'talks and aid, but no troops')
      // Against an outside attacker, talks without troops show that no force is coming.
      if (state) sink.add(I.escalationRisk, 4 * V, 'the attacker sees that no force is coming')
      break
    case 'deployed': {
      const weight = WEIGHT[d.unit]
      const bilateral = d.channel === 'bilateral'
      // An alliance's flag is cover: one power's troops alone read as an occupation, to the host's citizens and
      // to its neighbours (Šutanovac on the "formal political legitimacy" the coalition gave Moscow in 2022).
      const cover = bilateral ? 2 : 1
      if (internal && d.mission !== 'observe')
        sink.add(
          I.regimeStability,
          -(d.mission === 'guard-sites' ? 3 : 10) * weight * cover,
          'a foreign force among its citizens',
        )
      sink.add(
        I.sovereignty,
        -35 * presence * (bilateral ? 1.6 : 1),
        bilateral ? 'a Russian garrison outside any alliance' : 'foreign troops on its soil',
      )
      if (bilateral)
        sink.add(I.russianInfluence, -(4 + 20 * weight), 'neighbours alarmed by Moscow acting alone')
      // Presence buys leverage only with a government that will stay Moscow's partner.
      const lasting = WEIGHT[d.unit] * rho * lastingWeight(d.days)
      sink.add(I.russianInfluence, 25 * lasting * (0.25 + 0.75 * L), 'Russian troops in the country')
      sink.add(I.russianInfluence, -10 * weight * R * (1 - L), 'tied to a government Moscow doubts')
      // Moscow courts Baku and Tashkent too: troops sent against a partner cost it that partner (The Diplomat 2022).
      if (f.adversary.kind === 'partner-of-russia')
        sink.add(
          I.russianInfluence,
          d.mission === 'observe' ? -2 : -(10 + 20 * weight),
          'turning on a partner of Moscow',
        )
      if (bilateral)
        sink.add(I.allianceCredibility, SIDELINED.bilateral[verdict], 'Moscow acted without the alliance')
      else {
        sink.add(I.allianceCredibility, 5 + 25 * help.total, 'the alliance delivered')
        if (verdict === 'contested')
          sink.add(I.allianceCredibility, -6, 'acting on a contested reading of the treaty')
        if (request && request.framing !== 'internal-unrest')
          sink.add(I.allianceCredibility, -10 * falsity(f, request.framing), 'acting on a pretext')
        if (out > 0) sink.add(I.allianceCredibility, -6 * out, 'members that stayed out')
      }
      sink.add(I.westRelations, -15 * presence * (bilateral ? 1.5 : 1), 'Russian troops in the region')
      sink.add(I.westRelations, -10 * exposure, 'bloodshed')
      sink.add(I.escalationRisk, -35 * V * help.relief, 'violence contained')
      sink.add(I.escalationRisk, 45 * exposure, 'troops in the line of fire')
      if (
        d.mission === 'combat' &&
        (f.adversary.kind === 'partner-of-russia' || f.adversary.kind === 'outsider')
      )
        sink.add(I.escalationRisk, 25 * weight, 'war with a foreign state')
      const russianTroops = (TROOPS[d.unit] * rho) / TROOPS['rapid-reaction']
      // Units readied, flown and held in reserve cost capacity however short the stay, the more so when
      // Russia's forces are needed elsewhere (Ukraine in January 2022; Libman and Davidzon 2023).
      sink.add(
        I.militaryStrain,
        60 * russianTroops * (0.6 + 0.4 * Math.min(1, d.days / 90)) * (0.4 + 1.2 * C),
        'the deployment',
      )
      sink.add(I.militaryStrain, 40 * exposure * rho, 'casualties')
      // Any deployment takes airlift, command attention and ready units. Massing forces, Russia could still spare
      // a brigade (Kazakhstan, January 2022); at war, even a small one pulls units from the front (Armenia,
      // September 2022, during the Kharkiv counteroffensive): the cost climbs steeply as commitments near full.
      if (d.unit !== 'observers') sink.add(I.militaryStrain, 15 * C ** 4, 'units pulled from other fronts')
      break
    }
  }

  emitReaction(ctx, course, d, threat, presence, sink)
}

function helpLabel(signal: number, relief: number): string {
  if (relief === 0) return signal > 0.1 ? "allies' backing shown to rivals" : 'help short of troops'
  return signal >= relief ? "allies' backing shown to rivals, and forces freed" : "the force's relief"
}

/**
 * China's word. An endorsement lends a government and an operation legitimacy (Xi to Tokayev, 7 January 2022);
 * a warning backs the member's independence and tells Moscow that Beijing minds a large or lasting footprint:
 * Libman and Davidzon's point that China kept the Kazakh operation symbolic. Both weigh as far as China has
 * stakes in the country; a warning costs Moscow more the larger and longer its presence.
 */
function emitReaction(
  ctx: ModelContext,
  course: Course,
  d: Deployment,
  threat: number,
  presence: number,
  sink: Sink,
): void {
  const f = ctx.facts
  const S = f.china.stakes
  switch (course.reaction?.kind) {
    case 'endorse':
      // Beijing backs governments against what it calls colour revolutions and terrorism, not one state against another.
      if (f.adversary.actor === undefined) sink.add(I.regimeStability, 6 * S * threat, "China's backing")
      if (d.kind === 'deployed' && d.channel === 'alliance')
        sink.add(I.allianceCredibility, 3, "China's blessing")
      sink.add(I.russianInfluence, 2 * S, "China's blessing")
      break
    case 'warn':
      sink.add(I.regimeStability, -3 * S, 'its backers divided')
      sink.add(I.sovereignty, 6 * S * (d.kind === 'deployed' ? 1 : 0.3), 'Beijing backs its independence')
      sink.add(I.allianceCredibility, -6 * S, "China's warning")
      sink.add(I.russianInfluence, -(4 + 20 * presence) * S, "China's warning")
      break
    case 'stay-silent':
    case undefined:
      break
  }
}

/** How many members stayed out of the decision on a collective force. */
export function stayedOut(course: Course): number {
  let n = 0
  for (const v of course.votes) if (v.vote.kind === 'abstain') n++
  return n
}
