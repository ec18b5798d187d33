// Moves pass-the-device's holder through the store's navigation: a step is a new history entry or replaces the
// one it leaves, as pass-device-step.ts chooses.
import { useGame } from '../../store'
import type { PassMove } from '../../store/pass-the-device'

export function usePassMove(): (move: PassMove | null) => void {
  const navigate = useGame((s) => s.navigate)
  const enter = useGame((s) => s.enter)
  return (move) => {
    if (move) void (move.write === 'push' ? navigate(move.route) : enter(move.route))
  }
}
