// What the workshop shows and can do, as the store keeps it: the draft as typed, its latest check, the last good
// play-test, the opened file's note, the share link, a shared link being opened, and a role played beside the text.
import type { FactPath, Problem } from '../scenario/types'
import type { DraftCheck } from './draft-check'
import type { CheckDraft } from './draft-checker'
import type { WorkshopDraft } from './imported-scenarios'
import type { Route } from './route'
import type { SaveStorage } from './saved-game'

export type GoodCheck = Extract<DraftCheck, { ok: true }>

/** A scenario as saving it names it: its id, and its title to say so. */
export interface NamedScenario {
  readonly id: string
  readonly title: string
}

export interface WorkshopState {
  /** What the workshop's editor holds, kept in this browser as it is typed; null for the template, untouched. */
  readonly draft: WorkshopDraft | null
  /** Counts the texts opened into the draft rather than typed: the editor takes each new one in place of its own. */
  readonly opened: number
  /** Where this site publishes the scenario schema: the template's first line names it (workshop-template.ts). */
  readonly schema: string
  /** The latest check of the text. */
  readonly check: DraftCheck | null
  /**
   * The last check of this file that found no problem: its play-test stays in view, marked stale, while the text
   * has some. Another file opened starts without one.
   */
  readonly lastGood: GoodCheck | null
  /** About the file last opened: converted from another encoding, or refused. */
  readonly note: { readonly kind: 'converted' | 'refused'; readonly problem: Problem } | null
  readonly share: { readonly link: string; readonly copied: boolean } | null
  /**
   * A shared link being opened; `failure` once it turned out damaged or its scenario faulty, `clash` while its
   * scenario waits for the author to say whether it may replace their own of the same id.
   */
  readonly shared: {
    readonly payload: string
    readonly failure?: {
      /** Why, for the screen to word: a damaged link, one too large, or a scenario with mistakes (`problems`). */
      readonly reason: 'damaged' | 'too-large' | 'mistakes'
      readonly problems: readonly Problem[]
      /** The scenario's warnings, told beside its problems as the workshop tells them. */
      readonly warnings: readonly Problem[]
    }
    readonly clash?: {
      /** The link's scenario, checked, and its text. */
      readonly scenario: NamedScenario
      readonly text: string
      /** The title of the author's own scenario with that id (the id itself when it could not be read). */
      readonly mine: string
    }
  } | null
  /**
   * "Play it" asked for a draft whose id another of this browser's scenarios has, with other text, while the draft
   * is not that scenario opened for editing: it waits for `answerPlay` before it replaces the author's own.
   */
  readonly playClash: {
    readonly scenario: NamedScenario
    /** The title of the author's own scenario with that id (the id itself when it could not be read). */
    readonly mine: string
  } | null
  /** A role played beside the text (Inky's way), with its seed and the decisions made so far, in notation. */
  readonly play: {
    readonly role: string
    readonly seed: number
    readonly decisions: readonly string[]
  } | null
}

export interface WorkshopActions {
  /** The author typed: keeps the workshop's text as a draft with changes. */
  keepDraft(text: string, file: string): void
  /** A starting point or a file opened in the workshop, in place of its draft and all that was known of it. */
  openDraft(text: string, file: string): void
  /** Opens the template ('template') or a copy of the bundled scenario with this id. */
  startFrom(from: string): Promise<void>
  /**
   * Opens one of this browser's own scenarios in the workshop. Changes to it not saved yet are kept, unless
   * `changes` is 'discard'; any other draft is replaced (the library asks first when it has changes).
   */
  editImported(id: string, changes: 'keep' | 'discard'): void
  /** Checks the text and play-tests it when valid; a later call wins over an earlier one still running. */
  checkDraft(text: string, file: string): Promise<void>
  /** A file the author chose or dropped: decoded (Windows-1252 converted with a note), then opened. */
  openFile(name: string, bytes: Uint8Array): Promise<void>
  /**
   * Writes a fact's number into the text, as a slider moves it. The YAML writer loads on the first move: the
   * library's first page does without it.
   */
  setFact(fact: FactPath, value: number): Promise<void>
  /** Plays a role beside the text from its first decision; null stops. */
  playRole(setup: { readonly role: string; readonly seed: number } | null): void
  /** The played role's next decision, in notation. */
  choose(decision: string): void
  /**
   * Keeps the valid draft among this browser's scenarios and opens it. One that would replace another kept under
   * its id, not opened here to be edited, waits as `playClash` for `answerPlay`.
   */
  playDraft(): Promise<void>
  /** The author's answer to "Play it" replacing their own scenario of the draft's id: replace it, or keep it. */
  answerPlay(answer: 'replace' | 'keep'): Promise<void>
  /** A link that carries the whole file, copied when the browser allows it. */
  shareDraft(): Promise<void>
  /**
   * Opens a shared link's scenario: decoded, checked like any file, kept in this browser, and the library shown
   * with it in place of the link (so going back does not import it again). Once per link. A scenario this browser
   * keeps already is left as it is; one with the id of another kept here waits, as `shared.clash`, for
   * `answerShared`.
   */
  openShared(payload: string): Promise<void>
  /** The author's answer to a shared scenario with the id of their own: replace theirs with it, or keep theirs. */
  answerShared(answer: 'replace' | 'keep'): Promise<void>
}

/** What the rest of the store lends the workshop's actions. */
export interface WorkshopHost {
  readonly addImported: (scenario: NamedScenario, text: string) => Promise<void>
  /** The title of this browser's own scenario with this id, once the library has read it. */
  readonly savedTitle: (id: string) => Promise<string | undefined>
  readonly goTo: (route: Route, write?: 'push' | 'replace') => void
  readonly reloadLibrary: () => Promise<void>
}

/** What saving a scenario borrows of the host: keeping it, the title of the one it would replace, the way on. */
export type SavingHost = Pick<WorkshopHost, 'addImported' | 'savedTitle' | 'goTo'>

export interface WorkshopDeps {
  readonly storage?: SaveStorage | undefined
  readonly checkDraft: CheckDraft
  /** The page's address, for share links. */
  readonly here?: { readonly origin: string; readonly pathname: string } | undefined
  readonly copyText?: ((text: string) => Promise<void>) | undefined
}
