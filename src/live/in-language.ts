// What a workshop server sends of a scenario, in a seat's own language. The server speaks the scenario as its
// file says it (English for the bundled ones), to every seat alike; each browser puts the texts a player reads
// into its own language with the bundled translations, by the same keys and the same check as the single-player
// game: a text is replaced only by a translation made from this very English, so an instructor's own scenario,
// or one changed since its translation, stays as written. Ids, facts and decisions are never touched.
import type { ScenarioLookups } from '../scenario/translate'
import type {
  DebriefView,
  FacilitatorBrief,
  FacilitatorView,
  InjectView,
  LobbyView,
  PublicScenario,
  RoleBriefing,
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

const briefingIn = (b: RoleBriefing, { scenario: t }: ScenarioLookups): RoleBriefing => ({
  ...b,
  title: t(['roles', b.id, 'title'], b.title),
  briefing: t(['roles', b.id, 'briefing'], b.briefing),
})

const injectIn = (i: InjectView, { scenario: t }: ScenarioLookups): InjectView => ({
  ...i,
  title: t(['injects', i.id, 'title'], i.title),
  text: t(['injects', i.id, 'text'], i.text),
})

function debriefIn(d: DebriefView | null, { scenario: t }: ScenarioLookups): DebriefView | null {
  if (!d) return d
  const { history } = d
  return {
    ...d,
    history: history && {
      ...history,
      summary: t(['history', 'summary'], history.summary),
      ...(history.aftermath !== undefined
        ? { aftermath: t(['history', 'aftermath'], history.aftermath) }
        : {}),
    },
    questions: d.questions.map((q, i) => t(['questions', i], q)),
  }
}

export const teamBriefIn = (b: TeamBrief, l: ScenarioLookups): TeamBrief => ({
  ...b,
  scenario: scenarioIn(b.scenario, l),
  team: { ...b.team, roles: b.team.roles.map((r) => briefingIn(r, l)) },
})

export const facilitatorBriefIn = (b: FacilitatorBrief, l: ScenarioLookups): FacilitatorBrief => ({
  ...b,
  scenario: scenarioIn(b.scenario, l),
  briefings: b.briefings.map((r) => briefingIn(r, l)),
  injects: b.injects.map((i) => injectIn(i, l)),
})

export const teamViewIn = (v: TeamView, l: ScenarioLookups): TeamView => ({
  ...v,
  injects: v.injects.map((i) => injectIn(i, l)),
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
