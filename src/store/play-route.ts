// Where a game's screens live in the address.
import type { PlayScreen, Route } from './route'
import type { GameId } from './saved-game'

/** Where a game's screen lives: the seed always, the decisions once past the briefing. */
export function playRoute(game: GameId, screen: PlayScreen): Route {
  return {
    name: 'play',
    scenario: game.scenario,
    role: game.role,
    screen,
    seed: game.seed,
    ...(screen === 'briefing' ? {} : { choices: [...game.decisions] }),
  }
}
