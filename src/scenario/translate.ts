// A loaded scenario or actor in another language: each text whose translation was made from this very English
// is replaced, and every other text (not translated, or translated from English since changed) stays English.
// Pure, so the game can show a translation loaded on demand, beside the English it came from.

import { fingerprint } from './fingerprint'
import { entryKey, type Translation } from './translation'
import type { Actor, Scenario } from './types'

/** A text by its key in the scenario file: the translation made from this very English, else the English. */
export type Lookup = (key: readonly (string | number)[], english: string) => string

/** A scenario's lookup, and each of its actors'. */
export interface ScenarioLookups {
  readonly scenario: Lookup
  readonly actor: (id: string) => Lookup
}

export function lookup(translation: Translation | undefined): Lookup {
  return (key, english) => {
    const entry = translation?.entries[entryKey(key.map(String))]
    return entry && entry.of === fingerprint(english) ? entry.text : english
  }
}

// The texts a scenario and what a workshop server sends of it share, by their keys in the scenario file.

/** A role's title and briefing. */
export const roleIn = <R extends { readonly id: string; readonly title: string; readonly briefing: string }>(
  r: R,
  t: Lookup,
): R => ({
  ...r,
  title: t(['roles', r.id, 'title'], r.title),
  briefing: t(['roles', r.id, 'briefing'], r.briefing),
})

/** An inject's title and text. */
export const injectIn = <I extends { readonly id: string; readonly title: string; readonly text: string }>(
  i: I,
  t: Lookup,
): I => ({ ...i, title: t(['injects', i.id, 'title'], i.title), text: t(['injects', i.id, 'text'], i.text) })

/** The historical record's summary and aftermath. */
export const historyIn = <H extends { readonly summary: string; readonly aftermath?: string | undefined }>(
  h: H,
  t: Lookup,
): H => ({
  ...h,
  summary: t(['history', 'summary'], h.summary),
  ...(h.aftermath !== undefined ? { aftermath: t(['history', 'aftermath'], h.aftermath) } : {}),
})

/** The discussion questions, in the original's order. */
export const questionsIn = (questions: readonly string[], t: Lookup): string[] =>
  questions.map((q, i) => t(['questions', i], q))

/** The texts a library card shows of a scenario: enough to translate a card made before the scenario has come. */
export interface CardTexts {
  readonly title: string
  readonly summary: string
  readonly place: { readonly name: string }
  /** Who is on the other side, which the card's map names when it is no state. */
  readonly facts: { readonly adversary: { readonly description: string } }
  readonly roles: readonly { readonly id: string; readonly title: string }[]
  readonly actors: Readonly<Record<string, { readonly name: string }>>
}

/**
 * A card's title, summary, place, adversary, role titles and actor names in the translation's language, where
 * translated: what the scenario's own page says of them.
 */
export function translateCard<C extends CardTexts>(
  card: C,
  translation: Translation | undefined,
  actors: Readonly<Record<string, Translation | undefined>>,
): C {
  const t = lookup(translation)
  return {
    ...card,
    title: t(['title'], card.title),
    summary: t(['summary'], card.summary),
    place: { ...card.place, name: t(['place', 'name'], card.place.name) },
    facts: {
      ...card.facts,
      adversary: {
        ...card.facts.adversary,
        description: t(['facts', 'adversary', 'description'], card.facts.adversary.description),
      },
    },
    roles: card.roles.map((r) => ({ ...r, title: t(['roles', r.id, 'title'], r.title) })),
    actors: Object.fromEntries(
      Object.entries(card.actors).map(([id, a]) => [
        id,
        { ...a, name: lookup(actors[id])(['name'], a.name) },
      ]),
    ),
  }
}

/** The actor's name, summary and record in the translation's language, where translated. */
export function translateActor(actor: Actor, translation: Translation | undefined, why?: string): Actor {
  const t = lookup(translation)
  // A scenario shows only part of the record, sorted by date: its entries are found by their English.
  const record = new Map(
    Object.entries(translation?.entries ?? {}).flatMap(([key, e]) =>
      key.startsWith('record/') ? [[e.of, e.text] as const] : [],
    ),
  )
  return {
    ...actor,
    name: t(['name'], actor.name),
    summary: t(['summary'], actor.summary),
    record: actor.record.map((e) => ({ ...e, text: record.get(fingerprint(e.text)) ?? e.text })),
    ...(actor.override ? { override: { ...actor.override, why: why ?? actor.override.why } } : {}),
  }
}

/**
 * The scenario with its texts, and its actors', in the translation's language where translated. The facts,
 * ids and numbers are the original's: the engine decides the same crisis in every language.
 */
export function translateScenario(
  scenario: Scenario,
  translation: Translation | undefined,
  actors: Readonly<Record<string, Translation | undefined>>,
): Scenario {
  const t = lookup(translation)
  const { history } = scenario
  return {
    ...scenario,
    title: t(['title'], scenario.title),
    summary: t(['summary'], scenario.summary),
    place: { ...scenario.place, name: t(['place', 'name'], scenario.place.name) },
    background: t(['background'], scenario.background),
    assumptions: scenario.assumptions.map((a, i) => t(['assumptions', i], a)),
    objectives: scenario.objectives.map((o, i) => ({ ...o, text: t(['objectives', i], o.text) })),
    facts: {
      ...scenario.facts,
      adversary: {
        ...scenario.facts.adversary,
        description: t(['facts', 'adversary', 'description'], scenario.facts.adversary.description),
      },
    },
    inert: Object.fromEntries(Object.entries(scenario.inert).map(([k, v]) => [k, t(['inert', k], v)])),
    roles: scenario.roles.map((r) => roleIn(r, t)),
    injects: scenario.injects.map((x) => ({
      ...injectIn(x, t),
      changes: x.changes.map((c) =>
        c.fact === 'adversary' && c.to.description !== undefined
          ? { ...c, to: { ...c.to, description: t(['injects', x.id, 'adversary'], c.to.description) } }
          : c,
      ),
    })),
    ...(history ? { history: historyIn(history, t) } : {}),
    questions: questionsIn(scenario.questions, t),
    actors: Object.fromEntries(
      Object.entries(scenario.actors).map(([id, a]) => [
        id,
        translateActor(a, actors[id], a.override ? t(['overrides', id, 'why'], a.override.why) : undefined),
      ]),
    ) as Scenario['actors'],
  }
}
