// A storage that lives in a Map, for the tests that read and plant what the app keeps in the browser.
import type { SaveStorage } from '../src/store'

/** A storage that lives in a Map: `data` is there to read what was kept, `initial` to plant it. */
export function memoryStorage(
  initial: Record<string, string> = {},
): SaveStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial))
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  }
}
