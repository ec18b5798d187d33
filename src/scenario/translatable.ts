// The texts of a scenario or actor file that a player reads, and so that a translation carries: each with its
// place in the translation file (roles and injects by their id, lists by position) and in the original.
import { textsAt } from './prose'
import type { ScenarioFileData } from './schema'

/** Where a text sits: its key in the translation file, its path in the original, and its English. */
export interface Place {
  readonly key: readonly string[]
  readonly at: readonly (string | number)[]
  readonly text: string
}

const place = (key: readonly (string | number)[], at: readonly (string | number)[], text: string): Place => ({
  key: key.map(String),
  at,
  text,
})

export function scenarioPlaces(data: ScenarioFileData): Place[] {
  const same = (path: readonly (string | number)[], text: string) => place(path, path, text)
  return [
    same(['title'], data.title),
    same(['summary'], data.summary),
    same(['place', 'name'], data.place.name),
    same(['background'], data.background),
    ...data.assumptions.map((text, i) => same(['assumptions', i], text)),
    ...data.objectives.map((o, i) => place(['objectives', i], ['objectives', i, 'text'], o.text)),
    same(['facts', 'adversary', 'description'], data.facts.adversary.description),
    ...Object.entries(data.overrides).map(([id, o]) => same(['overrides', id, 'why'], o.why)),
    ...Object.entries(data.inert).map(([fact, text]) => same(['inert', fact], text)),
    ...data.roles.flatMap((r, i) => [
      place(['roles', r.id, 'title'], ['roles', i, 'title'], r.title),
      place(['roles', r.id, 'briefing'], ['roles', i, 'briefing'], r.briefing),
    ]),
    ...data.injects.flatMap((x, i) => {
      const j = x.changes.findIndex((c) => c.fact === 'adversary' && c.to.description !== undefined)
      const change = x.changes[j]
      return [
        place(['injects', x.id, 'title'], ['injects', i, 'title'], x.title),
        place(['injects', x.id, 'text'], ['injects', i, 'text'], x.text),
        ...(change?.fact === 'adversary' && change.to.description !== undefined
          ? [
              place(
                ['injects', x.id, 'adversary'],
                ['injects', i, 'changes', j, 'to', 'description'],
                change.to.description,
              ),
            ]
          : []),
      ]
    }),
    ...(data.history
      ? [
          same(['history', 'summary'], data.history.summary),
          ...(data.history.aftermath ? [same(['history', 'aftermath'], data.history.aftermath)] : []),
        ]
      : []),
    ...data.questions.map((text, i) => same(['questions', i], text)),
  ]
}

/** A profile's texts; read from the file as written too, so a broken profile's translation is compared as far as it can be. */
export function actorPlaces(data: unknown): Place[] {
  return textsAt(data, [['name'], ['summary'], ['record', '*', 'text']]).map(({ path, text }) =>
    place(path[0] === 'record' ? path.slice(0, 2) : path, path, text),
  )
}
