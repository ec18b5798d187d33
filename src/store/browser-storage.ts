// This page's storage, where the browser allows it: the single-player game's save, a seat's token and
// pass-the-device's session all keep themselves there.
import type { SaveStorage } from './saved-game'

/** Some browsers forbid storage (private modes, strict settings): what would be kept then goes unsaved. */
export function browserStorage(): SaveStorage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}
