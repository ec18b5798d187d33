// A join code as a person types it: read off a projector, where it is spaced out (H W P E 9 N), or pasted
// from a message with a space or a line break around it. What they meant is the six letters and digits.
import { CODE_LENGTH } from './client-messages'

/** The code in what was typed, in capitals, leaving out spaces and hyphens; `null` while it is not one yet. */
export function joinCodeFrom(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '').toUpperCase()
  return new RegExp(`^[A-Z0-9]{${CODE_LENGTH}}$`).test(code) ? code : null
}
