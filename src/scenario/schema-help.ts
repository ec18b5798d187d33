// What the JSON Schema says about the place under the cursor of a YAML file being typed: the fields a group may
// still take, the values a field allows, and what each means. Read from the lines and their indentation rather
// than from a parse, since a file being typed is seldom valid YAML. The words it adds come in the reader's language
// (schema-help-words.ts).
import { HELP_EN, type HelpWords, valueKind } from './schema-help-words'
import type { SchemaNode } from './schema-node'

export type { SchemaNode }

/** A list item is `*` in a path. */
export type HelpPath = readonly string[]

export type Place =
  /** Typing a field's name, in the group at `path`; `present` are the fields the group has already. */
  | {
      readonly kind: 'key'
      readonly path: HelpPath
      readonly prefix: string
      readonly present: readonly string[]
    }
  /** Typing the value at `path` (a field's, or a list item's). */
  | { readonly kind: 'value'; readonly path: HelpPath; readonly prefix: string }

const KEY_LINE = /^((?:- +)*)([A-Za-z0-9_$][\w.$-]*)\s*:(?:\s+(.*))?$/
const BLOCK_TEXT = /^[|>][-+0-9]*\s*(?:#.*)?$/

interface Line {
  readonly indent: number
  /** Where a mapping on this line starts: after its dashes. */
  readonly inner: number
  readonly dashes: number
  readonly key?: string
  readonly value?: string
}

function parseLine(raw: string): Line | undefined {
  const body = raw.trimStart()
  if (body === '' || body.startsWith('#')) return undefined
  const indent = raw.length - body.length
  const dashes = /^(?:- +|-$)*/.exec(body)![0].length
  const m = KEY_LINE.exec(body)
  return m
    ? { indent, inner: indent + m[1]!.length, dashes: m[1]!.length, key: m[2]!, value: m[3]?.trim() ?? '' }
    : { indent, inner: indent + dashes, dashes }
}

/** The place at the cursor (`offset` into `text`), or undefined inside free text or a comment. */
export function placeAt(text: string, offset: number): Place | undefined {
  const before = text.slice(0, offset)
  const start = before.lastIndexOf('\n') + 1
  const typed = before.slice(start)
  if (/(^|\s)#/.test(typed)) return undefined
  const lines = text.slice(0, start).split('\n').slice(0, -1)
  const body = typed.trimStart()
  const indent = typed.length - body.length
  const dashes = /^(?:- +)*/.exec(body)![0]
  const rest = body.slice(dashes.length)
  const inner = indent + dashes.length
  // Each dash on the line opens a list item: "- - x" is an item of an item.
  const items = dashes.split('-').length - 1

  const parent = pathAbove(lines, dashes ? indent : inner)
  if (!parent) return undefined
  const here = [...parent, ...Array<string>(items).fill('*')]

  const field = /^([A-Za-z0-9_$][\w.$-]*)\s*:\s+(.*)$/.exec(rest)
  if (field) {
    const value = field[2]!
    const path = [...here, field[1]!]
    // In a flow list, `members: [russia, be`, the value typed is one item's.
    const flow = /^\[(?:[^\]]*,)?\s*([^,\]]*)$/.exec(value)
    if (flow) return { kind: 'value', path: [...path, '*'], prefix: unquote(flow[1]!) }
    return { kind: 'value', path, prefix: unquote(value) }
  }
  if (/^[A-Za-z0-9_$][\w.$-]*$|^$/.test(rest)) {
    // A bare word on a list item's line is the item itself when the list holds values, not groups.
    const present = items > 0 ? [] : siblings(lines, inner)
    return { kind: 'key', path: here, prefix: rest, present }
  }
  return undefined
}

/**
 * The path of the group a line at `indent` belongs to: the fields opened above it, and a `*` for each list item
 * it is inside. Undefined inside a block of text (`briefing: |`).
 */
function pathAbove(lines: readonly string[], indent: number): HelpPath | undefined {
  const path: string[] = []
  let need = indent
  for (let i = lines.length - 1; i >= 0 && need > 0; i--) {
    const line = parseLine(lines[i]!)
    if (!line || line.indent >= need) continue
    const items = Array<string>(line.dashes > 0 ? countDashes(lines[i]!) : 0).fill('*')
    if (line.dashes > 0 && line.inner === need) {
      // A field of the list item that begins on this line: the list's own field may sit at the dash's column.
      path.unshift(...items)
      need = line.indent + 1
      continue
    }
    if (line.key === undefined || line.inner >= need) continue
    if (BLOCK_TEXT.test(line.value!)) return undefined
    if (line.value !== '' && !line.value!.startsWith('#')) continue
    path.unshift(line.key)
    path.unshift(...items)
    need = line.dashes > 0 ? line.indent + 1 : line.indent
  }
  return path
}

const countDashes = (raw: string): number => (/^\s*((?:- +|-$)*)/.exec(raw)![1]!.match(/-/g) ?? []).length

/** The fields already given above the cursor in the group whose fields start at column `inner`. */
function siblings(lines: readonly string[], inner: number): string[] {
  const found: string[] = []
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = parseLine(lines[i]!)
    if (!line || line.inner > inner) continue
    if (line.inner === inner && line.key) found.push(line.key)
    // The group began on this line: a list item's dash line, or anything less indented.
    if (line.inner < inner || line.dashes > 0) break
  }
  return found
}

const unquote = (value: string): string => value.replace(/^["']/, '').replace(/["']$/, '')

/** The schema of the value at a path (`*` for a list's items), or undefined where the schema says nothing. */
export function schemaAt(root: SchemaNode, path: HelpPath): SchemaNode | undefined {
  let node: SchemaNode | undefined = root
  for (const segment of path) {
    if (!node) return undefined
    node = segment === '*' ? node.items : child(node, segment)
  }
  return node
}

function child(node: SchemaNode, key: string): SchemaNode | undefined {
  const own = node.properties?.[key]
  if (own) return own
  if (node.propertyNames?.enum && !node.propertyNames.enum.includes(key)) return undefined
  return typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined
}

export interface Suggestion {
  readonly label: string
  /** What to insert: the field's name with its colon, or the value. */
  readonly apply: string
  readonly kind: 'field' | 'value'
  readonly detail?: string
  readonly info?: string
}

/** What may be typed at a place: the group's remaining fields, or the field's allowed values. */
export function suggestionsAt(root: SchemaNode, place: Place, words: HelpWords = HELP_EN): Suggestion[] {
  const node = schemaAt(root, place.path)
  if (!node) return []
  if (place.kind === 'key') {
    const names = node.properties
      ? Object.keys(node.properties)
      : (node.propertyNames?.enum ?? []).filter((n): n is string => typeof n === 'string')
    if (names.length === 0)
      return suggestionsAt(root, { kind: 'value', path: place.path, prefix: place.prefix }, words)
    return names
      .filter((n) => !place.present.includes(n) && n !== '$schema')
      .map((name) => {
        const field = child(node, name)
        const required = node.required?.includes(name)
        const kind = valueKind(field)
        return {
          label: name,
          apply: `${name}:${field && isGroup(field) ? '' : ' '}`,
          kind: 'field' as const,
          detail: [kind ? words.kind[kind] : '', required ? words.required : ''].filter(Boolean).join(', '),
          ...(field?.description ? { info: words.describe(field.description) } : {}),
        }
      })
  }
  const choices = node.enum ?? (valueKind(node) === 'true-or-false' ? [true, false] : [])
  return choices.map((v) => ({
    label: String(v),
    apply: String(v),
    kind: 'value' as const,
    ...(node.description ? { info: words.describe(node.description) } : {}),
  }))
}

/** The help for the field or value at a path, as the editor's hover shows it. */
export function helpAt(
  root: SchemaNode,
  path: HelpPath,
  words: HelpWords = HELP_EN,
): { title: string; text: string } | undefined {
  const node = schemaAt(root, path)
  if (!node) return undefined
  const parts = [node.description ? sentence(words.describe(node.description)) : '']
  if (node.enum) parts.push(words.oneOf(node.enum.map(String)))
  else if (node.minimum !== undefined && node.maximum !== undefined)
    parts.push(words.range(node.minimum, node.maximum))
  const title = path.filter((p) => p !== '*').join('.')
  const text = parts.filter(Boolean).join(' ')
  return text ? { title, text } : undefined
}

const isGroup = (node: SchemaNode): boolean => node.type === 'object' || node.type === 'array'

/** A description as a sentence, so the choices or the range after it read as one more. */
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`)
