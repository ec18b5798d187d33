// The bundled crises as the e2e suite needs them: read from scenarios/*.yaml when the tests are collected.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { isTranslationFile } from '../../src/scenario/translation-files'

export interface E2eScenario {
  readonly id: string
  readonly title: string
  readonly kind: 'historical' | 'hypothetical'
  readonly dates: { readonly start: string; readonly decision?: string }
  readonly requester: string
  readonly roles: readonly { readonly id: string; readonly actor: string; readonly title: string }[]
  /** The what-if facts: a number's path for a slider, or a switch's fact and the values it offers beside its own. */
  readonly whatIf?: readonly (string | Readonly<Record<string, readonly unknown[]>>)[]
  /** The facts whose what-if slider says why moving it changes no decision. */
  readonly inert?: Readonly<Record<string, unknown>>
}

const DIR = resolve(import.meta.dirname, '..', '..', 'scenarios')

export function bundledForE2e(): E2eScenario[] {
  return readdirSync(DIR)
    .filter((f) => /\.ya?ml$/.test(f) && !isTranslationFile(f))
    .sort()
    .map((f) => parse(readFileSync(join(DIR, f), 'utf8')) as E2eScenario)
}

/** The roles every scenario is played as: the member that may ask, and Russia, when each is a role. */
export function rolesToPlay(s: E2eScenario): { label: string; role: E2eScenario['roles'][number] }[] {
  const requester = s.roles.find((r) => r.actor === s.requester)
  const russia = s.roles.find((r) => r.actor === 'russia')
  return [
    ...(requester ? [{ label: 'the requester', role: requester }] : []),
    ...(russia && russia !== requester ? [{ label: 'Russia', role: russia }] : []),
  ]
}

/** A scenario's what-if switches: each fact and how many radio buttons it shows, its own value and the others. */
export const switchesOf = (s: E2eScenario): { fact: string; choices: number }[] =>
  (s.whatIf ?? []).flatMap((item) =>
    typeof item === 'string'
      ? []
      : Object.entries(item).map(([fact, others]) => ({ fact, choices: 1 + others.length })),
  )
