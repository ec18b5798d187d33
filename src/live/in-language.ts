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
  TableView,
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

/** A table's injects, their titles in the seat's language (the debrief lists them beside each table). */
const tableIn = <T extends TableView>(table: T, { scenario: t }: ScenarioLookups): T => ({
  ...table,
  injects: table.injects.map((i) => ({ ...i, title: t(['injects', i.id, 'title'], i.title) })),
})

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

export const teamViewIn = (v: TeamView, l: ScenarioLookups): TeamView => {
  const debrief = debriefIn(v.debrief, l)
  return {
    ...v,
    injects: v.injects.map((i) => injectIn(i, l.scenario)),
    table: v.table && tableIn(v.table, l),
    debrief: debrief && { ...debrief, tables: debrief.tables.map((table) => tableIn(table, l)) },
  }
}

export const facilitatorViewIn = (v: FacilitatorView, l: ScenarioLookups): FacilitatorView => ({
  ...v,
  tables: v.tables.map((table) => tableIn(table, l)),
  debrief: debriefIn(v.debrief, l),
})

export const lobbyIn = (v: LobbyView, { scenario: t }: ScenarioLookups): LobbyView => ({
  ...v,
  title: t(['title'], v.title),
  roles: v.roles.map((r) => ({ ...r, title: t(['roles', r.id, 'title'], r.title) })),
})
