// The what-if page's facts in a scenario file: a number's path gives a slider, and a one-key map naming a fact
// that is not a number (where the fighting is, the kind of crisis, the adversary) gives a switch between the
// scenario's own value and the alternatives it lists. What no single item can check (an alternative equal to the
// scenario's own value, one listed twice, an adversary's state) is in what-if-checks.ts.
import { z } from 'zod'
import { actorId, text } from './schema-parts'
import { ADVERSARY_KINDS, FACT_PATHS, TERRITORY, THREAT_KINDS, WHAT_IF_FACTS } from './vocabulary'

/** Room for every other value of any of the three facts, and for a few named states besides. */
const MAX_ALTERNATIVES = 6

const alternatives = <T extends z.ZodType>(value: T, what: string) =>
  z.array(value).min(1).max(MAX_ALTERNATIVES).optional().describe(what)

const Switch = z
  .strictObject({
    territory: alternatives(
      z.enum(TERRITORY),
      "Where else the fighting might have been, beside the scenario's own: own, disputed or foreign",
    ),
    'threat.kind': alternatives(
      z.enum(THREAT_KINDS),
      "What other kind of crisis it might have been, beside the scenario's own",
    ),
    adversary: alternatives(
      z.strictObject({
        kind: z
          .enum(ADVERSARY_KINDS)
          .describe(
            'internal (no state), member (name it in actor), partner-of-russia (name it), outsider (a state named in actor, or armed groups from abroad)',
          ),
        actor: actorId.optional().describe('The actor catalog id of the adversary, when it is a state'),
      }),
      "Who else might have been on the other side, beside the scenario's own adversary: kind, and actor where it is a state",
    ),
  })
  .refine((s) => Object.keys(s).length === 1, {
    message: 'one fact per switch: territory, threat.kind or adversary',
    // A misspelt fact is told as an unknown field, once.
    when: (payload) => payload.issues.length === 0,
  })

export const WhatIf = z
  .array(z.union([z.enum(FACT_PATHS), Switch]))
  .max(WHAT_IF_FACTS.length)
  .default([])
  .describe(
    'The facts the what-if page offers, most important first: a number\'s path for a slider, or a switch such as "territory: [own]" listing the other values to offer',
  )

export const Inert = z
  .partialRecord(z.enum(WHAT_IF_FACTS), text(400))
  .default({})
  .describe(
    "For a what-if fact that changes no actor's decision anywhere in its range (or its alternatives): why, in words the student reads beside it",
  )
