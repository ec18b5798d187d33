// Two team names are the same team name when they look the same: compared by their confusables skeleton (Unicode
// TR39), so "A1" with a Cyrillic "А" is taken when "A1" is. Apart from names.ts because the skeleton's table is large
// (28 KB compressed): the session's rules use it (on the server, and in pass-the-device's browser), a team's phone,
// which only types and shows a name, does not load it.
import unhomoglyph from 'unhomoglyph'
import { normaliseName } from './names'

// The joiners and selectors an emoji keeps are left out of the comparison: a joiner between two pictographs that
// make no emoji together draws them side by side, so "😀‍😀" would look like "😀😀". Counting 👩‍💻 the same as 👩💻
// only refuses a name that is close enough to another anyway.
const EMOJI_GLUE = /[\u200D\p{Variation_Selector}]/gu

/**
 * What two names that look alike share: the skeleton of the name as typed (so "AI" meets "Al"), lower-cased
 * and taken again (so "a1" meets "A1", and a lower-case look-alike meets its own).
 */
export function nameKey(name: string): string {
  return unhomoglyph(unhomoglyph(normaliseName(name).replace(EMOJI_GLUE, '')).toLowerCase())
}
