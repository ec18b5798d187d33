// One game two tests read: Armenia 2022, game 2 at the game's temperature, a student in Moscow's seat granting
// peacekeepers to restore order. Belarus and Kazakhstan stay out and Kyrgyzstan objects, so the Council blocks the
// force; the record has an observer mission.
import { type Decision, GAME_TEMPERATURE, play } from '../src/engine'
import type { ActorId } from '../src/scenario'
import { bundledScenario } from './bundled-scenarios'

export const armenia = bundledScenario('armenia-2022')

/** The finished game, its moves and its report. */
export function armeniaBlockedGrant() {
  const grant: Decision = { kind: 'grant', force: 'peacekeepers', mission: 'restore-order', days: 14 }
  const setup = (decisions: Decision[]) => ({
    seed: 2,
    temperature: GAME_TEMPERATURE,
    runs: 10,
    player: { actor: 'russia' as ActorId, decisions },
  })
  const first = play(armenia, setup([]))
  if (first.status !== 'awaiting') throw new Error(`Moscow was not asked: ${first.status}`)
  const answer = first.pending.options.find((d) => JSON.stringify(d) === JSON.stringify(grant))!
  const game = play(armenia, setup([answer]))
  if (game.status !== 'finished') throw new Error(`the game did not finish: ${game.status}`)
  return game
}
