// How large a client's payload is, counted without serialising it: building a large payload's JSON text only to
// measure it held the event loop, for a message that would be refused anyway. Binary attachments reach here
// empty, their bytes dropped as they arrived (dropped-attachments.ts), and the transport refuses a payload holding
// any, whatever its size.

/**
 * The payload's size in bytes, near its JSON text's: strings by their UTF-8 length, binary by its bytes,
 * a byte or so for each number and separator. Counting stops once it passes `limit`: a payload far over it
 * costs no more to refuse than one just over it.
 */
export function payloadBytes(payload: unknown, limit: number): number {
  let total = 0
  const stack: unknown[] = [payload]
  while (stack.length > 0 && total <= limit) {
    const value = stack.pop()
    if (typeof value === 'string') total += Buffer.byteLength(value) + 2
    else if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) total += value.byteLength
    else if (Array.isArray(value)) {
      total += 2
      for (let i = 0; i < value.length && total <= limit; i++) {
        total += 1
        stack.push(value[i])
      }
    } else if (typeof value === 'object' && value !== null) {
      total += 2
      for (const key in value) {
        if (total > limit) break
        total += Buffer.byteLength(key) + 4
        stack.push((value as Record<string, unknown>)[key])
      }
    } else total += String(value).length
  }
  return total
}

/**
 * Whether the payload holds binary data anywhere: socket.io accepts attachments, the protocol has none, and a
 * Buffer read as an object would be refused with the names of its hundred methods. Walked without recursion,
 * after payloadBytes has bounded the payload's size.
 */
export function hasBinary(payload: unknown): boolean {
  const stack: unknown[] = [payload]
  while (stack.length > 0) {
    const value = stack.pop()
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return true
    if (typeof value === 'object' && value !== null) stack.push(...Object.values(value))
  }
  return false
}
