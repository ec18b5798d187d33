// The words of the editor's schema help that are not the schema's own: a field's kind, "required", the choices
// and the range a hover adds, and each field's description. English here; the workshop gives a Russian reader
// src/scenario/wording/ru-schema-help.ts instead.
import type { SchemaNode } from './schema-node'

/** The kinds of value a field may take, as the completion list names them. */
export type ValueKind = 'choice' | 'group' | 'list' | 'number' | 'whole-number' | 'true-or-false' | 'text'

export interface HelpWords {
  /** A field's description, in this language: the schema's English when there is no other. */
  readonly describe: (english: string) => string
  readonly kind: Readonly<Record<ValueKind, string>>
  readonly required: string
  readonly oneOf: (choices: readonly string[]) => string
  readonly range: (minimum: number, maximum: number) => string
}

export const HELP_EN: HelpWords = {
  describe: (english) => english,
  kind: {
    choice: 'a choice',
    group: 'a group of fields',
    list: 'a list',
    number: 'a number',
    'whole-number': 'a whole number',
    'true-or-false': 'true or false',
    text: 'a text',
  },
  required: 'required',
  oneOf: (choices) => `One of: ${choices.join(', ')}.`,
  range: (minimum, maximum) => `A number from ${minimum} to ${maximum}.`,
}

/** The kind of value a schema node takes, or undefined where it does not say. */
export function valueKind(node: SchemaNode | undefined): ValueKind | undefined {
  if (!node) return undefined
  if (node.enum) return 'choice'
  switch (node.type) {
    case 'object':
      return 'group'
    case 'array':
      return 'list'
    case 'number':
      return 'number'
    case 'integer':
      return 'whole-number'
    case 'boolean':
      return 'true-or-false'
    case 'string':
      return 'text'
    default:
      return undefined
  }
}
