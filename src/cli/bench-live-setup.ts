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

/**
 * A session slot on one of the floors (the bare echo, socket.io alone): its reveals as the live run's clients got
 * them, each item a view or notice in the floor's own form, its members (the facilitator first) and where its
 * round stands.
 */
export interface ReplayGroup<Item, Member> {
  readonly reveals: { readonly during: Item[][]; readonly views: Item[] }[]
  readonly members: Member[]
  submitted: number
  /** The reveal the next round's submissions lead to. */
  next: number
  /** How many of the round's views each member has been sent so far. */
  sent: number[]
}

export const replayGroup = <Item, Member>(): ReplayGroup<Item, Member> => ({
  reveals: [],
  members: [],
  submitted: 0,
  next: 0,
  sent: [],
})

/**
 * What the live server pushed for a team's submission, in its order: the team its own view and the facilitator its
 * next message; after the round's last submission, every member what is left of the round's views, then its view
 * of the reveal. The floor acks the submission after this, as the live server pushes before it acks.
 */
export function replaySubmission<Item, Member>(
  g: ReplayGroup<Item, Member>,
  who: number,
  deliver: (member: Member, item: Item) => void,
): void {
  const reveal = g.reveals[g.next]!
  const send = (member: number, upTo: number) => {
    const items = reveal.during[member]!
    const from = g.sent[member] ?? 0
    const to = Math.min(upTo, items.length)
    for (let k = from; k < to; k++) deliver(g.members[member]!, items[k]!)
    g.sent[member] = Math.max(from, to)
  }
  if (++g.submitted < TEAMS) {
    send(who, Number.POSITIVE_INFINITY)
    send(0, (g.sent[0] ?? 0) + 1)
    return
  }
  g.members.forEach((member, i) => {
    send(i, Number.POSITIVE_INFINITY)
    deliver(member, reveal.views[i]!)
  })
  g.next++
  g.submitted = 0
  g.sent = []
}
