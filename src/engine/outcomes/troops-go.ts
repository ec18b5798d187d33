// Whether troops go: the one rule the engine's deployment (deployment.ts) and the words of a game's moves
// (src/ui/words/decisions.ts) both follow. A module of its own that imports nothing but types, so that the
// screens take it through the store's engine face (src/store/engine-face.ts) without the engine's code.
import type { Decision } from '../decisions/types'

/**
 * Whether troops go, from the kind of Moscow's answer (any other move sends none) and whether a member objected
 * in the Council: they go when it sends them, a collective force (`grant`) or Russia's own outside the alliance
 * (`bilateral`), and no member objected, since the Council decides by consensus. Only a collective force goes to
 * the Council, so Russia's own troops always go.
 */
export const troopsGo = (answer: Decision['kind'] | undefined, objected: boolean): boolean =>
  (answer === 'grant' || answer === 'bilateral') && !objected
