// A notice belongs to one page: the one it was raised on, or, for a notice raised on the way somewhere (a scenario
// saved, then opened), the page the student is sent to next. Their next step elsewhere leaves it behind.
import { castDraft, type Draft } from 'immer'
import { formatHash, type Route } from './route'
import type { GetState, SetState } from './slice'
import type { GameStore } from './state'

/** Leaves the notice behind if `route` is a step away from its page. */
export function leaveNotice(set: SetState, get: GetState, route: Route): void {
  if (get().notice) set((s) => leaveNoticeIn(s, route))
}

/** The same, inside an update that moves the student to `route` (called before the route changes). */
export function leaveNoticeIn(s: Draft<GameStore>, route: Route): void {
  if (!s.notice) return
  if (!s.noticeAt) {
    // Entering the same page again (the library reloaded under it) is no step: the notice waits for one.
    if (place(route) !== place(s.route)) s.noticeAt = castDraft(route)
  } else if (place(s.noticeAt) !== place(route)) {
    s.notice = null
    s.noticeAt = null
  }
}

/** A route without its query: the same page whatever its seed and choices. */
export const place = (route: Route): string => formatHash(route).split('?')[0]!
