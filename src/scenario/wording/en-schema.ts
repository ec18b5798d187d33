// How the English words a value the schema refuses: what was expected, and the value that was found.
import type { Radix } from '../radix'

/** A found value, as a message shows it: short, and never the whole of a large value. */
export type Shown =
  | { readonly kind: 'nothing' | 'empty' | 'empty-list' | 'group' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'long-text'; readonly start: string }
  | { readonly kind: 'plain'; readonly text: string }
  | { readonly kind: 'list'; readonly count: number }

/** The kinds of value the schema names (zod's names for them). */
export type TypeName = 'number' | 'string' | 'boolean' | 'object' | 'array' | 'int' | 'record'

export type Bound = 'at-most' | 'at-least' | 'less-than' | 'more-than' | 'no-more-than' | 'no-less-than'

/** A limit: on a list's items (named by what one item is), a text's characters, or a number. */
export type Size =
  | { readonly of: 'list'; readonly bound: Bound; readonly limit: number; readonly noun: string }
  | { readonly of: 'text'; readonly bound: Bound; readonly limit: number }
  | { readonly of: 'number' | 'whole-number'; readonly bound: Bound; readonly limit: number }

/** A letter that looks right on screen but is not what the file needs (describe-issue.ts's hiddenLetter). */
export type HiddenLetter =
  | { readonly kind: 'cyrillic'; readonly char: string }
  | { readonly kind: 'invisible'; readonly code: string }
  | null

/** What was found, and whether its curly quotes or a letter that hides in it are the likely cause. */
export interface Found {
  readonly got: Shown
  readonly curly: boolean
  readonly hidden?: HiddenLetter
  /** A number or true/false where a text belongs: YAML read the unquoted value as one ("date: 2021"). */
  readonly bare?: boolean
  /** A number written in hexadecimal or octal where a number belongs (number-forms.ts, radix.ts). */
  readonly radix?: Radix
}

const shownEn = (s: Shown): string => {
  switch (s.kind) {
    case 'nothing':
      return 'nothing'
    case 'empty':
      return 'an empty value'
    case 'text':
      return `"${s.text}"`
    case 'long-text':
      return `a text ("${s.start}…")`
    case 'plain':
      return s.text
    case 'empty-list':
      return 'an empty list'
    case 'list':
      return `a list of ${s.count}`
    case 'group':
      return 'a group of fields'
  }
}

const TYPE_NAMES: Readonly<Record<TypeName, string>> = {
  number: 'a number',
  string: 'a text',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
  int: 'a whole number',
  record: 'a group of fields',
}

const BOUNDS: Readonly<Record<Bound, string>> = {
  'at-most': 'at most',
  'at-least': 'at least',
  'less-than': 'less than',
  'more-than': 'more than',
  'no-more-than': 'no more than',
  'no-less-than': 'no less than',
}

function size(s: Size): string {
  const bound = BOUNDS[s.bound]
  switch (s.of) {
    case 'list':
      if (s.bound === 'at-least' && s.limit === 1) return `at least one ${s.noun}`
      return `${bound} ${s.limit} ${s.noun}${s.limit === 1 ? '' : 's'}`
    case 'text':
      return `a text of ${bound} ${s.limit} characters`
    default:
      return `${s.of === 'whole-number' ? 'a whole number' : 'a number'} ${bound} ${s.limit}`
  }
}

const CURLY =
  ': the value is wrapped in curly quotes (“ ” or ‘ ’), which YAML reads as part of the text. Type straight quotes (" or \') or none; word processors change them as you type'

const curly = (c: boolean): string => (c ? CURLY : '')
/** `what`: the value, or a field's name, which a hidden letter leaves looking like the name it misses. */
const HIDDEN = (h: NonNullable<HiddenLetter>, what = 'value'): string =>
  h.kind === 'cyrillic'
    ? `: it has the Cyrillic letter "${h.char}", which looks like a Latin one. Type it again with the keyboard set to English`
    : `: it has a character that shows nothing (${h.code}), often pasted in with the text. Type the ${what} again`
const BARE = (s: Shown): string =>
  s.kind === 'plain'
    ? `: without quotes YAML does not read ${s.text} as a text; write it in quotes, "${s.text}"`
    : ''
const RADIX = (r: Radix, s: Shown): string =>
  s.kind === 'text'
    ? `: ${s.text} is ${r === 'octal' ? 'an' : 'a'} ${r} number, which YAML reads as ${Number(s.text)}; write shares and other numbers as decimals, such as 0.6`
    : ''
const got = ({ got, curly: c, hidden: h, bare, radix }: Found): string =>
  `, got ${shownEn(got)}${curly(c)}${h ? HIDDEN(h) : ''}${bare ? BARE(got) : ''}${radix ? RADIX(radix, got) : ''}`

export const SCHEMA_EN = {
  'unknown-field': ({
    key,
    curly: c,
    hidden: h,
    near,
  }: {
    key: string
    curly: boolean
    hidden?: HiddenLetter
    near?: string
  }) =>
    `unknown field "${key}"${curly(c)}${near === undefined ? '' : ` (did you mean "${near}"?)`}${h ? HIDDEN(h, 'name') : ''}`,
  'missing-field': ({ field }: { field: string }) => `missing field "${field}"`,
  'missing-choice': ({ field, choices }: { field: string; choices: readonly string[] }) =>
    `missing field "${field}": one of ${choices.join(', ')}`,
  'expected-type': (p: Found & { type: string }) =>
    `expected ${TYPE_NAMES[p.type as TypeName] ?? p.type}${got(p)}`,
  'expected-choice': (p: Found & { choices: readonly string[] }) =>
    `expected one of ${p.choices.join(', ')}${got(p)}`,
  'expected-size': (p: Found & { size: Size }) => `expected ${size(p.size)}${got(p)}`,
  /** The schema's own words for what it expects ("a date written YYYY-MM-DD"). */
  'expected-words': (p: Found & { words: string }) => `expected ${p.words}${got(p)}`,
  'expected-address': (p: Found) => `expected a web address${got(p)}`,
  'bad-key': ({ key, curly: c }: { key: string; curly: boolean }) =>
    `"${key}" cannot be a name here${curly(c)}`,
  'own-words': ({ words }: { words: string }) => words,
  'does-not-fit': () => 'a value that does not fit here',
}
