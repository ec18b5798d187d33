// The plain names of the facts the what-if sliders move, and what the two ends of each scale mean.
import type { FactPath } from '../store'

export interface FactCopy {
  readonly label: string
  readonly low: string
  readonly high: string
}

export const FACT_COPY: Readonly<Record<FactPath, FactCopy>> = {
  'threat.armedViolence': {
    label: 'How armed the violence is',
    low: 'protest and disorder',
    high: 'open war',
  },
  'threat.regimeThreat': {
    label: "Threat to the government's hold on power",
    low: 'none',
    high: 'about to fall',
  },
  'threat.outsideEvidence': {
    label: 'Evidence of outside involvement',
    low: 'none',
    high: 'proven',
  },
  'moscow.legitimacy': {
    label: "Moscow's view of the government's legitimacy",
    low: 'doubtful',
    high: 'fully legitimate',
  },
  'moscow.commitments': {
    label: "Russia's competing military commitments",
    low: 'free hands',
    high: 'stretched elsewhere',
  },
  'china.stakes': {
    label: "China's stakes in the country",
    low: 'few',
    high: 'vital',
  },
}

/** When a scenario names no what-if facts, these three carry the most of the model's argument. */
export const DEFAULT_WHAT_IF: readonly FactPath[] = [
  'moscow.commitments',
  'china.stakes',
  'threat.outsideEvidence',
]
