// The contributions that the draws do not change: where each indicator starts, what asking costs, what a force's
// presence, exposure and strain amount to, and China's word apart from its backing of a government. The Monte
// Carlo adds these once per course; drawn.ts has the rest.
import type { Course, Deployment, Request } from '../decisions/types'
import type { VerdictStatus } from '../treaty/verdict'
import type { ModelContext } from './context'
import { stayedOut, WEIGHT } from './deployment'
import { falsity } from './falsity'
import { exposureOf, independenceLoss, lastingWeight, presenceOf } from './force-effects'
import { INDICATOR_INDEX as I } from './indicators'
import type { Sink } from './sink'
import { deploymentStrain } from './strain'

/** What a refusal, aid, or Moscow acting alone cost the alliance, by how plainly the treaty applied. */
const SIDELINED = {
  refused: { eligible: -20, contested: -10, 'not-eligible': -4 },
  aid: { eligible: -12, contested: -6, 'not-eligible': -2 },
  bilateral: { eligible: -14, contested: -7, 'not-eligible': -3 },
} as const

/** Emits every contribution that is the same in every run of the Monte Carlo. */
export function emitSettled(ctx: ModelContext, course: Course, d: Deployment, sink: Sink): void {
  const f = ctx.facts
  const V = f.threat.armedViolence
  const request = course.request?.kind === 'request' ? course.request : undefined
  const verdict = request ? ctx.verdictFor[request.framing] : ctx.verdictFor.hypothetical

  sink.add(I.regimeStability, 90, 'where a government starts in calm times')
  sink.add(I.sovereignty, 60, 'where a member starts')
  sink.add(I.russianInfluence, 50, 'where Russia starts')
  sink.add(I.allianceCredibility, 45, 'where the alliance starts')
  sink.add(I.westRelations, 55, 'where relations start')
  sink.add(I.militaryStrain, 10 + 40 * f.moscow.commitments, "Russia's commitments elsewhere")
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

  if (d.kind === 'deployed') emitForce(ctx, course, d, request, verdict, sink)
  else emitNoForce(ctx, d, verdict, sink)
  emitReaction(ctx, course, d, sink)
}

/**
 * What Moscow's answer cost when no troops went. Each part of the model is its own function: the compiler inlines
 * a sink's method only so many times in one function, and every call it does not inline boxes a number.
 */
function emitNoForce(ctx: ModelContext, d: Deployment, verdict: VerdictStatus, sink: Sink): void {
  const f = ctx.facts
  const { regimeThreat: R, armedViolence: V } = f.threat
  const L = f.moscow.legitimacy
  const state = f.adversary.kind === 'outsider' || f.adversary.kind === 'partner-of-russia'
  switch (d.kind) {
    case 'none':
      if (d.why === 'refused') {
        sink.add(I.russianInfluence, -8 * R * L, 'Moscow would not help a partner')
        sink.add(I.allianceCredibility, SIDELINED.refused[verdict], 'a request turned down')
        if (state) sink.add(I.escalationRisk, 6 * V, 'the attacker sees that no help is coming')
      } else if (d.why === 'blocked') {
        sink.add(I.russianInfluence, -4 * R * L, 'the allies would not follow Moscow')
        sink.add(I.allianceCredibility, -15, 'the Council divided')
      }
      break
    case 'aid':
      sink.add(I.sovereignty, -1, 'advisers and equipment from Moscow')
      sink.add(I.allianceCredibility, SIDELINED.aid[verdict], 'talks and aid, but no troops')
      // Against an outside attacker, talks without troops show that no force is coming.
      if (state) sink.add(I.escalationRisk, 4 * V, 'the attacker sees that no force is coming')
      break
  }
}

/** What a force on the ground costs and buys, whoever sent it, beyond the help it gives (drawn.ts). */
function emitForce(
  ctx: ModelContext,
  course: Course,
  d: Extract<Deployment, { kind: 'deployed' }>,
  request: Request | undefined,
  verdict: VerdictStatus,
  sink: Sink,
): void {
  const f = ctx.facts
  const R = f.threat.regimeThreat
  const { commitments: C, legitimacy: L } = f.moscow
  const rho = ctx.russianShare[d.unit]
  const presence = presenceOf(d, rho)
  const weight = WEIGHT[d.unit]
  const bilateral = d.channel === 'bilateral'
  const exposure = exposureOf(f, d)
  // An alliance's flag is cover: one power's troops alone read as an occupation, to the host's citizens and
  // to its neighbours (Freriks 2022; the multiples are the model's own, docs/model.md, section 5.5).
  const cover = bilateral ? 2 : 1
  if (f.adversary.kind === 'internal' && d.mission !== 'observe')
    sink.add(
      I.regimeStability,
      -(d.mission === 'guard-sites' ? 3 : 10) * weight * cover,
      'a foreign force among its citizens',
    )
  sink.add(
    I.sovereignty,
    -independenceLoss(d, rho),
    bilateral ? 'a Russian garrison outside any alliance' : 'foreign troops on its soil',
  )
  if (bilateral) sink.add(I.russianInfluence, -(4 + 20 * weight), 'neighbours alarmed by Moscow acting alone')
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
    if (verdict === 'contested')
      sink.add(I.allianceCredibility, -6, 'acting on a contested reading of the treaty')
    if (request && request.framing !== 'internal-unrest')
      sink.add(I.allianceCredibility, -10 * falsity(f, request.framing), 'acting on a pretext')
    const out = stayedOut(course)
    if (out > 0) sink.add(I.allianceCredibility, -6 * out, 'members that stayed out')
  }
  sink.add(I.westRelations, -15 * presence * (bilateral ? 1.5 : 1), 'Russian troops in the region')
  sink.add(I.westRelations, -10 * exposure, 'bloodshed')
  sink.add(I.escalationRisk, 45 * exposure, 'troops in the line of fire')
  if (d.mission === 'combat' && (f.adversary.kind === 'partner-of-russia' || f.adversary.kind === 'outsider'))
    sink.add(I.escalationRisk, 25 * weight, 'war with a foreign state')
  const strain = deploymentStrain(d, rho, ctx.basedTroops, C)
  sink.add(I.militaryStrain, strain.whole, 'the deployment')
  if (strain.spared > 0)
    sink.add(I.militaryStrain, -strain.spared, 'troops from a Russian base in the country')
  sink.add(I.militaryStrain, 40 * exposure * rho, 'casualties')
  // Any deployment takes airlift, command attention and ready units. Massing forces, Russia could still spare
  // a brigade (Kazakhstan, January 2022); at war, even a small one pulls units from the front (Armenia,
  // September 2022, during the Kharkiv counteroffensive): the cost climbs steeply as commitments near full.
  if (d.unit !== 'observers') sink.add(I.militaryStrain, 15 * C ** 4, 'units pulled from other fronts')
}

/**
 * China's word, apart from the backing an endorsement gives a government (drawn.ts). An endorsement lends an
 * operation legitimacy; a warning backs the member's independence and tells Moscow that Beijing minds a large or
 * lasting footprint: Libman and Davidzon's point that China kept the Kazakh operation symbolic. Both weigh as
 * far as China has stakes in the country; a warning costs Moscow more the larger and longer its presence.
 */
function emitReaction(ctx: ModelContext, course: Course, d: Deployment, sink: Sink): void {
  const S = ctx.facts.china.stakes
  const presence = d.kind === 'deployed' ? presenceOf(d, ctx.russianShare[d.unit]) : 0
  switch (course.reaction?.kind) {
    case 'endorse':
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
