// The schema of a historical scenario's record: what was asked, what was answered, what the Council decided and how
// many troops went for how long, which the debrief and the play-test set beside the engine's game.
import { z } from 'zod'
import { actorId, text } from './schema-parts'
import { FORCES, FRAMINGS, MISSIONS, RECORDED_RESPONSES } from './vocabulary'

/** A historical scenario's `history`: the record the game is set beside. */
export const History = z.strictObject({
  requested: z.boolean().describe('Whether the member asked for help, of Moscow or of the alliance'),
  framing: z.enum(FRAMINGS).optional().describe('How it described the threat, when it asked'),
  help: z.enum(FORCES).optional().describe('What it asked for, when the record says'),
  response: z
    .enum(RECORDED_RESPONSES)
    .describe(
      'The answer: no-request, refused, consultations (Article 2 talks and aid, no troops), bilateral (Russian troops outside the alliance), or the collective force sent',
    ),
  mission: z.enum(MISSIONS).optional().describe('What the troops were sent to do, when troops went'),
  council: z
    .strictObject({
      decision: z
        .enum(['agreed', 'blocked'])
        .describe('agreed (the force went) or blocked (a member objected)'),
      objected: z.array(actorId).default([]).describe('The members that objected, and so blocked it'),
      abstained: z.array(actorId).default([]).describe('The members that stayed out without blocking'),
    })
    .optional()
    .describe('What the Collective Security Council decided on a force, when it decided'),
  troops: z
    .strictObject({
      low: z.int().min(0).describe('The lowest estimate of the troops sent'),
      high: z.int().min(0).describe('The highest estimate (the same as low when sources agree)'),
    })
    .optional()
    .describe('How many troops went, when troops went: a range where sources differ'),
  days: z.int().min(0).max(3650).optional().describe('How many days the troops stayed, when troops went'),
  china: z.enum(['endorse', 'silent', 'warn']).describe('How Beijing reacted: endorse, silent or warn'),
  summary: text(3000).describe('What happened, up to the end of the crisis'),
  aftermath: text(3000)
    .optional()
    .describe('What followed, when it matters to the lesson (shown in the debrief)'),
})
