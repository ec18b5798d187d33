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
  if (Array.isArray(value)) return `a list of ${value.length}`
  return 'a group of fields'
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  number: 'a number',
  string: 'a text',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
  int: 'a whole number',
}

export function describeIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
): { path: readonly PropertyKey[]; message: string }[] {
  const value = valueAt(data, issue.path)
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...issue.path, key], message: `unknown field "${key}"` }))
    case 'invalid_type': {
      const field = issue.path[issue.path.length - 1]
      if (value === undefined && typeof field === 'string')
        return [{ path: issue.path, message: `missing field "${field}"` }]
      return [
        {
          path: issue.path,
          message: `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${shown(value)}`,
        },
      ]
    }
    case 'invalid_value':
      return [
        {
          path: issue.path,
          message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${shown(value)}`,
        },
      ]
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
      return [{ path: issue.path, message: `expected ${plain(issue.message)}, got ${shown(value)}` }]
    default:
      return [{ path: issue.path, message: plain(issue.message) }]
  }
}

/** The schema's own messages read "a number from 0 to 1"; zod's defaults get a lower-case start. */
const plain = (message: string): string =>
  message
    .replace(
      /^Too (small|big): expected (string|array) to have ([<>]=?)(\d+) (characters|items)$/,
      (_m, _s, kind, op, n, unit) =>
        `${kind === 'array' ? 'a list' : 'a text'} with ${op.startsWith('<') ? 'at most' : 'at least'} ${n} ${unit}`,
    )
    .replace(/^Invalid input: /, '')
    .replace(/^./, (c) => c.toLowerCase())
