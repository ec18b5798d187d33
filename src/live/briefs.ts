// What each party is sent once, on joining or resuming: a team's brief, the facilitator's, and the scenario as
// everyone may read it. Built by selecting fields, never by deleting from the whole scenario: a field added to the
// schema later stays private until a line here chooses to show it. What changes with each event is views.ts's.
import type { Inject, Scenario, Source } from '../scenario'
import { numberedSources } from '../scenario/numbered-sources'
import type { FacilitatorBrief, InjectView, PublicScenario, RoleBriefing, TeamBrief } from './protocol'
import type { Session, TeamId } from './types'

/** The session's team `id`; one it does not have is a broken invariant. */
export const teamOf = (s: Session, id: TeamId) => {
  const team = s.teams.find((t) => t.id === id)
  if (!team) throw new Error(`no team ${id} in session ${s.id}`)
  return team
}

export function teamBrief(s: Session, teamId: TeamId): TeamBrief {
  const team = teamOf(s, teamId)
  return {
    audience: 'team',
    scenario: publicScenario(s),
    team: { id: team.id, name: team.name, table: team.table, roles: team.roles.map((id) => briefing(s, id)) },
  }
}

export function facilitatorBrief(s: Session): FacilitatorBrief {
  return {
    audience: 'facilitator',
    scenario: publicScenario(s),
    briefings: s.base.roles.map((r) => briefing(s, r.id)),
    injects: s.base.injects.map(injectView),
  }
}

/**
 * Keyed by the session's scenario, which never changes: every join and resume sends this, and numbering the
 * sources (reading every citation in the scenario) was a fifth of a resume's cost.
 */
const publicScenarios = new WeakMap<Scenario, PublicScenario>()

function publicScenario(s: Session): PublicScenario {
  const c = s.base
  let kept = publicScenarios.get(c)
  if (!kept) {
    kept = readable(c)
    publicScenarios.set(c, kept)
  }
  return kept
}

function readable(c: Scenario): PublicScenario {
  return {
    id: c.id,
    title: c.title,
    kind: c.kind,
    dates: c.dates,
    place: c.place,
    summary: c.summary,
    background: c.background,
    requester: c.requester,
    members: c.members,
    observers: c.observers,
    facts: c.facts,
    roles: c.roles.map((r) => ({ id: r.id, title: r.title, actor: r.actor })),
    actors: Object.values(c.actors).map((a) => ({ id: a.id, name: a.name, kind: a.kind })),
    sources: numberedSources(c).map(sourceView),
  }
}

/** A source's fields, chosen one by one: what a reader needs to find it, and nothing added to the schema later. */
const sourceView = ({ id, title, author, publisher, date, url }: Source): Source => ({
  id,
  title,
  author,
  publisher,
  date,
  url,
})

function briefing(s: Session, id: string): RoleBriefing {
  const role = s.base.roles.find((r) => r.id === id)
  if (!role) throw new Error(`no role ${id} in ${s.base.id}`)
  return { id: role.id, title: role.title, actor: role.actor, briefing: role.briefing }
}

/** An inject as the facilitator may release it and every team reads it once released. */
export const injectView = (i: Inject): InjectView => ({
  id: i.id,
  title: i.title,
  text: i.text,
  changes: i.changes,
})
