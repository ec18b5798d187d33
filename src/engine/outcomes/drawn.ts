// The contributions that depend on what nobody knows in advance: where the crisis goes by itself (momentum) and
// how well a force performs (its effect). The Monte Carlo draws these anew each run; everything else it adds
// once (settled.ts).
import { clamp01 } from '../clamp'
import type { Course, Deployment } from '../decisions/types'
import type { ModelContext } from './context'
import { stayedOut } from './deployment'
import { helpTotal, type Latent, reliefOf, signalOf } from './force-effects'
import { INDICATOR_INDEX as I } from './indicators'
import type { Sink } from './sink'

/** Emits every contribution that varies with the draws in `latent`. */
export function emitDrawn(
  ctx: ModelContext,
  course: Course,
  d: Deployment,
  latent: Latent,
  sink: Sink,
): void {
  const f = ctx.facts
  const V = f.threat.armedViolence
  const threat = clamp01(f.threat.regimeThreat + latent.momentum)
  // Plain numbers rather than one object with all three: this runs a thousand times per Monte Carlo.
  const signal = signalOf(d, stayedOut(course))
  const relief = reliefOf(f, d, latent)
  const total = helpTotal(f, signal, relief)
  sink.add(I.regimeStability, -70 * threat, 'the threat to the government')
  sink.add(I.escalationRisk, 60 * clamp01(V + latent.momentum), 'the fighting itself')

  if (total > 0) {
    const label =
      relief === 0
        ? signal > 0.1
          ? "allies' backing shown to rivals"
          : 'help short of troops'
        : signal >= relief
          ? "allies' backing shown to rivals, and forces freed"
          : "the force's relief"
    sink.add(I.regimeStability, 70 * threat * total, label)
    // Influence bought by helping a government is worth what Moscow trusts that government to stay its partner.
    sink.add(I.russianInfluence, 15 * total * threat * f.moscow.legitimacy, 'Moscow as the rescuer')
  }

  // A revolt against the government is a contest for power, which every show of Moscow's backing, or of its
  // absence, tips: asking and being turned away tells a government's rivals that Moscow will not save it.
  if (f.threat.kind === 'unrest' && f.adversary.kind === 'internal') {
    if (d.kind === 'none' && d.why === 'refused')
      sink.add(I.regimeStability, -15 * threat, 'its rivals see that Moscow will not save it')
    if (d.kind === 'aid')
      sink.add(I.regimeStability, -7 * threat, 'its rivals see that Moscow sends talk, not troops')
  }

  if (d.kind === 'deployed') {
    if (d.channel === 'alliance') sink.add(I.allianceCredibility, 5 + 25 * total, 'the alliance delivered')
    sink.add(I.escalationRisk, -35 * V * relief, 'violence contained')
  }

  // China's endorsement lends a government legitimacy (Xi to Tokayev, 7 January 2022). Beijing backs governments
  // against what it calls colour revolutions and terrorism, not one state against another.
  if (course.reaction?.kind === 'endorse' && f.adversary.actor === undefined)
    sink.add(I.regimeStability, 6 * f.china.stakes * threat, "China's backing")
}
