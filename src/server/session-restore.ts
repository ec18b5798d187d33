// Rebuilding what a server holds from the event log, and letting sessions go: when the server starts every
// logged session is replayed (the old ones deleted unread), one another server wrote is loaded again when this
// one takes it over, and the periodic prune deletes those whose last event is too old. LiveSessions
// (live-sessions.ts) owns the state these work on and is their one caller.
import type { SessionId } from '../live'
import type { EventLog } from './event-log'
import { replay } from './replay'
import type { ScenarioBudget } from './scenario-budget'
import type { ScenarioLibrary } from './scenario-library'
import type { SessionRegistry } from './session-registry'
import { tokenHashesOf, type Unrestorable, type UnrestorableSessions } from './unrestored'

/** A logged session that could not be rebuilt, why in one line, and how its clients name it. */
export type NotRestored = Unrestorable

/** What a start-up found in the log: the sessions held now, those deleted unread, and those left out. */
export interface Restored {
  restored: number
  pruned: number
  failed: NotRestored[]
}

/** A server's sessions as restoring and pruning see them: held, counted against its limits, and logged. */
export interface Holdings {
  readonly log: EventLog
  readonly held: SessionRegistry
  /** How much scenario text each held session counts for. */
  readonly budget: ScenarioBudget<SessionId>
  /** The scenarios loaded: an imported one only while a held session plays it. */
  readonly library: ScenarioLibrary
  /** The logged sessions that could not be rebuilt, to tell their clients so (unrestored.ts). */
  readonly unrestorable: UnrestorableSessions
}

/**
 * Replays every logged session whose last event is at or after `pruneBefore`, and deletes the older
 * ones from the log unread. One that no longer loads is reported, in a line, and left out, never fatal: its
 * clients are told it could not be restored.
 */
export async function restoreAll(h: Holdings, pruneBefore: number): Promise<Restored> {
  const failed: NotRestored[] = []
  let pruned = 0
  for (const { id, code, lastAt } of await h.log.sessions()) {
    if (lastAt < pruneBefore) {
      await h.log.remove(id)
      pruned++
      continue
    }
    const loaded = await loadSession(h, id, code, lastAt)
    if (loaded) {
      failed.push(loaded)
      h.unrestorable.add(loaded)
    }
  }
  return { restored: h.held.size, pruned, failed }
}

/**
 * Rebuilds one session from the log (at the server's start, a server taking it over from another, one unsure of
 * its last write), or says why it cannot. Whatever this server held of it before is replaced: the log is the
 * truth. The session's fence is raised first, so that no write given up on before, by this server or the one
 * that held it, can land after the read (event-log.ts); its appends from now on are made under the new fence.
 */
export async function loadSession(
  h: Holdings,
  id: SessionId,
  code: string,
  lastAt: number,
): Promise<NotRestored | undefined> {
  const fence = await h.log.fence(id)
  const raw = await h.log.events(id)
  const replayed = replay(raw, (text, file) => h.library.logged(text, file))
  if (!replayed.ok) {
    const message = replayed.message.replace(/\s*\n\s*/g, ' ')
    return { id, code, message, tokenHashes: tokenHashesOf(raw), lastAt }
  }
  h.unrestorable.drop(id)
  forget(h, id)
  h.held.remember(replayed.session, lastAt)
  h.held.fenced(id, fence)
  h.budget.hold(id, replayed.textBytes)
  return undefined
}

/**
 * Forgets every session whose last event is older than `before`: out of memory, its tokens no longer
 * valid, its events deleted from the log. A finished session's last event is its end, so its debrief
 * and its results stay until then. Returns the sessions pruned.
 */
export async function pruneSessions(h: Holdings, before: number): Promise<SessionId[]> {
  const pruned = [...h.held.olderThan(before), ...h.unrestorable.olderThan(before)]
  for (const id of pruned) {
    await h.log.remove(id)
    dropSession(h, id)
    h.unrestorable.drop(id)
  }
  return pruned
}

/**
 * Forgets a session here without touching the log: it was pruned, or another server writes it now.
 * An imported scenario goes with its last session; the bundled ones stay loaded for the next.
 */
export function dropSession(h: Holdings, id: SessionId): void {
  if (forget(h, id)) h.library.keepOnly(new Set([...h.held.sessions()].map((x) => x.base)))
}

/** Out of memory, its scenario text no longer counted; whether it was here. */
function forget(h: Holdings, id: SessionId): boolean {
  h.budget.hold(id, 0)
  return h.held.forget(id)
}
