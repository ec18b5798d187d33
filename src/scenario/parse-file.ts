// One file's text against the schema: YAML read with its lines, then every schema issue in plain words at its
// place; a misplaced line is named as such (indentation.ts) rather than by the errors it causes further on.
import type { z } from 'zod'
import { describeIssue, valueAt } from './describe-issue'
import { type Renamed, renameFormerForces } from './former-names'
import { describeReindent, indentationCandidates, popularity, type Reindent, reindented } from './indentation'
import { type Locate, type ReadResult, readYaml } from './read-yaml'
import { ScenarioFile } from './schema'
import type { Problem } from './types'
import { said } from './wording/en'
import type { Found } from './wording/en-schema'

export type Parsed<T> =
  | { readonly ok: true; readonly value: { data: T; locate: Locate }; readonly warnings: readonly Problem[] }
  | {
      readonly ok: false
      readonly problems: readonly Problem[]
      /** Not YAML as written; else the problems are the schema's, about `data`. */
      readonly syntax?: true
      readonly layout?: true
      readonly data?: unknown
      readonly locate?: Locate
    }

/**
 * What a parsed file holds as written, for the checks that look past a schema's refusal: its data, once taken or
 * as read when refused, with its places. Nothing for a file that is not YAML as written or has a line out of
 * place, whose fields do not hold what its author meant.
 */
export function asWritten<T>(r: Parsed<T>): { readonly data: unknown; readonly locate: Locate } | undefined {
  if (r.ok) return r.value
  return r.data !== undefined && r.locate ? { data: r.data, locate: r.locate } : undefined
}

/**
 * `read`: the text's YAML, when the caller has read it already (npm run check reads each scenario's id before it
 * loads it), so that a file is read once; each line tried re-indented is read as the new text it makes.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  text: string,
  file: string,
  read: ReadResult = readYaml(text, file),
): Parsed<z.output<S>> {
  const first = parseRead(schema, read, file)
  if (first.ok) return first
  // Only problems a misplaced line causes are worth the tries: not an unclosed quote, not a wrong value.
  const mendable = first.syntax ? first.layout : first.problems.some(structural)
  if (!mendable) return first
  return mendIndentation(text, file, first, (t) => parseRead(schema, readYaml(t, file), file)) ?? first
}

function parseRead<S extends z.ZodType>(schema: S, read: ReadResult, file: string): Parsed<z.output<S>> {
  if (!read.ok) return read
  const { data, renamed } =
    (schema as z.ZodType) === ScenarioFile ? renameFormerForces(read.data) : { data: read.data, renamed: [] }
  const warnings = renamedWarnings(renamed, file, read.locate)
  const parsed = schema.safeParse(data)
  if (parsed.success) return { ok: true, value: { data: parsed.data, locate: read.locate }, warnings }
  const problems = parsed.error.issues.flatMap((issue) =>
    describeIssue(issue, read.data).map(({ path, ...what }) => {
      const { line, column } = read.locate(path, issue.code === 'unrecognized_keys' ? 'key' : 'value')
      return { file, line, column, path: path.map(String).join('.'), ...what }
    }),
  )
  return {
    ok: false,
    problems: sortProblems(suggestSpellings(problems)),
    data: read.data,
    locate: read.locate,
  }
}

/** A warning at each former force name the file uses, read as its new name (former-names.ts). */
export const renamedWarnings = (renamed: readonly Renamed[], file: string, locate: Locate): Problem[] =>
  renamed.map(({ path, from, to }) => ({
    file,
    ...locate(path, 'value'),
    path: path.map(String).join('.'),
    ...said('renamed-force', { from, to }),
  }))

/** Schema problems a line indented wrongly leaves behind: a field in the wrong group, a group left empty. */
const structural = (p: Problem): boolean =>
  p.code === 'unknown-field' ||
  p.code === 'missing-field' ||
  p.code === 'missing-choice' ||
  p.code === 'yaml-duplicate-key' ||
  gotEmpty(p.params)
const gotEmpty = (params: unknown): boolean =>
  typeof params === 'object' && params !== null && 'got' in params && (params as Found).got.kind === 'empty'
/** Enough to find the usual single slip; a file with many is better served by the parser's own message. */
const MAX_TRIES = 6

/**
 * When re-indenting one line makes the file load (or leaves fewer problems), that line is the mistake: it is
 * named, on its own line, in place of the problems it caused elsewhere.
 */
function mendIndentation<T>(
  text: string,
  file: string,
  first: Extract<Parsed<T>, { ok: false }>,
  parse: (text: string) => Parsed<T>,
): Parsed<T> | undefined {
  const score = (r: Parsed<T>) => (r.ok ? 0 : r.syntax ? Number.POSITIVE_INFINITY : r.problems.length)
  const candidates = [
    ...misplacedFields(text, first),
    ...indentationCandidates(
      text,
      first.problems.map((p) => p.line),
    ),
  ].slice(0, MAX_TRIES)
  let best: { r: Reindent; result: Parsed<T>; score: number; popular: number } | undefined
  for (const r of candidates) {
    const result = parse(reindented(text, r))
    // Between equal mends, the one that gives the line the indentation common around it, from an unusual one.
    const popular = popularity(text, r.line, r.to) - popularity(text, r.line, r.from)
    const tried = { r, result, score: score(result), popular }
    // A change that leaves fields in the wrong groups has moved the mistake, not mended it.
    if (tried.score === Number.POSITIVE_INFINITY || leavesStructure(result)) continue
    const better =
      !best ||
      tried.score < best.score ||
      (tried.score === best.score && tried.popular > best.popular) ||
      (tried.score === best.score && tried.popular === best.popular && r.line < best.r.line)
    if (better) best = tried
  }
  if (!best || best.score >= score(first)) return undefined
  const slip: Problem = {
    file,
    line: best.r.line,
    column: 1,
    path: '',
    ...describeReindent(text, best.r),
  }
  return {
    ok: false,
    problems: sortProblems([slip, ...(best.result.ok ? [] : best.result.problems)]),
    ...(first.syntax ? { syntax: true as const } : {}),
  }
}

const leavesStructure = <T>(r: Parsed<T>): boolean => !r.ok && r.problems.some(structural)

/**
 * A field reported unknown in one group and missing from another most likely sits at the wrong indentation:
 * it is tried where the other group's fields are.
 */
function misplacedFields<T>(text: string, first: Extract<Parsed<T>, { ok: false }>): Reindent[] {
  const { data, locate } = first
  if (!locate) return []
  const lines = text.split(/\r?\n/)
  // Each missing field's first problem by its name, found once: a file can have thousands of unknown fields.
  const missing = new Map<string, Problem>()
  for (const q of first.problems)
    if ((q.code === 'missing-field' || q.code === 'missing-choice') && !missing.has(q.params.field))
      missing.set(q.params.field, q)
  return first.problems.flatMap((p) => {
    if (p.code !== 'unknown-field') return []
    const name = p.params.key
    const line = lines[p.line - 1] ?? ''
    const from = line.length - line.trimStart().length
    const twin = missing.get(name)
    if (!twin) {
      // No group misses it: perhaps it belongs to the group above it, or to the one its own group is in.
      const above = lineAbove(lines, p.line)
      const parent = p.path.split('.').slice(0, -1)
      const tries = [
        above === undefined ? from : above.length - above.trimStart().length,
        parent.length > 0 ? locate(parent, 'key').column - 1 : from,
      ]
      return tries.filter((to) => to !== from).map((to) => ({ line: p.line, from, to }))
    }
    const parent = twin.path
      .split('.')
      .slice(0, -1)
      .map((k) => (/^\d+$/.test(k) ? Number(k) : k))
    const group = valueAt(data, parent)
    const sibling =
      group && typeof group === 'object' ? Object.keys(group).find((k) => k !== name) : undefined
    if (sibling === undefined) return []
    const to = locate([...parent, sibling], 'key').column - 1
    return to === from ? [] : [{ line: p.line, from, to }]
  })
}

/** The nearest line above a 1-based line with more than a comment on it, looked for upwards from that line. */
function lineAbove(lines: readonly string[], line: number): string | undefined {
  for (let i = line - 2; i >= 0; i--) {
    const body = lines[i]!.trim()
    if (body !== '' && !body.startsWith('#')) return lines[i]
  }
  return undefined
}

/**
 * An unknown field beside a missing one with a similar name is most likely a typo of it: the unknown field is
 * told with the name it was probably meant to have, and that missing field is not told again (one slip, one
 * problem). A missing field no unknown one explains stays.
 */
function suggestSpellings(problems: Problem[]): Problem[] {
  const missing = problems.flatMap((p) =>
    p.code === 'missing-field' || p.code === 'missing-choice' ? [{ at: p.path, name: p.params.field }] : [],
  )
  const explained = new Set<string>()
  const told = problems.map((p) => {
    if (p.code !== 'unknown-field') return p
    const group = parentOf(p.path)
    const near = missing.find((x) => parentOf(x.at) === group && editDistance(x.name, p.params.key) <= 2)
    if (!near) return p
    explained.add(near.at)
    return { ...p, ...said('unknown-field', { ...p.params, near: near.name }) }
  })
  return told.filter(
    (p) => !((p.code === 'missing-field' || p.code === 'missing-choice') && explained.has(p.path)),
  )
}
const parentOf = (path: string): string => path.split('.').slice(0, -1).join('.')

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]!
}

export const sortProblems = (problems: Problem[]): Problem[] =>
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)
