// Pass-the-device's unsent choices: what each team has chosen on its decision form but not sent, kept by the
// exercise (and with it in storage) rather than by the form, so handing the device on, the back button or a
// reload never loses them. A draft belongs to one decision (its round and stage): a later one starts blank.
import { z } from 'zod'

/** A choice on a decision form: an option's value, or null for one cleared (a mission the new force cannot take). */
export type DraftValue = string | number | null

/** One team's unsent choices, field by field, for the decision named by `key` (`round-stage`). */
export interface TeamDraft {
  readonly key: string
  readonly fields: Readonly<Record<string, DraftValue>>
}

/** Every team's draft, by team id. */
export type Drafts = Readonly<Record<string, TeamDraft>>

/** The decision a draft belongs to: the same key the team's form is remounted by. */
export const draftKey = (round: number, stage: string): string => `${round}-${stage}`

/** The drafts with one field chosen; a draft of an earlier decision is replaced, not added to. */
export function withField(
  drafts: Drafts,
  team: string,
  key: string,
  field: string,
  value: DraftValue,
): Drafts {
  const kept = drafts[team]
  const fields = kept?.key === key ? kept.fields : {}
  return { ...drafts, [team]: { key, fields: { ...fields, [field]: value } } }
}

/** The drafts without a team's: its choices were sent. */
export function withoutTeam(drafts: Drafts, team: string): Drafts {
  if (!(team in drafts)) return drafts
  const { [team]: _sent, ...rest } = drafts
  return rest
}

/** The fields a team's form starts from for the decision `key`: none when its draft is of another one. */
export function fieldsFor(drafts: Drafts, team: string, key: string): Readonly<Record<string, DraftValue>> {
  const kept = drafts[team]
  return kept?.key === key ? kept.fields : {}
}

const StoredDrafts = z.record(
  z.string(),
  z.object({ key: z.string(), fields: z.record(z.string(), z.union([z.string(), z.number(), z.null()])) }),
)

/** Drafts read back from storage: anything unreadable is no draft, never a reason to lose the exercise. */
export function parseDrafts(kept: unknown): Drafts {
  const parsed = StoredDrafts.safeParse(kept)
  return parsed.success ? parsed.data : {}
}
