// Hands the store to the component tree, so tests give each render its own store with fake scenarios.
import { createContext, type ReactNode, useContext } from 'react'
import { useStore } from 'zustand'
import type { GameStoreApi } from './game-store'
import type { GameStore } from './state'

const GameStoreContext = createContext<GameStoreApi | null>(null)

export function GameStoreProvider({ store, children }: { store: GameStoreApi; children: ReactNode }) {
  return <GameStoreContext.Provider value={store}>{children}</GameStoreContext.Provider>
}

/** Reads the store through a selector; the selector must return state as it is, or a primitive, to stay stable. */
export function useGame<T>(selector: (state: GameStore) => T): T {
  return useStore(useGameStore(), selector)
}

export function useGameStore(): GameStoreApi {
  const store = useContext(GameStoreContext)
  if (!store) throw new Error('useGame needs a GameStoreProvider above it')
  return store
}
