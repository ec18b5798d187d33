// The codes one address may get wrong: every guess is held while it is answered, so a burst sent at once is
// counted whole; a guess that finds something is given back, a miss is used up and refills with time.
import { describe, expect, it } from 'vitest'
import { guessLimit } from '../src/server/guess-limit'

describe('a guess limit', () => {
  it('holds guesses not yet answered, so no more than the limit are out at once', () => {
    const misses = guessLimit(3, 60_000)
    expect([1, 2, 3].map(() => misses.hold('a', 0))).toEqual([true, true, true])
    expect(misses.has('a', 0)).toBe(false)
    expect(misses.hold('a', 0)).toBe(false)
    // Another address is counted apart.
    expect(misses.hold('b', 0)).toBe(true)
  })

  it('gives a guess back when it found something, and uses it up when it missed', () => {
    const misses = guessLimit(2, 60_000)
    misses.hold('a', 0)
    misses.hold('a', 0)
    misses.settle('a', 0, false)
    misses.settle('a', 0, true)
    expect(misses.hold('a', 0)).toBe(true)
    expect(misses.hold('a', 0)).toBe(false)
    misses.settle('a', 0, true)
    expect(misses.has('a', 0)).toBe(false)
    // Two misses refill over the minute: one after half of it.
    expect(misses.has('a', 29_000)).toBe(false)
    expect(misses.has('a', 30_000)).toBe(true)
  })

  it('does not refill from a clock that went back', () => {
    const misses = guessLimit(1, 60_000)
    misses.hold('a', 60_000)
    misses.settle('a', 60_000, true)
    expect(misses.has('a', 0)).toBe(false)
    expect(misses.has('a', 60_000)).toBe(false)
    expect(misses.has('a', 120_000)).toBe(true)
  })

  it('says how long until the next guess, counting those held as spent until answered', () => {
    const misses = guessLimit(4, 60_000)
    expect(misses.waitMs('a', 0)).toBe(0)
    for (let i = 0; i < 4; i++) misses.hold('a', 0)
    // All four held: the next is free once one is given back, or at the latest when a fourth of the minute refills.
    expect(misses.waitMs('a', 0)).toBe(15_000)
    for (let i = 0; i < 4; i++) misses.settle('a', 0, true)
    expect(misses.waitMs('a', 0)).toBe(15_000)
    expect(misses.waitMs('a', 5_000)).toBe(10_000)
    expect(misses.waitMs('a', 15_000)).toBe(0)
    expect(misses.has('a', 15_000)).toBe(true)
  })
})
