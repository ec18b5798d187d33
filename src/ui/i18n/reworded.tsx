// Other words for one place in the app: a screen that reuses another's panels but not its situation names the
// messages whose words are untrue there and the messages to say instead, and every `t` beneath it reads those.
// Pass-the-device does: it shows the live session's dashboard and team panel on one device, with no joining.
import { createContext, type ReactNode, useContext } from 'react'

/** Message id → the id to read in its place. */
export type Rewording = Readonly<Record<string, string>>

const RewordingContext = createContext<Rewording | null>(null)

export function Reworded({ words, children }: { words: Rewording; children: ReactNode }) {
  return <RewordingContext.Provider value={words}>{children}</RewordingContext.Provider>
}

/** The rewording in force here, or null where the app's own words hold. */
export const useRewording = (): Rewording | null => useContext(RewordingContext)
