// The workshop's half of the store: the draft as typed, its latest check and the last good play-test (kept,
// marked stale, while the text has problems), a file opened in any encoding we can read, a role played beside
// the text, facts moved with sliders, and saving, sharing and starting over. The screen renders this and calls it.
import { castDraft, type Draft } from 'immer'
import { MAX_BYTES } from '../scenario/file-limits'
import type { FactPath, Problem } from '../scenario/types'
import type { DraftCheck } from './draft-check'
import type { CheckDraft } from './draft-checker'
import { importedText, type WorkshopDraft } from './imported-scenarios'
import type { Language } from './language'
import { formatHash, LIBRARY, type Route } from './route'
import type { SaveStorage } from './saved-game'
import { SCHEMA_FILE } from './schema-file'

export type GoodCheck = Extract<DraftCheck, { ok: true }>

export interface WorkshopState {
  /** What the workshop's editor holds, kept in this browser as it is typed; null for the template, untouched. */
  readonly draft: WorkshopDraft | null
  /** Counts the texts opened into the draft rather than typed: the editor takes each new one in place of its own. */
  readonly opened: number
  /** Where this site publishes the scenario schema: the template's first line names it (workshop-template.ts). */
  readonly schema: string
  /** The latest check of the text. */
  readonly check: DraftCheck | null
  /** The last check that found no problem: its play-test stays in view, marked stale, while the text has some. */
  readonly lastGood: GoodCheck | null
  /** About the file last opened: converted from another encoding, or refused. */
  readonly note: { readonly kind: 'converted' | 'refused'; readonly problem: Problem } | null
  readonly share: { readonly link: string; readonly copied: boolean } | null
  /** A shared link being opened; `failure` once it turned out damaged or its scenario faulty. */
  readonly shared: {
    readonly payload: string
    readonly failure?: {
      /** Why, for the screen to word: a damaged link, one too large, or a scenario with mistakes (`problems`). */
      readonly reason: 'damaged' | 'too-large' | 'mistakes'
      readonly problems: readonly Problem[]
    }
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
  /** A starting point or a file opened in the workshop, in place of its draft. */
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
  /** Keeps the valid draft among this browser's scenarios and opens it. */
  playDraft(): Promise<void>
  /** A link that carries the whole file, copied when the browser allows it. */
  shareDraft(): Promise<void>
  /**
   * Opens a shared link's scenario: decoded, checked like any file, kept in this browser, and the library shown
   * with it in place of the link (so going back does not import it again). Once per link.
   */
  openShared(payload: string): Promise<void>
}

export interface WorkshopDeps {
  readonly storage?: SaveStorage | undefined
  readonly checkDraft: CheckDraft
  /** The page's address, for share links. */
  readonly here?: { readonly origin: string; readonly pathname: string } | undefined
  readonly copyText?: ((text: string) => Promise<void>) | undefined
}

/** What the rest of the store lends the slice. */
interface Host {
  readonly addImported: (scenario: { id: string; title: string }, text: string) => Promise<void>
  readonly goTo: (route: Route, write?: 'push' | 'replace') => void
  readonly reloadLibrary: () => Promise<void>
}

type Set = (
  recipe: (state: Draft<{ workshop: WorkshopState; route: Route; urlWrite: 'push' | 'replace' }>) => void,
) => void
/** The slice's own state, and the reader's language (the template is written in it). */
type Get = () => { workshop: WorkshopState; language: Language }

const schemaAddress = (here: WorkshopDeps['here']): string =>
  here ? new URL(SCHEMA_FILE, `${here.origin}${here.pathname}`).href : SCHEMA_FILE

export const initialWorkshop = (draft: WorkshopDraft | null, here?: WorkshopDeps['here']): WorkshopState => ({
  draft,
  opened: 0,
  schema: schemaAddress(here),
  check: null,
  lastGood: null,
  note: null,
  share: null,
  shared: null,
  play: null,
})

export function workshopActions(set: Set, get: Get, deps: WorkshopDeps, host: Host): WorkshopActions {
  // The template and the bundled files are the workshop's alone: they come with its screen, not with the library.
  const template = async (): Promise<string> =>
    (await import('./workshop-template')).templateText(get().workshop.schema, get().language)
  /** The text in the workshop: the draft, or the template before anything is typed. */
  const textOf = async (): Promise<WorkshopDraft> => {
    const { draft } = get().workshop
    if (draft) return draft
    const text = await template()
    return { text, file: `${idOf(text)}.yaml`, unsaved: false }
  }
  let latest = 0

  const actions: WorkshopActions = {
    keepDraft(text, file) {
      const draft = get().workshop.draft
      if (draft?.text === text && draft.file === file) return
      set((s) => {
        s.workshop.draft = {
          text,
          file,
          ...(draft?.editing ? { editing: draft.editing } : {}),
          unsaved: true,
        }
      })
    },

    openDraft(text, file) {
      set((s) => {
        s.workshop.draft = { text, file, unsaved: false }
        s.workshop.opened += 1
        s.workshop.note = null
        s.workshop.share = null
        s.workshop.play = null
      })
    },

    async startFrom(from) {
      const { schema } = get().workshop
      const copy =
        from === 'template' ? undefined : await (await import('./starting-points')).bundledCopy(from, schema)
      const text = copy ?? (await template())
      actions.openDraft(text, copy ? `${from}.yaml` : `${idOf(text)}.yaml`)
    },

    editImported(id, changes) {
      const text = importedText(deps.storage, id)
      // Gone since the library was shown (removed in another tab): show the library as it is now.
      if (text === undefined) return void host.reloadLibrary()
      const draft = get().workshop.draft
      const keep = changes === 'keep' && draft?.editing === id && draft.unsaved
      set((s) => {
        if (!keep) {
          s.workshop.draft = { text, file: `${id}.yaml`, editing: id, unsaved: false }
          s.workshop.opened += 1
          s.workshop.note = null
        }
        if (s.route.name !== 'workshop') {
          s.route = { name: 'workshop' }
          s.urlWrite = 'push'
        }
      })
    },

    async checkDraft(text, file) {
      const request = ++latest
      const play = get().workshop.play
      const check = await deps.checkDraft({ text, file, ...(play ? { play } : {}) })
      if (request !== latest) return
      set((s) => {
        s.workshop.check = castDraft(check)
        if (check.ok) {
          s.workshop.lastGood = castDraft(check)
          // Decisions the edited scenario no longer allows are dropped, as the check found.
          if (s.workshop.play && check.play) s.workshop.play.decisions = [...check.play.decisions]
        }
      })
    },

    async openFile(name, bytes) {
      const refuse = (problem: Problem) =>
        set((s) => {
          s.workshop.note = castDraft({ kind: 'refused', problem } as const)
        })
      // Refused before it is read, in the command line's words: a huge file must not freeze the page.
      if (bytes.length > MAX_BYTES) {
        const { said } = await import('../scenario/wording/en')
        return refuse({
          file: name,
          line: 1,
          column: 1,
          path: '',
          ...said('too-large', { mb: MAX_BYTES / 1_000_000 }),
        })
      }
      const { decodeText } = await import('../scenario/decode-text')
      const decoded = decodeText(bytes, name)
      if (!decoded.ok) return refuse(decoded.problems[0]!)
      actions.openDraft(decoded.text, name)
      const [converted] = decoded.warnings
      set((s) => {
        s.workshop.note = converted ? castDraft({ kind: 'converted', problem: converted } as const) : null
      })
    },

    async setFact(fact, value) {
      const { withFact } = await import('../scenario/set-fact')
      const draft = await textOf()
      const text = withFact(draft.text, fact, value)
      if (text === undefined || text === draft.text) return
      set((s) => {
        s.workshop.draft = { ...draft, text, unsaved: true }
        s.workshop.opened += 1
      })
      void actions.checkDraft(text, draft.file)
    },

    playRole(setup) {
      set((s) => {
        s.workshop.play = setup ? { ...setup, decisions: [] } : null
      })
      void textOf().then((draft) => actions.checkDraft(draft.text, draft.file))
    },

    choose(decision) {
      const play = get().workshop.play
      if (!play) return
      set((s) => {
        s.workshop.play = { ...play, decisions: [...play.decisions, decision] }
      })
      void textOf().then((draft) => actions.checkDraft(draft.text, draft.file))
    },

    async playDraft() {
      const draft = await textOf()
      const { lastGood } = get().workshop
      if (!lastGood || lastGood.text !== draft.text) return
      const { scenario } = lastGood.playtest
      await host.addImported(scenario, draft.text)
      host.goTo({ name: 'scenario', scenario: scenario.id })
    },

    async shareDraft() {
      const draft = await textOf()
      if (!deps.here) return
      const { encodeScenario } = await import('../scenario/share-link')
      const link = `${deps.here.origin}${deps.here.pathname}${formatHash({
        name: 'import',
        payload: await encodeScenario(draft.text),
      })}`
      let copied = false
      try {
        await deps.copyText?.(link)
        copied = deps.copyText !== undefined
      } catch {
        // No clipboard permission (or no secure context): the link is shown to copy by hand.
      }
      set((s) => {
        s.workshop.share = { link, copied }
      })
    },

    async openShared(payload) {
      if (get().workshop.shared?.payload === payload) return
      const fail = (failure: NonNullable<NonNullable<WorkshopState['shared']>['failure']>) =>
        set((s) => {
          s.workshop.shared = castDraft({ payload, failure })
        })
      set((s) => {
        s.workshop.shared = { payload }
      })
      const { decodeScenario } = await import('../scenario/share-link')
      const decoded = await decodeScenario(payload)
      if (!decoded.ok) return fail({ reason: decoded.reason, problems: [] })
      const check = await deps.checkDraft({ text: decoded.text, file: 'the shared scenario' })
      if (!check.ok) return fail({ reason: 'mistakes', problems: check.problems })
      await host.addImported(check.playtest.scenario, decoded.text)
      // Done: the same link opened again later imports it again (in place), rather than waiting on this one.
      set((s) => {
        s.workshop.shared = null
      })
      host.goTo(LIBRARY, 'replace')
    },
  }
  return actions
}

/** The id a text gives itself, read before it is valid, so a file with problems is still named after it. */
export function idOf(text: string): string | undefined {
  return /^id:[ \t]*["']?([A-Za-z0-9][\w.-]*)["']?[ \t]*(?:#.*)?$/m.exec(text)?.[1]
}
