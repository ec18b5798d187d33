// The courses a depth-first walk of the game stands on: one per depth, rewritten as the walk moves on.
import type {
  Course,
  Decision,
  DecisionPoint,
  ExitDecision,
  ReactionDecision,
  RequestDecision,
  ResponseDecision,
  Vote,
  VoteDecision,
} from './types'

/** A course with every field present (absent moves undefined): one shape, however far the game has come. */
interface Slot {
  request: RequestDecision | undefined
  response: ResponseDecision | undefined
  votes: readonly Vote[]
  reaction: ReactionDecision | undefined
  exit: ExitDecision | undefined
}

/** How many moves a course holds: its depth in the game tree. */
export const depthOf = (c: Course): number =>
  (c.request ? 1 : 0) + (c.response ? 1 : 0) + c.votes.length + (c.reaction ? 1 : 0) + (c.exit ? 1 : 0)

/**
 * The solver visits the course a move leads to, and everything after it, before it asks for the next move's
 * (GameTree.node): so the course one move deeper than another is written into that depth's slot, in place,
 * and never read again once the walk has left it. A new course for each of a tree's states was the largest
 * part of a solve's garbage. What the walk keeps (keys, values, the options lists) holds no course.
 */
export class CourseSlots {
  private readonly slots: Slot[] = []
  /**
   * The votes of the course being visited, by how many have been cast. Along a course the tally only grows,
   * and a move that casts none keeps its course's list: so the list of n votes is written only by the move that
   * casts the n-th, once the walk has left every course that held the list before.
   */
  private readonly voteLists: Vote[][] = []
  /** Each member's vote, one object per decision point and option: votes are shared, not made per course. */
  private readonly votes = new Map<DecisionPoint, Vote[]>()

  /** The course after `decision` at `point`, from course `c` at `depth`: valid until this depth is written again. */
  after(c: Course, depth: number, point: DecisionPoint, decision: Decision): Course {
    const slot = this.slotAt(depth + 1)
    slot.request = c.request
    slot.response = c.response
    slot.reaction = c.reaction
    slot.exit = c.exit
    slot.votes = c.votes
    switch (decision.kind) {
      case 'no-request':
      case 'request':
        slot.request = decision
        break
      case 'refuse':
      case 'consult':
      case 'bilateral':
      case 'grant':
        slot.response = decision
        break
      case 'consent':
      case 'abstain':
      case 'object':
        slot.votes = this.withVote(c.votes, this.voteOf(point, decision))
        break
      case 'endorse':
      case 'stay-silent':
      case 'warn':
        slot.reaction = decision
        break
      case 'keep':
      case 'ask-to-leave':
        slot.exit = decision
        break
    }
    return slot
  }

  private slotAt(depth: number): Slot {
    let slot = this.slots[depth]
    if (!slot) {
      slot = { request: undefined, response: undefined, votes: [], reaction: undefined, exit: undefined }
      this.slots[depth] = slot
    }
    return slot
  }

  private withVote(votes: readonly Vote[], vote: Vote): readonly Vote[] {
    const n = votes.length + 1
    let list = this.voteLists[n]
    if (!list) {
      list = Array.from({ length: n }, () => vote)
      this.voteLists[n] = list
    }
    for (let i = 0; i < n - 1; i++) list[i] = votes[i]!
    list[n - 1] = vote
    return list
  }

  private voteOf(point: DecisionPoint, vote: VoteDecision): Vote {
    let made = this.votes.get(point)
    if (!made) {
      made = point.options.map((o) => ({ actor: point.actor, vote: o as VoteDecision }))
      this.votes.set(point, made)
    }
    return made[point.options.indexOf(vote)]!
  }
}
