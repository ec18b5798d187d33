// Team names as people type them and as a projector shows them. Typed by anyone, a name is normalised
// before it is compared or shown: compatibility forms folded (NFKC), invisible and control characters
// dropped, runs of space made one. Two names are compared by what they look like (name-key.ts).

/** The longest team name, in characters as a reader counts them (an emoji or an accented letter is one). */
export const NAME_MAX = 40

// Format characters (zero-width spaces and joiners, bidi overrides, the soft hyphen) and controls are never
// seen; the Hangul fillers are letters that draw nothing; a variation selector only changes how the character
// before it is drawn, so outside an emoji it could tell apart two names that look the same.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]|\p{Variation_Selector}/u

// An emoji sequence keeps the invisible characters it is made of: the zero-width joiner in 👩‍💻 or 🏳️‍🌈, the
// presentation selector in ❤️, a skin tone, the tags of a subdivision flag (🏴 + tags + cancel tag), the
// keycap of 1️⃣ (Unicode TR51's emoji ZWJ, tag and keycap sequences). A joiner is kept only between two
// pictographs, where it joins them into one; anywhere else it is dropped like any invisible character.
const PICTOGRAPH = String.raw`\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|[\uFE0E\uFE0F])?`
const EMOJI = String.raw`${PICTOGRAPH}(?:[\u{E0020}-\u{E007E}]+\u{E007F})?(?:\u200D${PICTOGRAPH})*|[#*0-9]\uFE0F?\u20E3`
const KEEP_EMOJI_DROP_INVISIBLE = new RegExp(`(${EMOJI})|${INVISIBLE.source}`, 'gu')

/** The name to keep and show. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(KEEP_EMOJI_DROP_INVISIBLE, (_, emoji: string | undefined) => emoji ?? '')
    .replace(/\s+/gu, ' ')
    .trim()
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** How many characters a reader sees in the name as it will be kept: 👩‍💻 and é (e + accent) count one each. */
export function nameLength(name: string): number {
  let n = 0
  for (const _ of graphemes.segment(normaliseName(name))) n++
  return n
}
