// The live panels' fixtures: sessions built by the session model (a lobby, a started round, a finished game)
// and the facilitator's and a team's panels rendered on them, alone, in English.
import { cleanup, render as renderAlone } from '@testing-library/react'
import type { ReactElement } from 'react'
import { afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { parseDecision } from '../src/engine'
import {
  type ConnectionLookup,
  facilitatorBrief,
  facilitatorView,
  type OutcomeLookup,
  outcomeOf,
  type TeamId,
  teamBrief,
  teamView,
} from '../src/live'
import { FacilitatorPanel, type FacilitatorPanelProps } from '../src/ui/live/facilitator-panel'
import { TeamPanel } from '../src/ui/live/team-panel'
import { bundled, Driver, team } from './server-fakes'
import { inEnglish, panelWrapper, preferReducedMotion } from './ui-fakes'

// The panels are rendered alone, so they get the app's English messages, and an English store, here.
let wrapper: Awaited<ReturnType<typeof panelWrapper>>

/** Call once at the top of a test file: the English messages and store, reduced motion, a clean page. */
export function panelsInEnglish(): void {
  beforeAll(async () => {
    await inEnglish()
    wrapper = await panelWrapper('en')
  })
  beforeEach(() => preferReducedMotion())
  afterEach(cleanup)
}

export const render = (ui: ReactElement) => renderAlone(ui, { wrapper })

export const JOIN_URL = 'https://example.org/#/join/ABC234'
export const scenario = bundled('kazakhstan-2022')
/** The opening words of each role's briefing, as the screens render them. */
export const BRIEFING = Object.fromEntries(scenario.roles.map((r) => [r.id, r.briefing.slice(0, 40)]))
export const TITLE = Object.fromEntries(scenario.injects.map((i) => [i.id, i.title]))

/** A session in its lobby with teams seated in the roles they asked for (Astana requests, Moscow answers). */
export function lobby(settings: ConstructorParameters<typeof Driver>[0] = {}, teams = TWO_TEAMS) {
  const d = new Driver(settings)
  for (const [name, role] of teams) d.join(name, role ? { role } : {})
  return d
}
export const TWO_TEAMS: readonly (readonly [string, string | undefined])[] = [
  ['Astana', 'tokayev'],
  ['Moscow', 'kremlin'],
]

export const started = (settings: ConstructorParameters<typeof Driver>[0] = {}) => {
  const d = lobby(settings)
  d.facilitator({ kind: 'start' })
  return d
}

export const idOf = (d: Driver, name: string): TeamId => {
  const t = d.session.teams.find((x) => x.name === name)
  if (!t) throw new Error(`no team ${name}`)
  return t.id
}

export function submit(d: Driver, name: string, notation: string): void {
  const parsed = parseDecision(notation)
  if (!parsed.ok) throw new Error(parsed.message)
  if (d.session.phase.kind !== 'deciding') throw new Error('no round open')
  const decided = d.run(team(idOf(d, name)), {
    kind: 'submit',
    round: d.session.phase.round,
    decision: parsed.decision,
  })
  if (!decided.ok) throw new Error(decided.error.message)
}

/** Every table played to its end by the engine, standing in for the teams. */
export function finished(settings: ConstructorParameters<typeof Driver>[0] = {}, teams = TWO_TEAMS) {
  const d = lobby(settings, teams)
  d.facilitator({ kind: 'start' })
  submit(d, teams[0]![0], 'request:foreign-backed:peacekeepers:14')
  d.facilitator({ kind: 'finish' })
  return d
}

/**
 * The facilitator's panel on the session as it stands, as an element for the caller to render in its language:
 * its view built for `joinUrl`, with `outcomes` and, where a test gives them, the teams' `connections`.
 */
export function facilitatorPanel(
  d: Driver,
  {
    props = {},
    outcomes = outcomeOf,
    joinUrl = JOIN_URL,
    connections,
  }: {
    props?: Partial<FacilitatorPanelProps>
    outcomes?: OutcomeLookup
    joinUrl?: string
    connections?: ConnectionLookup
  } = {},
) {
  const view = facilitatorView(d.session, joinUrl, outcomes, d.now, connections)
  return (
    <FacilitatorPanel
      brief={facilitatorBrief(d.session)}
      view={view}
      // The countdown reads the session's clock, as a screen corrects for the server's.
      skew={view.serverNow - Date.now()}
      busy={false}
      error={null}
      onCommand={() => {}}
      onExport={() => {}}
      {...props}
    />
  )
}

export function renderFacilitator(
  d: Driver,
  props: Partial<FacilitatorPanelProps> = {},
  outcomes: OutcomeLookup = outcomeOf,
) {
  const onCommand = vi.fn()
  const onExport = vi.fn()
  const rendered = render(facilitatorPanel(d, { outcomes, props: { onCommand, onExport, ...props } }))
  return { ...rendered, onCommand, onExport }
}

export function renderTeam(d: Driver, name: string, error: string | null = null) {
  const onSubmit = vi.fn()
  const id = idOf(d, name)
  const view = teamView(d.session, id, outcomeOf, d.now)
  const rendered = render(
    <TeamPanel
      brief={teamBrief(d.session, id)}
      view={view}
      skew={view.serverNow - Date.now()}
      error={error}
      onSubmit={onSubmit}
    />,
  )
  return { ...rendered, onSubmit }
}
