// Numbers written in hexadecimal (0x1) or octal (0o7): YAML reads them as numbers, but no field of a scenario or a
// profile means one, and an instructor who typed one made a slip (0x1 is 1, not 0.1). They are kept as the text
// written, so the schema refuses them where a number belongs, at their line, and says how to write a share
// (radix.ts, which the words of problems use without bringing the YAML parser to a page that shows them).
import { type Document, isScalar, visit } from 'yaml'

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
