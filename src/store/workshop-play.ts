// "Play it": the valid draft kept among this browser's scenarios and opened. Saving the scenario opened here to be
// edited replaces it, as meant; a draft that has the id of another kept here, with other text, never takes its
// place without asking, since that one may be the only copy of the author's work.
import type { Draft } from 'immer'
import { keepingImported, type WorkshopDraft } from './imported-scenarios'
import type {
  NamedScenario,
  SavingHost,
  WorkshopActions,
  WorkshopDeps,
  WorkshopState,
} from './workshop-state'

type Update = (recipe: (state: Draft<{ workshop: WorkshopState }>) => void) => void

export function playActions(
  set: Update,
  get: () => { workshop: WorkshopState },
  deps: WorkshopDeps,
  host: SavingHost,
  /** The text in the workshop: the draft, or the template before anything is typed. */
  textOf: () => Promise<WorkshopDraft>,
): Pick<WorkshopActions, 'playDraft' | 'answerPlay'> {
  const play = async (scenario: NamedScenario, text: string): Promise<void> => {
    await host.addImported(scenario, text)
    host.goTo({ name: 'scenario', scenario: scenario.id })
  }

  return {
    async playDraft() {
      const draft = await textOf()
      const { lastGood } = get().workshop
      if (!lastGood || lastGood.text !== draft.text) return
      const { id, title } = lastGood.playtest.scenario
      if (draft.editing !== id && keepingImported(deps.storage, { id, text: draft.text }) === 'replaces') {
        const mine = (await host.savedTitle(id)) ?? id
        return set((s) => {
          s.workshop.playClash = { scenario: { id, title }, mine }
        })
      }
      await play({ id, title }, draft.text)
    },

    async answerPlay(answer) {
      const clash = get().workshop.playClash
      if (!clash) return
      set((s) => {
        s.workshop.playClash = null
      })
      if (answer === 'replace') await play(clash.scenario, (await textOf()).text)
    },
  }
}
