// A historical record that agrees with itself. The debrief tells students "this is what happened", so a record
// that contradicts itself is refused; figures beyond anything plausible are questioned, since the record may
// one day hold what has not happened yet.
import type { ScenarioFileData } from './schema'
import { FORCES } from './vocabulary'
import { type Said, said } from './wording/en'
import type { Sending } from './wording/en-history'

export type Finding = { readonly path: readonly PropertyKey[] } & Said

type History = NonNullable<ScenarioFileData['history']>
/** What the history is held against: the scenario's kind, members and requester. */
type Checked = Pick<ScenarioFileData, 'history' | 'kind' | 'members' | 'requester'>
type Force = (typeof FORCES)[number]

/** The most troops each answer plausibly sends: a force's whole strength, with room for estimates. */
const MOST_TROOPS: Readonly<Record<Force | 'bilateral', number>> = {
  observers: 200,
  peacekeepers: 5_000,
  'rapid-reaction': 25_000,
  bilateral: 50_000,
}
/** The alliance's only deployments so far lasted days to weeks (Kazakhstan 2022: about two weeks). */
const LONGEST_COLLECTIVE_STAY = 365
/** Estimates of one deployment differ (Kazakhstan 2022: 2,030 to 3,770), but not tenfold. */
const WIDEST_ESTIMATE = 10

const isForce = (r: History['response']): r is Force => (FORCES as readonly string[]).includes(r)

export function checkHistory(data: Checked): { errors: Finding[]; warnings: Finding[] } {
  const errors: Finding[] = []
  const warnings: Finding[] = []
  const h = data.history
  if (!h) return { errors, warnings }
  const at = (...path: PropertyKey[]) => ['history', ...path]
  if (data.kind === 'hypothetical')
    warnings.push({
      path: at(),
      ...said('history-of-hypothetical', {}),
    })

  if (!h.requested) {
    if (h.framing)
      errors.push({
        path: at('framing'),
        ...said('framing-unrequested', { framing: h.framing }),
      })
    if (h.help)
      errors.push({
        path: at('help'),
        ...said('help-unrequested', { help: h.help }),
      })
    if (h.response !== 'no-request')
      errors.push({
        path: at('response'),
        ...said('response-unrequested', { response: h.response }),
      })
  } else {
    if (h.response === 'no-request')
      errors.push({
        path: at('response'),
        ...said('no-request-requested', {}),
      })
    if (!h.framing)
      warnings.push({
        path: at('requested'),
        ...said('request-unframed', {}),
      })
    // Troops go in answer to what was asked; an observer mission may be sent where no force was named.
    if (!h.help && (h.response === 'peacekeepers' || h.response === 'rapid-reaction'))
      warnings.push({
        path: at('requested'),
        ...said('request-without-help', { response: h.response }),
      })
    if (h.help && isForce(h.response) && FORCES.indexOf(h.response) > FORCES.indexOf(h.help))
      warnings.push({
        path: at('response'),
        ...said('more-than-asked', { response: h.response, help: h.help }),
      })
  }

  for (const more of [troopsFindings(h), councilFindings(h, data)]) {
    errors.push(...more.errors)
    warnings.push(...more.warnings)
  }
  return { errors, warnings }
}

function troopsFindings(h: History): { errors: Finding[]; warnings: Finding[] } {
  const errors: Finding[] = []
  const warnings: Finding[] = []
  const went = h.response === 'bilateral' || isForce(h.response)
  if (!went) {
    for (const field of ['mission', 'troops', 'days'] as const)
      if (h[field] !== undefined)
        errors.push({
          path: ['history', field],
          ...said('no-troops-went', { field, response: h.response }),
        })
    return { errors, warnings }
  }
  if (h.troops) {
    const { low, high } = h.troops
    if (low > high)
      errors.push({
        path: ['history', 'troops', 'low'],
        ...said('estimates-swapped', { low, high }),
      })
    else if (low > 0 && high > WIDEST_ESTIMATE * low)
      warnings.push({
        path: ['history', 'troops'],
        ...said('estimates-apart', { low, high }),
      })
    const response = h.response as Sending
    if (Math.max(low, high) > MOST_TROOPS[response])
      warnings.push({
        path: ['history', 'troops', 'high'],
        ...said('too-many-troops', { troops: Math.max(low, high), response }),
      })
  }
  if (h.days !== undefined && isForce(h.response) && h.days > LONGEST_COLLECTIVE_STAY)
    warnings.push({
      path: ['history', 'days'],
      ...said('stay-too-long', { days: h.days }),
    })
  return { errors, warnings }
}

function councilFindings(h: History, data: Checked): { errors: Finding[]; warnings: Finding[] } {
  const errors: Finding[] = []
  const warnings: Finding[] = []
  const c = h.council
  if (!c) return { errors, warnings }
  if (!isForce(h.response) && h.response !== 'refused')
    errors.push({
      path: ['history', 'council'],
      ...said('council-without-force', { response: h.response }),
    })
  else if (c.decision === 'agreed' && !isForce(h.response))
    errors.push({
      path: ['history', 'council', 'decision'],
      ...said('agreed-no-force', { response: h.response }),
    })
  else if (c.decision === 'blocked' && isForce(h.response))
    errors.push({
      path: ['history', 'council', 'decision'],
      ...said('blocked-force-went', { response: h.response }),
    })
  if (c.decision === 'agreed' && c.objected.length > 0)
    errors.push({
      path: ['history', 'council', 'objected'],
      ...said('agreed-with-objection', {}),
    })
  if (c.decision === 'blocked' && c.objected.length === 0)
    warnings.push({
      path: ['history', 'council', 'objected'],
      ...said('blocked-unopposed', {}),
    })
  for (const list of ['objected', 'abstained'] as const)
    c[list].forEach((id, i) => {
      if (!data.members.includes(id))
        errors.push({
          path: ['history', 'council', list, i],
          ...said('voter-not-member', { id }),
        })
      else if (id === data.requester)
        errors.push({
          path: ['history', 'council', list, i],
          ...said('voter-requested', { id }),
        })
      else if (list === 'abstained' && c.objected.includes(id))
        errors.push({
          path: ['history', 'council', list, i],
          ...said('objected-and-abstained', { id }),
        })
    })
  return { errors, warnings }
}
