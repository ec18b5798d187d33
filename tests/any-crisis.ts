// Any bundled scenario with its numeric facts moved anywhere, for the model's property tests: a law holds over
// every crisis, not only the files' own facts.
import fc from 'fast-check'
import { type FactChange, withFacts } from '../src/engine'
import type { Scenario } from '../src/scenario'
import { bundledScenarios } from './bundled-scenarios'

const bundled: readonly Scenario[] = bundledScenarios()

/** A share from 0 to 1, as every numeric fact is. */
export const share = fc.double({ min: 0, max: 1, noNaN: true })

/** The crisis is built inside the property, and shown as its id and the facts alone when a law fails. */
export const anyCrisis = fc
  .record({
    id: fc.constantFrom(...bundled.map((s) => s.id)),
    'threat.armedViolence': share,
    'threat.regimeThreat': share,
    'threat.outsideEvidence': share,
    'moscow.legitimacy': share,
    'moscow.commitments': share,
    'china.stakes': share,
  })
  .map(({ id, ...facts }) =>
    Object.assign(
      withFacts(
        bundled.find((s) => s.id === id)!,
        Object.entries(facts).map(([fact, to]) => ({ fact, to }) as FactChange),
      ),
      { [fc.toStringMethod]: () => `${id} ${JSON.stringify(facts)}` },
    ),
  )
