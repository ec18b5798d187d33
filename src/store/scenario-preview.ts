// A scenario as the library's card shows it: enough for its title, dates, place, map and roles, and nothing of
// its briefings, background or history. The bundled scenarios' summaries are made at build time, so the first
// page can show every crisis without loading every crisis.
import type { Problem, Scenario } from '../scenario/types'

export interface ScenarioPreview {
  readonly id: string
  readonly title: string
  readonly kind: Scenario['kind']
  readonly dates: Scenario['dates']
  readonly place: Scenario['place']
  readonly summary: string
  readonly requester: Scenario['requester']
  readonly members: Scenario['members']
  readonly facts: { readonly adversary: Scenario['facts']['adversary'] }
  readonly roles: readonly Pick<Scenario['roles'][number], 'id' | 'title' | 'actor'>[]
  readonly actors: Readonly<
    Record<string, Pick<Scenario['actors'][keyof Scenario['actors']], 'id' | 'name' | 'kind'>>
  >
}

export type PreviewEntry =
  | { readonly ok: true; readonly scenario: ScenarioPreview }
  | { readonly ok: false; readonly file: string; readonly problems: readonly Problem[] }

export function previewOf(s: Scenario): ScenarioPreview {
  return {
    id: s.id,
    title: s.title,
    kind: s.kind,
    dates: s.dates,
    place: s.place,
    summary: s.summary,
    requester: s.requester,
    members: s.members,
    facts: { adversary: s.facts.adversary },
    roles: s.roles.map(({ id, title, actor }) => ({ id, title, actor })),
    actors: Object.fromEntries(Object.values(s.actors).map(({ id, name, kind }) => [id, { id, name, kind }])),
  }
}
