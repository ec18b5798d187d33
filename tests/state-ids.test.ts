// The solver's index of state keys must behave as a Map would, whatever the keys: the table's growth,
// collisions and keys beyond 32 bits included.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { StateIds } from '../src/engine/decisions/state-ids'

const anyKey = fc.oneof(
  fc.nat({ max: 5000 }),
  fc.maxSafeNat(),
  fc.string({ maxLength: 6 }),
  fc.constantFrom(0.5, -3, Number.MAX_SAFE_INTEGER + 2),
)

describe('StateIds', () => {
  it('gives each new key the next id and finds it again, as a Map does', () => {
    fc.assert(
      fc.property(fc.array(anyKey, { maxLength: 3000 }), (keys) => {
        const ids = new StateIds<string | number>()
        const reference = new Map<string | number, number>()
        for (const key of keys) {
          expect(ids.get(key)).toBe(reference.get(key))
          if (!reference.has(key)) {
            reference.set(key, reference.size)
            expect(ids.add(key)).toBe(reference.get(key))
          }
        }
        expect(ids.size).toBe(reference.size)
        for (const [key, id] of reference) expect(ids.get(key)).toBe(id)
      }),
      { numRuns: 60 },
    )
  })

  it('keeps keys that collide in the table apart', () => {
    const ids = new StateIds<number>()
    // Multiples of a large power of two share their low bits.
    const keys = Array.from({ length: 4000 }, (_, i) => i * 2 ** 32)
    for (const key of keys) ids.add(key)
    for (const [i, key] of keys.entries()) expect(ids.get(key)).toBe(i)
    expect(ids.get(4000 * 2 ** 32)).toBeUndefined()
  })
})
