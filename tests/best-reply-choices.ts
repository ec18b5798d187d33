// The choices that play, in the student's seat, the game the engine's best reply plays there: a route with them
// gives a game that came out the same as the engine's, on every indicator.
import type { GameStoreApi } from '../src/store'

export function bestReplyChoices(store: GameStoreApi): string[] {
  const { score } = store.getState().view!
  return score!.bestReplyGame.moves
    .filter((m) => m.by === 'player')
    .map(({ decision: d }) => (d.kind === 'request' ? `request:${d.framing}:${d.help}:${d.days}` : d.kind))
}
