// Team names as people type them and as a projector shows them. Typed by anyone, a name is normalised
// before it is compared or shown: compatibility forms folded (NFKC), invisible and control characters
// dropped, runs of space made one. Two names are compared by what they look like (name-key.ts).

/** The longest team name, in characters as a reader counts them (an emoji or an accented letter is one). */
export const NAME_MAX = 40

/**
 * The longest name the server reads, in UTF-16 code units as sent, before anything is done with it: NAME_MAX
 * characters of the longest kind a reader counts as one (a subdivision flag, 14 units). A longer one is refused
 * unread, since folding it costs in proportion to what it folds into.
 */
export const NAME_SENT_MAX = NAME_MAX * 14

/**
 * The most its compatibility form may hold, in code units, for a name the server goes on to read. NFKC makes some
 * characters many (U+FDFA is 18): 1,355 of them, within a message's 4 KB, came to 24,390 and took over 2 ms to fold,
 * paid by every message before any limit, refused ones too. A name of NAME_MAX characters folds into far fewer.
 */
export const NAME_FOLDED_MAX = NAME_MAX * 16

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

/** Code units folded at a time by nameFoldsWithin: one piece folds at most 18 times its length. */
const PIECE = 32

/**
 * Whether a name as sent is one the server may fold and read: at most NAME_SENT_MAX code units, and folding
 * into at most NAME_FOLDED_MAX. Folded a piece at a time and given up once past it, so a name that grows under
 * NFKC costs a few pieces' folding, not its whole. Pieces folded apart add up to the name's fold, or a little
 * more where a boundary keeps a letter from composing with the accent after it.
 */
function nameFoldsWithin(sent: string): boolean {
  if (sent.length > NAME_SENT_MAX) return false
  let folded = 0
  for (let i = 0; i < sent.length; ) {
    let end = Math.min(sent.length, i + PIECE)
    // Never between the two halves of a surrogate pair.
    if (end < sent.length && /[\uDC00-\uDFFF]/.test(sent[end]!)) end++
    folded += sent.slice(i, end).normalize('NFKC').length
    if (folded > NAME_FOLDED_MAX) return false
    i = end
  }
  return true
}

/**
 * The name to keep, from a name as a client sent it: folded whole (normaliseName) only if nameFoldsWithin lets it,
 * since the server parses every message before any limit. One that does not is far past NAME_MAX characters, and
 * stands as a name of NAME_MAX + 1, which the join refuses as too long (decideJoin), with the reason a screen words.
 */
export function normaliseSentName(sent: string): string {
  return nameFoldsWithin(sent) ? normaliseName(sent) : 'x'.repeat(NAME_MAX + 1)
}

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
