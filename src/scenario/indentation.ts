// Finds the line whose indentation is wrong when YAML, or the schema, complains somewhere else. A YAML parser
// notices a misplaced line only where the structure stops making sense, often lines later, and in its own
// terms; an instructor needs the line to change and by how much. So the lines that look out of place are
// proposed as candidates, each is tried re-indented, and the one change that mends the file is named.
import { type Said, said } from './wording/en'
import type { Misindent, Reference } from './wording/en-reading'

/** One line re-indented: 1-based line, and its indentation before and after, in spaces. */
export interface Reindent {
  readonly line: number
  readonly from: number
  readonly to: number
}

interface Line {
  readonly n: number
  readonly indent: number
  /** `name:` or `- name:` (with or without a value on the line). */
  readonly key: boolean
  readonly dash: boolean
  /** Where the fields of a mapping that starts on this line sit: after the dashes of `- name:`. */
  readonly inner: number
  /** A field with nothing after the colon: its value is the indented lines below. */
  readonly opens: boolean
  /** A field whose value is a block of text (`|` or `>`) on the lines below. */
  readonly text: boolean
}

/** How far above a problem its cause may be: a block of text, at most, lies between. */
const WINDOW = 40

const KEY = /^((?:- +)*)(?:[A-Za-z0-9_$][\w.$-]*|"[^"]*"|'[^']*')\s*:(?:\s|$)/
const BLOCK_TEXT = /:\s+[|>][-+0-9]*\s*(?:#.*)?$/
const OPENS = /:\s*(?:#.*)?$/

/** The lines that could be the one at fault, those before the problems first, with the indentation to try. */
export function indentationCandidates(text: string, near: readonly number[]): Reindent[] {
  const lines = contentLines(text)
  const found: Reindent[] = []
  const propose = (line: Line | undefined, to: number | undefined): void => {
    if (!line || to === undefined || to < 0 || to === line.indent) return
    if (!found.some((c) => c.line === line.n && c.to === to))
      found.push({ line: line.n, from: line.indent, to })
  }

  /** The open groups, deepest last: their indentation, the line that began each, and the field that opened it. */
  const levels: Level[] = [{ indent: lines[0]?.indent ?? 0 }]
  let opener: Line | undefined
  let block: { parent: number; first?: Line } | undefined
  lines.forEach((line, k) => {
    const previous = lines[k - 1]
    const next = lines[k + 1]
    if (block) {
      // A field indented less than the text's first line ends the text, as YAML reads it.
      const ends = block.first && line.indent < block.first.indent && (line.key || line.dash)
      if (line.indent > block.parent && !ends) {
        // Text: YAML takes its indentation from its first line, and a later line indented less ends it.
        if (!block.first) block.first = line
        else if (line.indent < block.first.indent) {
          propose(line, block.first.indent)
          propose(block.first, line.indent)
        }
        return
      }
      if (!line.key && !line.dash) {
        // A line of text pushed out to the margin of the fields around it.
        propose(line, block.first?.indent ?? block.parent + 2)
        return
      }
      block = undefined
    }
    // The fields of `- name:` line up after its dash; a first field out of line takes its dash with it.
    if (
      line.dash &&
      line.key &&
      next?.key &&
      !next.dash &&
      next.indent !== line.inner &&
      next.indent >= line.indent
    )
      propose(line, line.indent + next.indent - line.inner)
    const top = levels[levels.length - 1]!.indent
    if (opener) {
      const parent = opener.inner
      const opened = opener
      opener = undefined
      if (line.indent > parent || (line.indent === parent && line.dash)) {
        levels.push({ indent: line.indent, first: line, opener: opened })
        // The first field of a group, indented less than the fields after it.
        if (next?.key && !line.opens && !line.text && next.indent > line.inner) propose(line, next.indent)
      } else {
        // A field left without its value: either it, or the line meant to be its first field, is misplaced.
        propose(line, parent + 2)
        if (next && next.indent > parent) propose(line, next.indent)
        propose(previous, line.indent - 2)
        if (line.indent < top) settle(levels, line, next, propose)
      }
    } else if (line.indent > top) {
      if (line.key || line.dash) propose(line, top)
    } else if (line.indent < top) settle(levels, line, next, propose)
    // A line out of step with its neighbours, which agree with each other.
    if (previous && next && previous.indent === next.indent && line.indent !== previous.indent) {
      const parentOfNext = (line.opens || line.text || line.dash) && next.indent >= line.inner
      const fieldOfPrevious = previous.dash && line.indent === previous.inner
      if (!previous.opens && !parentOfNext && !fieldOfPrevious) propose(line, previous.indent)
    }
    if (line.dash && line.key) levels.push({ indent: line.inner, first: line })
    if (line.text) block = { parent: line.inner }
    else if (line.opens) opener = line
  })

  // A slip shows at or after its line, a few lines on at most: the nearest lines up to the problem come first.
  const last = Math.max(...near) + 1
  return found.filter((c) => c.line <= last && c.line > last - WINDOW).sort((a, b) => b.line - a.line)
}

interface Level {
  readonly indent: number
  readonly first?: Line
  readonly opener?: Line
}

/**
 * Closes the groups deeper than a line that steps back. A line between two groups lines up with neither;
 * a line that steps back while the next one does not was probably meant to stay in the group it left.
 */
function settle(
  levels: Level[],
  line: Line,
  next: Line | undefined,
  propose: (line: Line | undefined, to: number | undefined) => void,
): void {
  const left: Level[] = []
  while (levels.length > 1 && levels[levels.length - 1]!.indent > line.indent) left.push(levels.pop()!)
  const deeper = left[left.length - 1]
  if (!deeper) return
  const top = levels[levels.length - 1]!
  if (next && next.indent > line.inner)
    for (const level of left)
      if (!(line.opens || line.text) || next.indent > level.indent) propose(line, level.indent)
  // A list item where the group's fields are (or a field where its items are) has left the group it was in.
  if (top.indent === line.indent) {
    if (line.dash !== (top.first?.dash ?? false)) propose(line, deeper.indent)
    return
  }
  // Between two groups: this line, the first line of either group, or the field that opened the deeper one.
  propose(line, deeper.indent)
  propose(line, top.indent)
  propose(deeper.first, line.indent)
  propose(top.first, line.indent)
  propose(deeper.opener, line.indent - (deeper.indent - (deeper.opener?.indent ?? 0)))
  levels.push({ indent: line.indent, first: line })
}

/** The lines that carry structure: no blank lines, no comments, nothing inside a [list] or {group} on several lines. */
export function contentLines(text: string): Line[] {
  const out: Line[] = []
  let depth = 0
  text.split(/\r?\n/).forEach((raw, i) => {
    const body = raw.trimStart()
    const inside = depth > 0
    depth = Math.max(0, depth + brackets(body))
    if (inside || body === '' || body.startsWith('#') || /^\s*\t/.test(raw)) return
    const indent = raw.length - body.length
    const key = KEY.exec(body)
    const dashes = /^(?:- +|-$)+/.exec(body)?.[0].length ?? 0
    out.push({
      n: i + 1,
      indent,
      key: key !== null,
      dash: dashes > 0,
      inner: indent + dashes,
      opens: key !== null ? OPENS.test(body) : body === '-',
      text: key !== null && BLOCK_TEXT.test(body),
    })
  })
  return out
}

/** How many [ and { a line leaves open, outside quotes and comments. */
function brackets(body: string): number {
  let open = 0
  let quote = ''
  for (const c of body) {
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") quote = c
    else if (c === '#') break
    else if (c === '[' || c === '{') open++
    else if (c === ']' || c === '}') open--
  }
  return open
}

/** The text with one line's indentation changed. */
export function reindented(text: string, r: Reindent): string {
  const lines = text.split('\n')
  lines[r.line - 1] = ' '.repeat(r.to) + lines[r.line - 1]!.trimStart()
  return lines.join('\n')
}

/** The slip in plain words, naming a line nearby that is indented as this one should be. */
export function describeReindent(text: string, r: Reindent): Said {
  const lines = text.split(/\r?\n/)
  const how: Misindent =
    r.to > r.from
      ? r.from === 0
        ? 'none'
        : r.to - r.from === 1
          ? 'one-too-few'
          : 'less'
      : r.from - r.to === 1
        ? 'one-too-many'
        : 'more'
  const ref = reference(lines, r)
  return said('misindented', { line: r.line, how, to: r.to, ...(ref ? { ref } : {}) })
}

/** A line of the same group ("like line 9"), or where the group begins ('in line with "fact:" on line 65'). */
function reference(lines: readonly string[], r: Reindent): Reference | undefined {
  const indentOf = (l: string) => l.length - l.trimStart().length
  const content = (i: number) => lines[i]!.trim() !== '' && !lines[i]!.trimStart().startsWith('#')
  // Only within the group the line belongs to: a line indented less above or below closes it.
  for (const step of [-1, 1]) {
    for (let i = r.line - 1 + step; i >= 0 && i < lines.length; i += step) {
      if (!content(i)) continue
      if (indentOf(lines[i]!) === r.to) return { like: i + 1 }
      if (indentOf(lines[i]!) < r.to) break
    }
  }
  for (let i = r.line - 2; i >= 0; i--) {
    if (!content(i) || indentOf(lines[i]!) >= r.to) continue
    const body = lines[i]!.trimStart()
    const name = /^(- +)?([^:]+:)/.exec(body)
    if (!name) return undefined
    const inner = indentOf(lines[i]!) + (name[1]?.length ?? 0)
    return inner === r.to ? { inLineWith: name[2]!, line: i + 1 } : { under: name[2]!, line: i + 1 }
  }
  return undefined
}

/** How many lines near this one have this indentation: a fix to the common one around it is the likelier. */
export function popularity(text: string, line: number, indent: number): number {
  const lines = text.split('\n')
  let n = 0
  for (let i = Math.max(0, line - 11); i < Math.min(lines.length, line + 10); i++) {
    const l = lines[i]!
    if (i !== line - 1 && l.trim() !== '' && l.length - l.trimStart().length === indent) n++
  }
  return n
}
