// The store's public face. Nothing here loads the engine: that comes in the kit, after the first paint.

export { playRoute } from './game-slice'
export { createGameStore, type GameStoreApi } from './game-store'
export type { LibraryEntry, Session } from './kit'
export { formatHash, LIBRARY, PLAY_SCREENS, type PlayScreen, parseHash, parseSeed, type Route } from './route'
export { clearSave, type GameId, SAVE_KEY, SAVE_VERSION, type SaveStorage } from './saved-game'
export * from './selectors'
export type { GameView, TreatyReading, WhatIfView } from './session'
export type { GameStoreDeps } from './slice'
export type { GameStore, LibraryState, Notice } from './state'
export { connectUrl } from './url-sync'
export { GameStoreProvider, useGame, useGameStore } from './use-game'
