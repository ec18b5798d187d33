// Turns a schema issue into a plain sentence for an instructor, with the value that was found.
import type { z } from 'zod'

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

/** How a found value reads in a message: short, and never the whole of a large value. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'an empty value'
  if (typeof value === 'string') return value.length > 40 ? `a text ("${value.slice(0, 37)}…")` : `"${value}"`
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`
  return 'a group of fields'
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  number: 'a number',
  string: 'a text',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
  int: 'a whole number',
  record: 'a group of fields',
}

export function describeIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
): { path: readonly PropertyKey[]; message: string }[] {
  const value = valueAt(data, issue.path)
  const got = `, got ${shown(value)}${curlyQuotes(value)}`
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...issue.path, key],
        message: `unknown field "${key}"${curlyQuotes(key)}`,
      }))
    case 'invalid_type': {
      const field = issue.path[issue.path.length - 1]
      if (value === undefined && typeof field === 'string')
        return [{ path: issue.path, message: `missing field "${field}"` }]
      return [{ path: issue.path, message: `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}${got}` }]
    }
    case 'invalid_value': {
      const field = issue.path[issue.path.length - 1]
      const choices = issue.values.map((v) => JSON.stringify(v)).join(', ')
      if (value === undefined && typeof field === 'string')
        return [{ path: issue.path, message: `missing field "${field}": one of ${choices}` }]
      return [
        {
          path: issue.path,
          message: `expected one of ${choices}${got}`,
        },
      ]
    }
    case 'invalid_key': {
      const key = issue.path[issue.path.length - 1]
      return [{ path: issue.path, message: `"${String(key)}" cannot be a name here${curlyQuotes(key)}` }]
    }
    case 'too_small':
    case 'too_big':
      return [{ path: issue.path, message: `expected ${ownWords(issue.message) ?? size(issue)}${got}` }]
    case 'invalid_union':
      return describeUnion(issue, data)
    case 'invalid_format':
      return [{ path: issue.path, message: `expected ${ownWords(issue.message) ?? 'a web address'}${got}` }]
    default:
      return [{ path: issue.path, message: ownWords(issue.message) ?? 'a value that does not fit here' }]
  }
}

/**
 * A value that fits none of a union's shapes (an inject's change: a share, a territory, a kind of threat, an
 * adversary). The shape its own `fact` names is the one meant, and its problems are told; when no shape's
 * `fact` matches, that field's choices across every shape are.
 */
function describeUnion(
  issue: z.core.$ZodIssueInvalidUnion,
  data: unknown,
): { path: readonly PropertyKey[]; message: string }[] {
  const at = (sub: z.core.$ZodIssue): z.core.$ZodIssue => ({ ...sub, path: [...issue.path, ...sub.path] })
  const refusals = issue.errors
    .flat()
    .filter(
      (sub): sub is z.core.$ZodIssueInvalidValue => sub.code === 'invalid_value' && sub.path.length === 1,
    )
  // The field that tells the shapes apart is the one most of them refuse.
  const counts = new Map<PropertyKey, number>()
  for (const r of refusals) counts.set(r.path[0]!, (counts.get(r.path[0]!) ?? 0) + 1)
  const key = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
  if (key === undefined) return [{ path: issue.path, message: 'a value that does not fit here' }]
  const refusesKey = (sub: z.core.$ZodIssue) => sub.code === 'invalid_value' && sub.path[0] === key
  const meant = issue.errors
    .filter((branch) => !branch.some(refusesKey))
    .sort((a, b) => a.length - b.length)[0]
  if (meant) return meant.flatMap((sub) => describeIssue(at(sub), data))
  const choosing = refusals.filter((r) => r.path[0] === key)
  const values = [...new Set(choosing.flatMap((c) => c.values))]
  return describeIssue({ ...choosing[0]!, path: [...issue.path, key], values }, data)
}

/** The schema's own messages ("a number from 0 to 1") are written for instructors; zod's defaults are not. */
const ownWords = (message: string): string | undefined => (/^[a-z]/.test(message) ? message : undefined)

/** A limit in words, counting what the field holds: "at most 12 roles", "at least one source". */
function size(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const big = issue.code === 'too_big'
  const limit = Number(big ? issue.maximum : issue.minimum)
  const bound = issue.inclusive ? (big ? 'at most' : 'at least') : big ? 'less than' : 'more than'
  switch (issue.origin) {
    case 'array':
    case 'set': {
      const noun = itemNoun(issue.path)
      if (!big && limit === 1 && issue.inclusive) return `at least one ${noun}`
      return `${bound} ${limit} ${noun}${limit === 1 ? '' : 's'}`
    }
    case 'string':
      return `a text of ${bound} ${limit} characters`
    default: {
      const compared = issue.inclusive ? (big ? 'no more than' : 'no less than') : bound
      return `${issue.origin === 'int' ? 'a whole number' : 'a number'} ${compared} ${limit}`
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
export function curlyQuotes(value: unknown): string {
  if (typeof value !== 'string' || !/^\s*[“”‘’„«»]|[“”‘’„«»]\s*$/.test(value)) return ''
  return ': the value is wrapped in curly quotes (“ ” or ‘ ’), which YAML reads as part of the text. Type straight quotes (" or \') or none; word processors change them as you type'
}
