// The radix of a number kept as the text it was written in (number-forms.ts), for the words of a problem: apart
// from the YAML parser, so that a page showing problems does not load it.
export type Radix = 'hexadecimal' | 'octal'

/** The radix a value was written in, when it is a text that YAML's core schema reads as a number in one. */
export function radixOf(value: unknown): Radix | undefined {
  if (typeof value !== 'string') return undefined
  if (/^0x[0-9a-fA-F]+$/.test(value)) return 'hexadecimal'
  if (/^0o[0-7]+$/.test(value)) return 'octal'
  return undefined
}
