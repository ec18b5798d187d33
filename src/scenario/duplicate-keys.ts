// A field written twice in one group, found in one pass over the document read. The yaml library can find it
// itself (`uniqueKeys`), but it compares each key with every key before it in its group: a file under 1 MB
// with 40,000 fields took minutes to read, in the check, the sim, the workshop and a shared link alike.
import { type Document, isMap, isScalar, isSeq, YAMLParseError } from 'yaml'

/**
 * The first field in the file written a second time in its group, as the error yaml gives for it (the same code
 * and the same place, the second key's start), so that it is told in the same words as any syntax error.
 */
export function duplicateKeyError(doc: Document): YAMLParseError | undefined {
  let first: number | undefined
  const stack: unknown[] = [doc.contents]
  while (stack.length > 0) {
    const node = stack.pop()
    if (isMap(node)) {
      // Equal as yaml's own check has them: the same value, so `1` and "1" are two fields.
      const seen = new Set<unknown>()
      for (const { key, value } of node.items) {
        if (isScalar(key)) {
          const at = key.range?.[0] ?? 0
          if (!seen.has(key.value)) seen.add(key.value)
          else if (first === undefined || at < first) first = at
        } else stack.push(key)
        stack.push(value)
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push(item)
  }
  return first === undefined
    ? undefined
    : new YAMLParseError([first, first + 1], 'DUPLICATE_KEY', 'Map keys must be unique')
}
