// The what-if page's facts as the game reads them: a slider for a number, a switch for where the fighting is, the
// kind of crisis or the adversary, with the scenario's own value first and then the alternatives the file lists.
import type { FactPath, Facts, Scenario } from './types'
import { CATEGORICAL_FACTS } from './vocabulary'

export type SwitchFact = (typeof CATEGORICAL_FACTS)[number]
/** An adversary as a switch offers it: its kind, and the state where it is one. */
export interface AdversaryChoice {
  readonly kind: Facts['adversary']['kind']
  readonly actor?: Facts['adversary']['actor']
}
/** A value of each switch, by fact. */
export interface SwitchValues {
  readonly territory?: Facts['territory']
  readonly 'threat.kind'?: Facts['threat']['kind']
  readonly adversary?: AdversaryChoice
}
export type SwitchValue = NonNullable<SwitchValues[SwitchFact]>
/** What a student set on the what-if page: the sliders' numbers and the switches' values, by fact. */
export type FactValues = Readonly<Partial<Record<FactPath, number>>> & SwitchValues

type SwitchOf<F extends SwitchFact> = {
  readonly kind: 'switch'
  readonly fact: F
  /** The scenario's own value, first among the choices. */
  readonly own: NonNullable<SwitchValues[F]>
  readonly alternatives: readonly NonNullable<SwitchValues[F]>[]
}
export type FactSwitch = { [F in SwitchFact]: SwitchOf<F> }[SwitchFact]
export type WhatIfItem = { readonly kind: 'slider'; readonly fact: FactPath } | FactSwitch

/** A switch's value as a short key: two values are the same when their keys are. */
export const switchKey = (value: SwitchValue): string =>
  typeof value === 'string' ? value : value.actor ? `${value.kind}:${value.actor}` : value.kind

/** A switch's own value in the scenario's facts. */
export function ownValue<F extends SwitchFact>(facts: Facts, fact: F): NonNullable<SwitchValues[F]>
export function ownValue(facts: Facts, fact: SwitchFact): SwitchValue {
  switch (fact) {
    case 'territory':
      return facts.territory
    case 'threat.kind':
      return facts.threat.kind
    case 'adversary': {
      const { kind, actor } = facts.adversary
      return actor ? { kind, actor } : { kind }
    }
  }
}

/** The scenario's what-if facts in order, or these sliders where it names none. */
export function whatIfItems(
  scenario: Pick<Scenario, 'whatIf' | 'facts'>,
  fallback: readonly FactPath[],
): readonly WhatIfItem[] {
  if (scenario.whatIf.length === 0) return fallback.map((fact) => ({ kind: 'slider', fact }))
  return scenario.whatIf.flatMap((item): WhatIfItem[] => {
    if (typeof item === 'string') return [{ kind: 'slider', fact: item }]
    const fact = CATEGORICAL_FACTS.find((f) => item[f])
    if (!fact) return []
    return [
      {
        kind: 'switch',
        fact,
        own: ownValue(scenario.facts, fact),
        alternatives: item[fact] ?? [],
      } as FactSwitch,
    ]
  })
}

/** Whether the scenario's switch on this fact offers this value, its own or an alternative. */
export function offers(
  scenario: Pick<Scenario, 'whatIf' | 'facts'>,
  fact: SwitchFact,
  value: SwitchValue,
): boolean {
  const key = switchKey(value)
  return whatIfItems(scenario, []).some(
    (item) =>
      item.kind === 'switch' &&
      item.fact === fact &&
      [item.own, ...item.alternatives].some((v) => switchKey(v) === key),
  )
}
