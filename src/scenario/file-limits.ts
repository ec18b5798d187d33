// How large and how deep a scenario file may be, apart from the YAML reader: the pages that refuse a big file
// or a long link before reading it need these numbers, not the parser behind them.

/** A file larger than this is refused before it is parsed: no real scenario comes close. */
export const MAX_BYTES = 1_000_000
/** Deeper nesting than this is junk, and refused before it can exhaust anything. */
export const MAX_DEPTH = 32
/** YAML aliases can multiply a small file into a huge one ("billion laughs"): at most this many written, */
export const MAX_ALIASES = 50
/** and at most this many values for all of them to stand for, each replaced by what its anchor holds. */
export const MAX_ALIAS_VALUES = 10_000
