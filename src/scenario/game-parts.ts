// The parts of a game a learning objective can point to, so the debrief can show where each objective is met.
// Kept free of zod, like the vocabulary, for the screens that only need the names.

export const GAME_PARTS = [
  'briefing', // the background and the role cards
  'verdict', // the treaty, rule by rule
  'request', // the member's choice to ask, and how
  'response', // Moscow's answer
  'council', // the Collective Security Council's vote
  'china', // Beijing's reaction
  'exit', // the requester keeping or sending home the troops
  'outcomes', // the outcome bands and what the choices cost
  'what-if', // the sliders that move a fact
  'history', // the game beside what happened, and what followed
] as const
export type GamePart = (typeof GAME_PARTS)[number]
