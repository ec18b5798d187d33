// Pass-the-device's own words for the live session's panels it reuses. On one device passed round a table no
// team joins or connects, the teams are seated at the set-up, and the whole is an exercise, not a session on a
// server: each live message that says otherwise is read here under a pass-the-device id (reworded.tsx).
import type { Rewording } from '../i18n/reworded'

export const SHARED_SCREEN_WORDS: Rewording = {
  // The dashboard, with the teams seated before it opens.
  'live.panel.waiting': 'live.pass.shared.waiting',
  'live.status.joined': 'live.pass.shared.seated',
  // The lobby's status line for a screen reader: the teams are seated at the set-up, none joins.
  'live.panel.joinedNews': 'live.pass.shared.seatedNews',
  'live.panel.controls': 'live.pass.shared.controls',
  'live.panel.resultsText': 'live.pass.shared.resultsText',
  'live.control.start': 'live.pass.shared.start',
  'live.control.over': 'live.pass.shared.over',
  'live.control.finish': 'live.pass.shared.finish',
  'live.control.finishQuestion': 'live.pass.shared.finishQuestion',
  'live.control.finishKeep': 'live.pass.shared.finishKeep',
  // A team's screen, which it reads and then hands back.
  'live.team.lobby': 'live.pass.shared.teamLobby',
  // Refusals: the set-up form seats every team at once, so "already joined" means "another row of the form".
  'live.error.reason.nameTaken': 'live.pass.shared.nameTaken',
  'live.error.reason.nameSimilar': 'live.pass.shared.nameSimilar',
  'live.error.reason.roleTaken': 'live.pass.shared.roleTaken',
  'live.error.reason.seatsTaken': 'live.pass.shared.seatsTaken',
  'live.error.reason.teamsFull': 'live.pass.shared.teamsFull',
  'live.error.notNow': 'live.pass.shared.notNow',
  'live.error.noSuch': 'live.pass.shared.noSuch',
}
