// Turns a schema issue into a plain sentence for an instructor, with the value that was found.
import type { z } from 'zod'
import { codePoint } from './code-point'
import { radixOf } from './radix'
import { type Said, said } from './wording/en'
import type { Bound, HiddenLetter, Shown, Size } from './wording/en-schema'

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

/** How a found value reads in a message: short, and never the whole of a large value. */
export function shown(value: unknown): Shown {
  if (value === undefined) return { kind: 'nothing' }
  if (value === null) return { kind: 'empty' }
  if (typeof value === 'string')
    return value.length > 40
      ? { kind: 'long-text', start: value.slice(0, 37) }
      : { kind: 'text', text: value }
  if (typeof value === 'number' || typeof value === 'boolean') return { kind: 'plain', text: String(value) }
  if (Array.isArray(value))
    return value.length === 0 ? { kind: 'empty-list' } : { kind: 'list', count: value.length }
  return { kind: 'group' }
}

type Described = { path: readonly PropertyKey[] } & Said

export function describeIssue(issue: z.core.$ZodIssue, data: unknown): Described[] {
  const value = valueAt(data, issue.path)
  const found = { got: shown(value), curly: curlyQuotes(value), hidden: hiddenLetter(value) }
  const at = (what: Said): Described[] => [{ path: issue.path, ...what }]
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...issue.path, key],
        ...said('unknown-field', { key, curly: curlyQuotes(key), hidden: hiddenLetter(key) }),
      }))
    case 'invalid_type': {
      const field = issue.path[issue.path.length - 1]
      if (value === undefined && typeof field === 'string') return at(said('missing-field', { field }))
      // "date: 2021" is text to the person who typed it; YAML reads it as a number, and only quotes make it text.
      const bare = issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
      // "0x1" where a number belongs was written as a hexadecimal number (number-forms.ts), most likely by a slip.
      const radix = issue.expected === 'number' ? radixOf(value) : undefined
      return at(said('expected-type', { type: issue.expected, ...found, bare, ...(radix ? { radix } : {}) }))
    }
    case 'invalid_value': {
      const field = issue.path[issue.path.length - 1]
      const choices = issue.values.map((v) => JSON.stringify(v))
      if (value === undefined && typeof field === 'string')
        return at(said('missing-choice', { field, choices }))
      return at(said('expected-choice', { choices, ...found }))
    }
    case 'invalid_key': {
      const key = issue.path[issue.path.length - 1]
      return at(said('bad-key', { key: String(key), curly: curlyQuotes(key) }))
    }
    case 'too_small':
    case 'too_big': {
      // A switch with nothing to offer beside the scenario's own value, told as the other what-if problems are.
      if (issue.code === 'too_small' && isSwitch(issue.path))
        return at(said('what-if-empty-switch', { fact: String(issue.path[2]) }))
      const words = ownWords(issue.message)
      return at(
        words
          ? said('expected-words', { words, ...found })
          : said('expected-size', { size: size(issue), ...found }),
      )
    }
    case 'invalid_union':
      return describeUnion(issue, data)
    case 'custom':
    case 'invalid_format': {
      const words = ownWords(issue.message)
      return at(words ? said('expected-words', { words, ...found }) : said('expected-address', found))
    }
    default: {
      const words = ownWords(issue.message)
      return at(words ? said('own-words', { words }) : said('does-not-fit', {}))
    }
  }
}

/**
 * A value that fits none of a union's shapes (an inject's change: a share, a territory, a kind of threat, an
 * adversary). The shape its own `fact` names is the one meant, and its problems are told; when no shape's
 * `fact` matches, that field's choices across every shape are. Where the value's type fits one shape only (a
 * text, or a map), that shape is the one meant.
 */
function describeUnion(issue: z.core.$ZodIssueInvalidUnion, data: unknown): Described[] {
  const at = (sub: z.core.$ZodIssue): z.core.$ZodIssue => ({ ...sub, path: [...issue.path, ...sub.path] })
  // A shape of another type is not the one meant (a what-if item: a fact's name, or a switch's map).
  const group = typeof valueAt(data, issue.path) === 'object'
  const ofType = issue.errors.filter(
    (branch) =>
      !branch.some(
        (sub) =>
          sub.path.length === 0 && (sub.code === 'invalid_type' || (group && sub.code === 'invalid_value')),
      ),
  )
  if (ofType.length === 1 && ofType.length < issue.errors.length)
    return ofType[0]!.flatMap((sub) => describeIssue(at(sub), data))
  const refusals = issue.errors
    .flat()
    .filter(
      (sub): sub is z.core.$ZodIssueInvalidValue => sub.code === 'invalid_value' && sub.path.length === 1,
    )
  // The field that tells the shapes apart is the one most of them refuse.
  const counts = new Map<PropertyKey, number>()
  for (const r of refusals) counts.set(r.path[0]!, (counts.get(r.path[0]!) ?? 0) + 1)
  const key = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
  if (key === undefined) return [{ path: issue.path, ...said('does-not-fit', {}) }]
  const refusesKey = (sub: z.core.$ZodIssue) => sub.code === 'invalid_value' && sub.path[0] === key
  const meant = issue.errors
    .filter((branch) => !branch.some(refusesKey))
    .sort((a, b) => a.length - b.length)[0]
  if (meant) return meant.flatMap((sub) => describeIssue(at(sub), data))
  const choosing = refusals.filter((r) => r.path[0] === key)
  const values = [...new Set(choosing.flatMap((c) => c.values))]
  return describeIssue({ ...choosing[0]!, path: [...issue.path, key], values }, data)
}

/** A what-if switch's list of alternatives: `whatIf.<n>.<fact>`. */
const isSwitch = (path: readonly PropertyKey[]): boolean =>
  path.length === 3 && path[0] === 'whatIf' && typeof path[2] === 'string'

/** The schema's own messages ("a number from 0 to 1") are written for instructors; zod's defaults are not. */
const ownWords = (message: string): string | undefined => (/^[a-z]/.test(message) ? message : undefined)

/** A limit, counting what the field holds: "at most 12 roles", "at least one source". */
function size(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): Size {
  const big = issue.code === 'too_big'
  const limit = Number(big ? issue.maximum : issue.minimum)
  const bound: Bound = issue.inclusive ? (big ? 'at-most' : 'at-least') : big ? 'less-than' : 'more-than'
  switch (issue.origin) {
    case 'array':
    case 'set':
      return { of: 'list', bound, limit, noun: itemNoun(issue.path) }
    case 'string':
      return { of: 'text', bound, limit }
    default: {
      const compared: Bound = issue.inclusive ? (big ? 'no-more-than' : 'no-less-than') : bound
      return { of: issue.origin === 'int' ? 'whole-number' : 'number', bound: compared, limit }
    }
  }
}

/** What one item of the list at this path is called, in the words the guide uses. */
export function itemNoun(path: readonly PropertyKey[]): string {
  // A citation's list sits under the fact it cites ("china.stakes"): its items are source ids.
  if (path[0] === 'citations') return 'source'
  const list = [...path].reverse().find((k) => typeof k === 'string')
  return ITEM_NOUNS[String(list)] ?? 'item'
}

export const ITEM_NOUNS: Readonly<Record<string, string>> = {
  roles: 'role',
  members: 'member',
  observers: 'observer',
  injects: 'inject',
  changes: 'change',
  questions: 'question',
  sources: 'source',
  whatIf: 'fact',
  objected: 'member',
  abstained: 'member',
  objectives: 'objective',
}

/**
 * Word processors turn straight quotes into curly ones as you type; YAML sees only straight quotes as quotes,
 * so “2022-05-14” is a text of twelve characters with quotation marks in it, not a date.
 */
export const curlyQuotes = (value: unknown): boolean =>
  typeof value === 'string' && /^\s*[“”‘’„«»]|[“”‘’„«»]\s*$/.test(value)

/**
 * A letter that looks right on screen but is not what the file needs: a Cyrillic letter among Latin ones (a
 * Russian keyboard layout left on: «а», «е», «о», «с», «р» look like a, e, o, c, p), or a character that shows
 * nothing at all (a zero-width space, a byte-order mark, a soft hyphen).
 */
export function hiddenLetter(value: unknown): HiddenLetter {
  // Only a single short word (an id, a choice, a date): a text's own words may mix scripts as they please.
  if (typeof value !== 'string' || value.length > 60 || /\s/.test(value)) return null
  const invisible = /[\u00AD\u200B-\u200F\u2060\uFEFF]/.exec(value)
  if (invisible)
    return {
      kind: 'invisible',
      code: codePoint(invisible[0]),
    }
  const cyrillic = /[\u0400-\u04FF]/.exec(value)
  if (cyrillic && /[a-z]/i.test(value)) return { kind: 'cyrillic', char: cyrillic[0] }
  return null
}
