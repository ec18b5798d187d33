// A command forwarded to the server holding its session (cluster.ts) may reach that server more than once: the
// server that forwarded it asks again when an answer did not come in time, and the answer may have been lost
// rather than the question (the asking server not listening when it came). Each forwarded command carries an
// id; the holder handles an id once and gives a repeat the first answer, so a command is never applied twice.

export interface AnswerOnce<T> {
  /** Whether `id` was handled (or is being handled) here in the last while. */
  has(id: string): boolean
  /**
   * Runs `handle` for an id not seen in the last while; for one seen, the first run's result (still to come,
   * if it is running). `first` says which.
   */
  answer(id: string, handle: () => Promise<T>): { readonly result: Promise<T>; readonly first: boolean }
}

/** Remembers each id's result for `keepMs`. */
export function answerOnce<T>(keepMs: number): AnswerOnce<T> {
  const results = new Map<string, Promise<T>>()
  return {
    has: (id) => results.has(id),
    answer(id, handle) {
      const known = results.get(id)
      if (known) return { result: known, first: false }
      const result = handle()
      results.set(id, result)
      setTimeout(() => results.delete(id), keepMs).unref()
      return { result, first: true }
    },
  }
}
