// The results, as the server sends them (the scenario's own words, English for the bundled ones), in the
// facilitator's language: the scenario's title, its actors' names, the injects' titles and the historical record
// through the bundled translation, by the same keys and the same check as the live screens (in-language.ts).
// Ids, decisions in notation and column names are never touched.
import { historyIn, type ScenarioLookups } from '../scenario/translate'
import type { Results } from './results'

export const resultsIn = (r: Results, { scenario: t, actor }: ScenarioLookups): Results => ({
  ...r,
  session: {
    ...r.session,
    scenario: { ...r.session.scenario, title: t(['title'], r.session.scenario.title) },
  },
  actors: r.actors.map((a) => ({ ...a, name: actor(a.id)(['name'], a.name) })),
  injects: r.injects.map((i) => ({ ...i, title: t(['injects', i.id, 'title'], i.title) })),
  tables: r.tables.map((table) => ({
    ...table,
    injects: table.injects.map((i) => ({ ...i, title: t(['injects', i.id, 'title'], i.title) })),
  })),
  history: r.history && historyIn(r.history, t),
})
