// Team names as people type them and as a projector shows them. Typed by anyone, a name is normalised
// before it is compared or shown: compatibility forms folded (NFKC), invisible and control characters
// dropped, runs of space made one. Two names are the same team name when they look the same: compared
// by their confusables skeleton (Unicode TR39), so "A1" with a Cyrillic "А" is taken when "A1" is.
import unhomoglyph from 'unhomoglyph'

// Format characters (zero-width spaces and joiners, bidi overrides, the soft hyphen) and controls are never
// seen; the Hangul fillers are letters that draw nothing.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]/gu

/** The name to keep and show. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim()
}

/**
 * What two names that look alike share: the skeleton of the name as typed (so "AI" meets "Al"), lower-cased
 * and taken again (so "a1" meets "A1", and a lower-case look-alike meets its own).
 */
export function nameKey(name: string): string {
  return unhomoglyph(unhomoglyph(normaliseName(name)).toLowerCase())
}
