// Every bundled scenario (not its translations), loaded as the app loads it, for tests that check a property of
// each.
import { readdirSync } from 'node:fs'
import type { Scenario } from '../src/scenario'
import { readScenario } from '../src/scenario/files'

export const bundledScenarios = (): Scenario[] =>
  readdirSync('scenarios')
    .filter((f) => f.endsWith('.yaml') && !f.endsWith('.ru.yaml'))
    .map((f) => {
      const read = readScenario(`scenarios/${f}`)
      if (!read.ok) throw new Error(`${f} does not load`)
      return read.scenario
    })
