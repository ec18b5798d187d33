// Opening a shared link: the scenario in its fragment decoded, checked like any file and kept in this browser,
// then the library shown with it. A link never takes the place of the author's own scenario of the same id
// without asking: that one may be the only copy of their work.
import { castDraft, type Draft } from 'immer'
import { keepingImported } from './imported-scenarios'
import { LIBRARY } from './route'
import type { Notice } from './state'
import type {
  NamedScenario,
  SavingHost,
  WorkshopActions,
  WorkshopDeps,
  WorkshopState,
} from './workshop-state'

type Failure = NonNullable<NonNullable<WorkshopState['shared']>['failure']>

/** What these actions change of the store: the workshop's state, and the notice the library shows. */
type Update = (recipe: (state: Draft<{ workshop: WorkshopState; notice: Notice | null }>) => void) => void

export function sharedActions(
  set: Update,
  get: () => { workshop: WorkshopState },
  deps: WorkshopDeps,
  host: SavingHost,
): Pick<WorkshopActions, 'openShared' | 'answerShared'> {
  /** The link is done with: the library in its place, so going back does not open it again. */
  const done = () => {
    // The same link opened again later is opened afresh, rather than waiting on this one.
    set((s) => {
      s.workshop.shared = null
    })
    host.goTo(LIBRARY, 'replace')
  }

  const keep = async (scenario: NamedScenario, text: string) => {
    await host.addImported(scenario, text)
    done()
  }

  return {
    async openShared(payload) {
      if (get().workshop.shared?.payload === payload) return
      const fail = (failure: Failure) =>
        set((s) => {
          s.workshop.shared = castDraft({ payload, failure })
        })
      set((s) => {
        s.workshop.shared = { payload }
      })
      const { decodeScenario } = await import('../scenario/share-link')
      const decoded = await decodeScenario(payload)
      if (!decoded.ok) return fail({ reason: decoded.reason, problems: [], warnings: [] })
      const check = await deps.checkDraft({ text: decoded.text, file: 'the shared scenario' })
      if (!check.ok) return fail({ reason: 'mistakes', problems: check.problems, warnings: check.warnings })
      const { id, title } = check.playtest.scenario
      const text = decoded.text
      switch (keepingImported(deps.storage, { id, text })) {
        case 'adds':
          return keep({ id, title }, text)
        case 'same':
          set((s) => {
            s.notice = { kind: 'imported-already', title }
          })
          return done()
        case 'replaces': {
          const mine = (await host.savedTitle(id)) ?? id
          set((s) => {
            s.workshop.shared = { payload, clash: { scenario: { id, title }, text, mine } }
          })
        }
      }
    },

    async answerShared(answer) {
      const clash = get().workshop.shared?.clash
      if (!clash) return
      if (answer === 'replace') return keep(clash.scenario, clash.text)
      done()
    },
  }
}
