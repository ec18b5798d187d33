// A refused live request in the reader's language: picked by the refusal's code and the request it answered,
// so every seat words it in its own language; the server's English never reaches the screen.
import type { Refusal, RefusalReason } from '../../store/live'
import type { Translate } from '../i18n/use-text'

/** What "not found" means depends on what was asked: a code nobody holds, a team or inject, a scenario. */
function notFound(refusal: Refusal, t: Translate, code: string): string {
  switch (refusal.request) {
    case 'lobby':
    case 'join':
      return t('live.error.noSession', { code })
    case 'rejoin':
      // A wrong, used or expired rejoin code are one refusal: the server does not say which (reason aside).
      return t('live.error.rejoinWrong')
    case 'create':
      return t('live.error.noScenario')
    case 'command':
    case 'readmit':
      return t('live.error.noSuch')
    case 'list':
    case 'resume':
    case 'submit':
    case 'export':
      return t('live.error.gone')
  }
}

/** Each condition of a join or a submission that can fail, as a sentence that says what to do. */
const REASON: Readonly<Record<RefusalReason, string>> = {
  started: 'live.error.reason.started',
  'teams-full': 'live.error.reason.teamsFull',
  'no-name': 'live.error.reason.noName',
  'name-too-long': 'live.error.reason.nameTooLong',
  'browser-joined': 'live.error.reason.browserJoined',
  'name-taken': 'live.error.reason.nameTaken',
  'name-similar': 'live.error.reason.nameSimilar',
  'role-taken': 'live.error.reason.roleTaken',
  'seats-taken': 'live.error.reason.seatsTaken',
  'no-round': 'live.error.reason.noRound',
  'round-closed': 'live.error.reason.roundClosed',
  'time-up': 'live.error.reason.timeUp',
  'round-over': 'live.error.reason.roundOver',
  'owes-none': 'live.error.reason.owesNone',
  revealed: 'live.error.reason.revealed',
  'rejoin-expired': 'live.error.reason.rejoinExpired',
  'readmits-drawn': 'live.error.reason.readmitsDrawn',
  'guesses-missed': 'live.error.codesMissed',
  'resumes-spent': 'live.error.reason.resumesSpent',
  'exports-spent': 'live.error.reason.exportsSpent',
  'network-full': 'live.error.reason.networkFull',
  'changes-spent': 'live.error.reason.changesSpent',
  'clock-spent': 'live.error.reason.clockSpent',
  'clock-changed': 'live.error.reason.clockChanged',
  'removes-spent': 'live.error.reason.removesSpent',
  'team-readmits-spent': 'live.error.reason.teamReadmitsSpent',
}

/**
 * The server cannot reach its event log: nothing to change in the request, but what to do if it lasts depends on
 * who asks. A team tells the facilitator; the facilitator tells whoever runs the server; a resume, either's, waits.
 */
function storeUnavailable(refusal: Refusal, t: Translate): string {
  switch (refusal.request) {
    case 'lobby':
    case 'join':
    case 'rejoin':
    case 'submit':
      return t('live.error.storeUnavailable.team')
    case 'list':
    case 'create':
    case 'command':
    case 'readmit':
    case 'export':
      return t('live.error.storeUnavailable.facilitator')
    case 'resume':
      return t('live.error.storeUnavailable.resume')
  }
}

/**
 * The session is in the server's log, but this version of the server cannot open it: trying again will not help.
 * A seat that resumed keeps its token, and carries on once a server that reads the session runs; a team that asks
 * by the code tells the facilitator, who asks whoever runs the server (its log says why).
 */
const unrestorable = (refusal: Refusal, t: Translate, code: string): string =>
  refusal.request === 'resume'
    ? t('live.error.unrestorable.resume')
    : t('live.error.unrestorable.code', { code })

/**
 * "Not now" comes in many kinds (a taken name, a closed round): the reason says which, where the rules give one;
 * else the request says which kinds the reader may have hit.
 */
function conflict(refusal: Refusal, t: Translate): string {
  if (refusal.reason) return t(REASON[refusal.reason])
  switch (refusal.request) {
    case 'join':
      return t('live.error.joinRefused')
    case 'submit':
      return t('live.error.submitRefused')
    default:
      return t('live.error.notNow')
  }
}

/**
 * The refusal as a sentence; `code` is the session's join code, and `problems` how many mistakes the server
 * found in an imported scenario (listed below the sentence, each with its line).
 */
export function refusalWords(refusal: Refusal, t: Translate, code = '', problems = 0): string {
  switch (refusal.code) {
    case 'bad-request':
    case 'unknown-event':
      return t('live.error.badRequest')
    case 'too-large':
      return t('live.error.tooLarge')
    case 'rate-limited':
      // A resume is a connection's first message, so no rate of the socket refuses it: only a seat already open
      // on as many connections as it may be, a seat resumed too often in a short while, or a network that has
      // resumed too many seats the server no longer knows. A lobby peek or a rejoin is refused by a rate only
      // when the network has tried too many codes that found nothing (a join may also be one team too many a
      // minute).
      if (refusal.request === 'resume') {
        const seconds = Math.ceil((refusal.retryAfterMs ?? 0) / 1000)
        if (refusal.reason === 'guesses-missed') return t('live.error.resumesMissed', { seconds })
        if (refusal.reason === 'resumes-spent') return t(REASON[refusal.reason], { seconds })
        return t('live.error.seatCrowded')
      }
      // As many rejoin codes, or exports of the results, as a session may have at once: when the next can be.
      if (refusal.reason === 'readmits-drawn' || refusal.reason === 'exports-spent')
        return t(REASON[refusal.reason], { seconds: Math.ceil((refusal.retryAfterMs ?? 0) / 1000) })
      // As many changes as the rounds so far allow: waiting a moment would not help, the next round does.
      if (refusal.reason === 'changes-spent' || refusal.reason === 'clock-spent')
        return t(REASON[refusal.reason])
      return refusal.request === 'lobby' || refusal.request === 'rejoin'
        ? t('live.error.codesMissed')
        : t('live.error.rateLimited')
    case 'full':
      // The server's own limit, or this network's share of it.
      return refusal.reason === 'network-full' ? t(REASON[refusal.reason]) : t('live.error.full')
    case 'busy':
      return t('live.error.busy')
    case 'store-unavailable':
      return storeUnavailable(refusal, t)
    case 'unrestorable':
      return unrestorable(refusal, t, code)
    case 'internal':
      return t('live.error.internal')
    case 'not-found':
      // A shared screen has no join code, and its joins can miss only a role the scenario lacks.
      if (refusal.request === 'join' && code === '') return t('live.error.noRole')
      // A rejoin code that was the team's latest, but out of time: ask for a new one.
      return refusal.request === 'rejoin' && refusal.reason
        ? t(REASON[refusal.reason])
        : notFound(refusal, t, code)
    case 'forbidden':
      return refusal.request === 'submit' ? t('live.error.notSeated') : t('live.error.facilitatorOnly')
    case 'conflict':
      return conflict(refusal, t)
    case 'invalid-decision':
      return t('live.error.invalidDecision')
    case 'invalid-scenario':
      return t('live.error.invalidScenario', { count: problems })
    case 'removed':
      return t('live.error.removed')
    case 'replaced':
      return t('live.error.replaced')
    case 'imported-gone':
      return t('live.error.importedGone')
  }
}
