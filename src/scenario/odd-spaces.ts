// A space that is not an ordinary one (a no-break space, pasted in from a web page, an e-mail or a word
// processor) looks like a space on screen, but YAML does not read it as one: in a line's indentation, after a
// field's colon or after a list's dash, it leaves the line misread, and the parser's complaint is about the
// layout, which looks right. Found near the line it complains of, it is named instead.
import { codePoint } from './code-point'

/** No-break, typographic and ideographic spaces: what editors show as blank and YAML reads as a letter. */
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/
/** Where one breaks the layout: in the indentation, after a list's dash, or right after a field's colon. */
const IN_LAYOUT = new RegExp(`^[ \\t]*(?:-[ \\t]*)?(${ODD_SPACE.source})|^[^#'"]*?:(${ODD_SPACE.source})`)

/** How far above the line the parser complains of an odd space is looked for: the end of a group can be. */
const LOOK_BACK = 10

/**
 * The odd space that most likely broke the line the parser complains of (1-based): on that line or the one
 * below, else the nearest above it, up to LOOK_BACK lines, since the parser often notices only where the group
 * the line broke ends. Its column is 1-based; undefined if none.
 */
export function oddSpaceNear(
  lines: readonly string[],
  line: number,
): { readonly line: number; readonly column: number; readonly code: string } | undefined {
  const nearest = [line, line + 1, ...Array.from({ length: LOOK_BACK }, (_, i) => line - 1 - i)]
  for (const n of nearest) {
    const found = IN_LAYOUT.exec(lines[n - 1] ?? '')
    if (!found) continue
    const space = found[1] ?? found[2]!
    const column = found.index + found[0].length
    return { line: n, column, code: codePoint(space) }
  }
  return undefined
}

/** A field's name that starts or ends with an odd space, as a line indented with one reads: the space's code. */
export function oddSpaceAtEdge(name: string): string | undefined {
  const edge = name.length > 0 ? [name[0]!, name[name.length - 1]!].find((c) => ODD_SPACE.test(c)) : undefined
  return edge && codePoint(edge)
}
