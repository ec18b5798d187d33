// The workshop's half of the store: the draft as typed, its latest check and the last good play-test (kept,
// marked stale, while the text has problems), a file opened in any encoding we can read, a role played beside
// the text, facts moved with sliders, and saving, sharing and starting over. The screen renders this and calls it.
// What it holds and offers is in workshop-state.ts; playing the draft is in workshop-play.ts, and opening a
// shared link in workshop-shared.ts.
import { castDraft, type Draft } from 'immer'
import { MAX_BYTES } from '../scenario/file-limits'
import type { Problem } from '../scenario/types'
import { importedText, type WorkshopDraft } from './imported-scenarios'
import type { Language } from './language'
import { formatHash, type Route } from './route'
import { SCHEMA_FILE } from './schema-file'
import type { Notice } from './state'
import { playActions } from './workshop-play'
import { sharedActions } from './workshop-shared'
import type { WorkshopActions, WorkshopDeps, WorkshopHost, WorkshopState } from './workshop-state'

type Set = (
  recipe: (
    state: Draft<{
      workshop: WorkshopState
      route: Route
      urlWrite: 'push' | 'replace'
      notice: Notice | null
    }>,
  ) => void,
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
  playClash: null,
  play: null,
})

export function workshopActions(set: Set, get: Get, deps: WorkshopDeps, host: WorkshopHost): WorkshopActions {
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
  /**
   * Another file in the workshop: what was known of the last one (its checks, its last good play-test, the role
   * played in it, its share link) is not of this one, and a check of it still under way is let go.
   */
  const forgetLastFile = (): void => {
    latest += 1
    set((s) => {
      s.workshop.check = null
      s.workshop.lastGood = null
      s.workshop.play = null
      s.workshop.share = null
      s.workshop.playClash = null
    })
  }

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
        // The question was about the text as it stood.
        s.workshop.playClash = null
      })
    },

    openDraft(text, file) {
      forgetLastFile()
      set((s) => {
        s.workshop.draft = { text, file, unsaved: false }
        s.workshop.opened += 1
        s.workshop.note = null
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
      // The saved text of the scenario already being edited (its changes discarded) is the same file: its last good
      // play-test stays while the check runs.
      if (draft?.editing !== id) forgetLastFile()
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

    ...playActions(set, get, deps, host, textOf),
    ...sharedActions(set, get, deps, host),
  }
  return actions
}

/** A file's name without its extension: the id a scenario file is named after (kazakhstan-2022.yaml). */
export const stemOf = (file: string): string => file.replace(/\.(ya?ml|json)$/, '')

/** The id a text gives itself, read before it is valid, so a file with problems is still named after it. */
export function idOf(text: string): string | undefined {
  return /^id:[ \t]*["']?([A-Za-z0-9][\w.-]*)["']?[ \t]*(?:#.*)?$/m.exec(text)?.[1]
}
