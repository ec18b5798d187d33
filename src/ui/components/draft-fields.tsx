// Where a decision form keeps its choices until they are sent: in the form itself, unless its host provides a
// keeper (pass-the-device keeps each team's in the exercise's store), so a form left and come back to, by a
// hand-over or the back button, finds its choices as it left them.
import { createContext, useContext, useState } from 'react'

type Value = string | number

/** The choices kept for one decision, field by field (null: a choice cleared), and how to keep another. */
export interface DraftKeeper {
  readonly fields: Readonly<Record<string, Value | null>>
  readonly keep: (field: string, value: Value | null) => void
}

export const DraftKeeperContext = createContext<DraftKeeper | null>(null)

/**
 * A form's choice: its state when no keeper is given, else the keeper's (the value it starts from, `initial`, is
 * the decision sent, if any; a kept choice comes first). A kept value is one the form offered for this decision.
 */
export function useDraftField<T extends Value>(
  field: string,
  initial: T | undefined,
): readonly [T | undefined, (value: T | undefined) => void] {
  const keeper = useContext(DraftKeeperContext)
  const [own, setOwn] = useState<T | undefined>(initial)
  if (!keeper) return [own, setOwn]
  const kept = keeper.fields[field]
  const value = kept === undefined ? initial : kept === null ? undefined : (kept as T)
  return [value, (next) => keeper.keep(field, next ?? null)]
}
