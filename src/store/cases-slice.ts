// The cases page: every bundled historical crisis set beside the others, played once by the engine in its worker
// and kept for the visit (the bundled scenarios do not change while the page is open).
import { castDraft } from 'immer'
import type { Slice } from './slice'
import type { CasesSlice } from './state'

export const casesSlice: Slice<CasesSlice> = (set, get, ctx) => {
  let comparing: Promise<void> | undefined
  const failed = (message: string) =>
    set((s) => {
      s.cases = { status: 'failed', message }
    })

  const compare = async (): Promise<void> => {
    set((s) => {
      s.cases = { status: 'loading' }
    })
    await get().load('all')
    const { library } = get()
    if (library.status === 'failed') return failed(library.message)
    const { session } = ctx
    if (library.status !== 'ready' || !session) return failed('the engine did not load')
    // Only the crises that came with the game: an instructor's own file is not part of the shared record.
    const bundled = library.entries.flatMap((e) => (e.ok && !e.imported ? [e.scenario] : []))
    try {
      const rows = await session.compareCases(bundled)
      set((s) => {
        s.cases = { status: 'ready', rows: castDraft(rows) }
      })
    } catch (error) {
      failed(error instanceof Error ? error.message : String(error))
    }
  }

  return {
    cases: { status: 'idle' },
    loadCases() {
      // A failure may be passing (a worker that could not start): the next visit to the page tries again.
      if (get().cases.status === 'failed') comparing = undefined
      comparing ??= compare()
      return comparing
    },
  }
}
