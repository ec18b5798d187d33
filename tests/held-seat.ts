// The seat a live screen opens, held by the test rather than opened through the store, so that a screen renders
// whatever seat state the test built (with `seatState`) and never opens a socket. A test file mocks the hook with
//
//   vi.mock(import('../src/ui/live/use-seat'), async (actual) =>
//     (await import('./held-seat')).holdSeat(await actual()),
//   )
//
// (the mock must be written in the test file itself, where vitest hoists it above the imports) and then sets
// `held.seat` before each render. The module's other hooks stay real.
import type * as UseSeat from '../src/ui/live/use-seat'

/** What `useSeat` returns on every screen of the file: set it before rendering. */
export const held: { seat: unknown } = { seat: null }

/** The hook's module with `useSeat` answering `held.seat`. */
export const holdSeat = (actual: typeof UseSeat): typeof UseSeat => ({
  ...actual,
  useSeat: <S>() => held.seat as S,
})
