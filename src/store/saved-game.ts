// The autosave: one game in localStorage, read back defensively so a damaged or old save never blanks the page.
import type { FactPath } from '../scenario/types'
import { ADVERSARY_KINDS, TERRITORY, THREAT_KINDS } from '../scenario/vocabulary'
import type { AdversaryChoice, SwitchValues } from '../scenario/what-if-items'
import { parseSeed } from './route'

/** Bump when the saved shape changes; older saves are then set aside with a message, not misread. */
export const SAVE_VERSION = 1
export const SAVE_KEY = 'article-four:game'

/** What identifies a game: enough to replay it exactly, since the engine is a pure function of it. */
export interface GameId {
  readonly scenario: string
  readonly role: string
  readonly seed: number
  /** The player's decisions so far, in decision notation. */
  readonly decisions: readonly string[]
  /** What-if slider positions and switch values, by fact. */
  readonly whatIf: Readonly<Partial<Record<FactPath, number>>> & SwitchValues
}

/**
 * The student's own answers to a crisis's discussion questions, typed on the debrief, by question, and the name
 * and class they put at the top of the printed debrief. Kept in this browser only, never sent anywhere.
 */
export interface Answers {
  readonly scenario: string
  readonly role: string
  readonly texts: readonly string[]
  /** "Anna Petrova, 10B": as typed, optional; a hand-in without it prints a line to write one on. */
  readonly name?: string
}

/** Room for a page of writing per question, and no more questions than a scenario may have. */
export const MAX_ANSWER = 5000
export const MAX_QUESTIONS = 20
/** Room for a name and a class, or two names. */
export const MAX_NAME = 200

export type SaveRead =
  | { readonly status: 'none' }
  | { readonly status: 'ok'; readonly game: GameId; readonly answers?: Answers }
  | { readonly status: 'unreadable'; readonly why: 'corrupt' | 'old-version' }

/** The part of Storage the autosave uses, so tests can hand in a fake and a browser without storage still works. */
export type SaveStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export function readSave(storage: SaveStorage | undefined): SaveRead {
  let text: string | null
  try {
    text = storage?.getItem(SAVE_KEY) ?? null
  } catch {
    return { status: 'none' }
  }
  if (text === null) return { status: 'none' }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { status: 'unreadable', why: 'corrupt' }
  }
  if (!isRecord(data)) return { status: 'unreadable', why: 'corrupt' }
  if (data.version !== SAVE_VERSION)
    return { status: 'unreadable', why: typeof data.version === 'number' ? 'old-version' : 'corrupt' }
  const game = parseGame(data.game)
  if (!game) return { status: 'unreadable', why: 'corrupt' }
  // Answers are the student's own writing: a damaged list loses them, never the game.
  const answers = parseAnswers(data.answers)
  return answers ? { status: 'ok', game, answers } : { status: 'ok', game }
}

export function writeSave(
  storage: SaveStorage | undefined,
  game: GameId | null,
  answers?: Answers | null,
): void {
  try {
    if (game)
      storage?.setItem(
        SAVE_KEY,
        JSON.stringify({ version: SAVE_VERSION, game, ...(answers ? { answers } : {}) }),
      )
    else storage?.removeItem(SAVE_KEY)
  } catch {
    // Storage full or forbidden (private browsing): the game goes on, only unsaved.
  }
}

export function clearSave(storage: SaveStorage | undefined): void {
  writeSave(storage, null)
}

const ID = /^[a-z][a-z0-9-]{0,47}$/

/** The save is untrusted input: every field is checked here, once, and nothing downstream re-checks. */
function parseGame(data: unknown): GameId | undefined {
  if (!isRecord(data)) return undefined
  const { scenario, role, seed, decisions, whatIf } = data
  if (typeof scenario !== 'string' || !ID.test(scenario)) return undefined
  if (typeof role !== 'string' || !ID.test(role)) return undefined
  if (typeof seed !== 'number' || parseSeed(String(seed)) !== seed) return undefined
  if (!Array.isArray(decisions) || decisions.length > 10 || !decisions.every((d) => typeof d === 'string'))
    return undefined
  if (!isRecord(whatIf)) return undefined
  const facts: Partial<Record<FactPath, number>> = {}
  for (const [fact, value] of Object.entries(whatIf)) {
    if (SWITCHES.has(fact)) continue
    if (!/^(threat|moscow|china)\.[a-zA-Z]+$/.test(fact) || typeof value !== 'number') return undefined
    if (!(value >= 0 && value <= 1)) return undefined
    facts[fact as FactPath] = value
  }
  // A switch's value that is not one of its fact's is dropped, never the game; whether the scenario offers it is
  // checked once the scenario is known (knownFacts).
  const switches = switchValues(whatIf)
  return { scenario, role, seed, decisions: decisions as string[], whatIf: { ...facts, ...switches } }
}

const SWITCHES: ReadonlySet<string> = new Set(['territory', 'threat.kind', 'adversary'])

const oneOf = <T extends string>(choices: readonly T[], value: unknown): value is T =>
  (choices as readonly unknown[]).includes(value)

function switchValues(whatIf: Record<string, unknown>): SwitchValues {
  const { territory, 'threat.kind': kind, adversary } = whatIf
  const enemy = isRecord(adversary) ? adversary : {}
  const named = enemy.actor === undefined || (typeof enemy.actor === 'string' && ID.test(enemy.actor))
  return {
    ...(oneOf(TERRITORY, territory) ? { territory } : {}),
    ...(oneOf(THREAT_KINDS, kind) ? { 'threat.kind': kind } : {}),
    ...(oneOf(ADVERSARY_KINDS, enemy.kind) && named
      ? { adversary: { kind: enemy.kind, ...(enemy.actor ? { actor: enemy.actor } : {}) } as AdversaryChoice }
      : {}),
  }
}

function parseAnswers(data: unknown): Answers | undefined {
  if (!isRecord(data)) return undefined
  const { scenario, role, texts } = data
  if (typeof scenario !== 'string' || !ID.test(scenario) || typeof role !== 'string' || !ID.test(role))
    return undefined
  if (!Array.isArray(texts) || texts.length > MAX_QUESTIONS) return undefined
  if (!texts.every((t) => typeof t === 'string' && t.length <= MAX_ANSWER)) return undefined
  // A name that is not one is dropped, never the answers with it.
  const { name } = data
  return typeof name === 'string' && name.length <= MAX_NAME
    ? { scenario, role, texts: texts as string[], name }
    : { scenario, role, texts: texts as string[] }
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)
