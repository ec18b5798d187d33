// A historical record that agrees with itself. The debrief tells students "this is what happened", so a record
// that contradicts itself is refused; figures beyond anything plausible are questioned, since the record may
// one day hold what has not happened yet.
import type { ScenarioFileData } from './schema'
import { FORCES } from './vocabulary'

export interface Finding {
  readonly path: readonly PropertyKey[]
  readonly message: string
}

type History = NonNullable<ScenarioFileData['history']>
type Force = (typeof FORCES)[number]

/** The most troops each answer plausibly sends: a force's whole strength, with room for estimates. */
const MOST_TROOPS: Readonly<Record<Force | 'bilateral', { troops: number; why: string }>> = {
  observers: { troops: 200, why: 'an observer mission is a few dozen officers' },
  peacekeepers: {
    troops: 5_000,
    why: 'the Collective Peacekeeping Forces number about 3,600 in all',
  },
  'rapid-reaction': {
    troops: 25_000,
    why: 'the Collective Rapid Reaction Forces number about 18,000 to 20,000 in all',
  },
  bilateral: { troops: 50_000, why: 'no Russian intervention in a member has come near that' },
}
/** The alliance's only deployments so far lasted days to weeks (Kazakhstan 2022: about two weeks). */
const LONGEST_COLLECTIVE_STAY = 365
/** Estimates of one deployment differ (Kazakhstan 2022: 2,030 to 3,770), but not tenfold. */
const WIDEST_ESTIMATE = 10

const isForce = (r: History['response']): r is Force => (FORCES as readonly string[]).includes(r)

export function checkHistory(data: ScenarioFileData): { errors: Finding[]; warnings: Finding[] } {
  const errors: Finding[] = []
  const warnings: Finding[] = []
  const h = data.history
  if (!h) return { errors, warnings }
  const at = (...path: PropertyKey[]) => ['history', ...path]
  if (data.kind === 'hypothetical')
    warnings.push({
      path: at(),
      message:
        'a hypothetical scenario with a history: the debrief would show it as what happened. Remove it, or make the scenario historical',
    })

  if (!h.requested) {
    if (h.framing)
      errors.push({
        path: at('framing'),
        message: `a framing, "${h.framing}", yet requested is false: a member that did not ask framed nothing. Remove framing, or set requested: true`,
      })
    if (h.help)
      errors.push({
        path: at('help'),
        message: `help asked for, "${h.help}", yet requested is false. Remove help, or set requested: true`,
      })
    if (h.response !== 'no-request')
      errors.push({
        path: at('response'),
        message: `the response "${h.response}" answers a request, yet requested is false: without a request the response is no-request`,
      })
  } else {
    if (h.response === 'no-request')
      errors.push({
        path: at('response'),
        message:
          'no-request, yet requested is true: write what came of the request (refused, consultations, bilateral or the force sent)',
      })
    if (!h.framing)
      warnings.push({
        path: at('requested'),
        message:
          "a request without its framing: add framing (internal-unrest, foreign-backed or external-attack), which the play-test compares with the engine's",
      })
    if (h.help && isForce(h.response) && FORCES.indexOf(h.response) > FORCES.indexOf(h.help))
      warnings.push({
        path: at('response'),
        message: `"${h.response}" sent where "${h.help}" was asked for: more than was asked, which the engine never grants. Check help and response`,
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
          message: `${field} given, yet no troops went (the response is ${h.response}). Remove ${field}, or correct the response`,
        })
    return { errors, warnings }
  }
  if (h.troops) {
    const { low, high } = h.troops
    if (low > high)
      errors.push({
        path: ['history', 'troops', 'low'],
        message: `the low estimate, ${low.toLocaleString('en')}, is above the high one, ${high.toLocaleString('en')}: swap them`,
      })
    else if (low > 0 && high > WIDEST_ESTIMATE * low)
      warnings.push({
        path: ['history', 'troops'],
        message: `estimates from ${low.toLocaleString('en')} to ${high.toLocaleString('en')}: more than tenfold apart. Is a figure mistyped?`,
      })
    const most = MOST_TROOPS[h.response as Force | 'bilateral']
    if (Math.max(low, high) > most.troops)
      warnings.push({
        path: ['history', 'troops', 'high'],
        message: `${Math.max(low, high).toLocaleString('en')} troops for ${h.response}: ${most.why}. Is a figure mistyped?`,
      })
  }
  if (h.days !== undefined && isForce(h.response) && h.days > LONGEST_COLLECTIVE_STAY)
    warnings.push({
      path: ['history', 'days'],
      message: `a stay of ${h.days.toLocaleString('en')} days: the alliance's forces have stayed days or weeks, never a year. Is it mistyped?`,
    })
  return { errors, warnings }
}

function councilFindings(h: History, data: ScenarioFileData): { errors: Finding[]; warnings: Finding[] } {
  const errors: Finding[] = []
  const warnings: Finding[] = []
  const c = h.council
  if (!c) return { errors, warnings }
  if (!isForce(h.response) && h.response !== 'refused')
    errors.push({
      path: ['history', 'council'],
      message: `a Council decision, yet the response is ${h.response}: the Council decides only on a collective force. Remove council, or correct the response`,
    })
  else if (c.decision === 'agreed' && !isForce(h.response))
    errors.push({
      path: ['history', 'council', 'decision'],
      message: `the Council agreed, yet the response is ${h.response}: an agreed force goes. Write the force sent, or "blocked"`,
    })
  else if (c.decision === 'blocked' && isForce(h.response))
    errors.push({
      path: ['history', 'council', 'decision'],
      message: `the Council blocked the force, yet the response is "${h.response}": a blocked force does not go`,
    })
  if (c.decision === 'agreed' && c.objected.length > 0)
    errors.push({
      path: ['history', 'council', 'objected'],
      message:
        'an objection, yet the Council agreed: one objection breaks the consensus. Write "blocked", or move it to abstained',
    })
  if (c.decision === 'blocked' && c.objected.length === 0)
    warnings.push({
      path: ['history', 'council', 'objected'],
      message: 'the Council blocked the force, yet no member objected: name who did',
    })
  for (const list of ['objected', 'abstained'] as const)
    c[list].forEach((id, i) => {
      if (!data.members.includes(id))
        errors.push({
          path: ['history', 'council', list, i],
          message: `"${id}" is not one of the members: only members vote in the Council`,
        })
      else if (id === data.requester)
        errors.push({
          path: ['history', 'council', list, i],
          message: `"${id}" asked for the force: the Council's vote is the other members'`,
        })
      else if (list === 'abstained' && c.objected.includes(id))
        errors.push({
          path: ['history', 'council', list, i],
          message: `"${id}" both objected and stayed out: it did one or the other`,
        })
    })
  return { errors, warnings }
}
