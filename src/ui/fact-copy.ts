// The plain names of the facts the what-if sliders move, and what the two ends of each scale mean, as message ids.
import type { FactPath } from '../store'

export interface FactCopy {
  readonly label: string
  readonly low: string
  readonly high: string
}

export const FACT_COPY: Readonly<Record<FactPath, FactCopy>> = {
  'threat.armedViolence': {
    label: 'whatIf.fact.armedViolence',
    low: 'whatIf.fact.armedViolence.low',
    high: 'whatIf.fact.armedViolence.high',
  },
  'threat.regimeThreat': {
    label: 'whatIf.fact.regimeThreat',
    low: 'whatIf.fact.regimeThreat.low',
    high: 'whatIf.fact.regimeThreat.high',
  },
  'threat.outsideEvidence': {
    label: 'whatIf.fact.outsideEvidence',
    low: 'whatIf.fact.outsideEvidence.low',
    high: 'whatIf.fact.outsideEvidence.high',
  },
  'moscow.legitimacy': {
    label: 'whatIf.fact.legitimacy',
    low: 'whatIf.fact.legitimacy.low',
    high: 'whatIf.fact.legitimacy.high',
  },
  'moscow.commitments': {
    label: 'whatIf.fact.commitments',
    low: 'whatIf.fact.commitments.low',
    high: 'whatIf.fact.commitments.high',
  },
  'china.stakes': {
    label: 'whatIf.fact.chinaStakes',
    low: 'whatIf.fact.chinaStakes.low',
    high: 'whatIf.fact.chinaStakes.high',
  },
}
