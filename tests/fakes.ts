// Small factories for test data, built through the real loader so every fake is a scenario the app could load.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'
import type { z } from 'zod'
import {
  type ActorCatalog,
  isTranslationFile,
  loadCatalog,
  loadScenario,
  type Scenario,
} from '../src/scenario'
import type { ScenarioFile } from '../src/scenario/schema'

const ACTORS = join(import.meta.dirname, '..', 'scenarios', 'actors')

let catalog: ActorCatalog | undefined
/** The standing actor catalog, as shipped. */
export function fakeCatalog(): ActorCatalog {
  if (!catalog) {
    const files = readdirSync(ACTORS)
      .filter((f) => !isTranslationFile(f))
      .map((f) => ({ name: f, text: readFileSync(join(ACTORS, f), 'utf8') }))
    const result = loadCatalog(files)
    if (!result.ok) throw new Error(`the standing catalog does not load: ${JSON.stringify(result.problems)}`)
    catalog = result.value
  }
  return catalog
}

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K]
}
type ScenarioFileInput = z.input<typeof ScenarioFile>
export type ScenarioInput = DeepPartial<Omit<ScenarioFileInput, 'facts'>> & {
  facts?: DeepPartial<ScenarioFileInput['facts']>
}

/** A plain, valid scenario file's data: a Kazakh-style unrest, with whatever the test overrides. */
export function fakeScenarioData(overrides: ScenarioInput = {}): Record<string, unknown> {
  const base = {
    id: 'test-crisis',
    title: 'A test crisis',
    kind: 'hypothetical',
    dates: { start: '2030-01-01' },
    place: { name: 'Almaty', lat: 43.24, lon: 76.89 },
    summary: 'Unrest in a member state.',
    background: 'Protests over fuel prices turn violent.',
    requester: 'kazakhstan',
    members: ['russia', 'belarus', 'kazakhstan', 'kyrgyzstan', 'tajikistan', 'armenia'],
    observers: ['china', 'west', 'azerbaijan'],
    facts: {
      threat: { kind: 'unrest', armedViolence: 0.6, regimeThreat: 0.8, outsideEvidence: 0.1 },
      territory: 'own',
      adversary: { kind: 'internal', description: 'armed rioters' },
      moscow: { legitimacy: 0.9, commitments: 0.5 },
      china: { stakes: 0.8 },
    },
    roles: [
      { id: 'government', actor: 'kazakhstan', title: 'The government', briefing: 'You govern.' },
      { id: 'russia', actor: 'russia', title: 'The Kremlin', briefing: 'You lead the alliance.' },
      { id: 'china', actor: 'china', title: 'Beijing', briefing: 'You watch.' },
      { id: 'armenia', actor: 'armenia', title: 'Yerevan', briefing: 'You are a member.' },
    ],
    sources: [
      { id: 'beliakova-2022', title: 'How a Russian-Led Alliance Keeps a Lid on Central Asia', date: '2022' },
    ],
  }
  return merge(base, overrides as Record<string, unknown>)
}

/** A resolved, frozen scenario through the real loader; fails the test loudly if the overrides make it invalid. */
export function fakeScenario(overrides: ScenarioInput = {}): Scenario {
  const result = loadScenario(stringify(fakeScenarioData(overrides)), 'fake.yaml', fakeCatalog())
  if (!result.ok)
    throw new Error(
      `fakeScenario is invalid: ${result.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
    )
  return result.value
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base }
  for (const [k, v] of Object.entries(over)) {
    const b = base[k]
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b)
        ? merge(b as Record<string, unknown>, v as Record<string, unknown>)
        : v
  }
  return out
}

/**
 * Russia's actor profile as a file's text, with a summary and one record entry of 11 June 2010 as given (the
 * summary on line 4, the entry's text on line 7), and the sources it lists, if any.
 */
export function fakeProfileText(summary: string, record: string, sources: readonly string[] = []): string {
  return [
    'id: russia',
    'name: Russia',
    'kind: leading-member',
    `summary: ${summary}`,
    'record:',
    "  - date: '2010-06-11'",
    `    text: ${record}`,
    'interests: {regimeStability: 0, sovereignty: 0, russianInfluence: 0, allianceCredibility: 0, chinaSatisfaction: 0, westRelations: 0, escalationRisk: 0, militaryStrain: 0}',
    'traits: {contingent: 100, externalOnlyReading: 0}',
    ...(sources.length > 0 ? ['sources:', ...sources.map((source) => `  - ${source}`)] : []),
  ].join('\n')
}
