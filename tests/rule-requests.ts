// Every kind of request the treaty's rules tell apart: none, a hypothetical one, and a request under each framing.
import { FRAMINGS } from '../src/engine'
import type { RequestInput } from '../src/engine/treaty/rule-types'

export const REQUESTS: readonly RequestInput[] = [
  'none',
  'hypothetical',
  ...FRAMINGS.map((framing) => ({
    kind: 'request' as const,
    framing,
    help: 'peacekeepers' as const,
    days: 14 as const,
  })),
]
