// Numbers written in hexadecimal (0x1) or octal (0o7): YAML reads them as numbers, but no field of a scenario or a
// profile means one, and an instructor who typed one made a slip (0x1 is 1, not 0.1). They are kept as the text
// written, so the schema refuses them where a number belongs, at their line, and says how to write a share.
import { type Document, isScalar, visit } from 'yaml'

export type Radix = 'hexadecimal' | 'octal'

/** Turns every number written in hexadecimal or octal back into the text it was written as. */
export function keepRadixNumbersAsWritten(doc: Document): void {
  visit(doc, {
    Scalar(_, node) {
      if (
        isScalar(node) &&
        typeof node.value === 'number' &&
        (node.format === 'HEX' || node.format === 'OCT')
      )
        node.value = String(node.source)
    },
  })
}

/** The radix a value was written in, when it is a text that YAML's core schema reads as a number in one. */
export function radixOf(value: unknown): Radix | undefined {
  if (typeof value !== 'string') return undefined
  if (/^0x[0-9a-fA-F]+$/.test(value)) return 'hexadecimal'
  if (/^0o[0-7]+$/.test(value)) return 'octal'
  return undefined
}
