// What bench:live's two runs share: how many sessions, teams and games, how long teams think, and a reveal as
// its clients got it.
export const SESSIONS = 30
export const TEAMS = 9
export const GAMES = 3
export const TIME_LIMIT_MS = 120_000
/** Teams think before they submit, so a round's submissions spread as in a room, not all at once. */
const THINK_MS = [200, 1500] as const

export const think = () => THINK_MS[0] + Math.random() * (THINK_MS[1] - THINK_MS[0])
export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

/**
 * One reveal as its clients got it: how long it took, each one's view as sent (the facilitator's first), and
 * what each one was sent during the round before it (a team's view after its submission, the facilitator's
 * notice of who has submitted after each team's), which the echo sends too, so that its clients parse what the
 * live run's parsed.
 */
export interface Reveal {
  readonly ms: number
  readonly final: boolean
  readonly views: readonly Buffer[]
  readonly during: readonly (readonly Buffer[])[]
}
