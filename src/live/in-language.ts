// What a workshop server sends of a scenario, in a seat's own language. The server speaks the scenario as its
// file says it (English for the bundled ones), to every seat alike; each browser puts the texts a player reads
// into its own language with the bundled translations, by the same keys and the same check as the single-player
// game: a text is replaced only by a translation made from this very English, so an instructor's own scenario,
// or one changed since its translation, stays as written. Ids, facts and decisions are never touched.
import { historyIn, injectIn, questionsIn, roleIn, type ScenarioLookups } from '../scenario/translate'
import type {
  DebriefView,
  FacilitatorBrief,
  FacilitatorView,
  LobbyView,
  PublicScenario,
  TeamBrief,
  TeamView,
} from './protocol'

function scenarioIn(s: PublicScenario, { scenario: t, actor }: ScenarioLookups): PublicScenario {
  return {
    ...s,
    title: t(['title'], s.title),
    summary: t(['summary'], s.summary),
    background: t(['background'], s.background),
    place: { ...s.place, name: t(['place', 'name'], s.place.name) },
    roles: s.roles.map((r) => ({ ...r, title: t(['roles', r.id, 'title'], r.title) })),
    actors: s.actors.map((a) => ({ ...a, name: actor(a.id)(['name'], a.name) })),
  }
}

function debriefIn<D extends DebriefView>(d: D | null, { scenario: t }: ScenarioLookups): D | null {
  if (!d) return d
  return { ...d, history: d.history && historyIn(d.history, t), questions: questionsIn(d.questions, t) }
}

export const teamBriefIn = (b: TeamBrief, l: ScenarioLookups): TeamBrief => ({
  ...b,
  scenario: scenarioIn(b.scenario, l),
  team: { ...b.team, roles: b.team.roles.map((r) => roleIn(r, l.scenario)) },
})

export const facilitatorBriefIn = (b: FacilitatorBrief, l: ScenarioLookups): FacilitatorBrief => ({
  ...b,
  scenario: scenarioIn(b.scenario, l),
  briefings: b.briefings.map((r) => roleIn(r, l.scenario)),
  injects: b.injects.map((i) => injectIn(i, l.scenario)),
})

export const teamViewIn = (v: TeamView, l: ScenarioLookups): TeamView => ({
  ...v,
  injects: v.injects.map((i) => injectIn(i, l.scenario)),
  debrief: debriefIn(v.debrief, l),
})

export const facilitatorViewIn = (v: FacilitatorView, l: ScenarioLookups): FacilitatorView => ({
  ...v,
  debrief: debriefIn(v.debrief, l),
})

export const lobbyIn = (v: LobbyView, { scenario: t }: ScenarioLookups): LobbyView => ({
  ...v,
  title: t(['title'], v.title),
  roles: v.roles.map((r) => ({ ...r, title: t(['roles', r.id, 'title'], r.title) })),
})
