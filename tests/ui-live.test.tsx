// @vitest-environment jsdom
// The live screens, on views the session model builds: the facilitator's dashboard runs the session and sees
// who has submitted, never what; a team sees its own briefing, decides in secret and waits its turn; the
// projector's debrief sets the tables beside each other and beside history; the countdown and the join QR.
import { cleanup, render as renderAlone, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import fc from 'fast-check'
import type { ReactElement } from 'react'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { INDICATORS, parseDecision } from '../src/engine'
import {
  facilitatorBrief,
  facilitatorView,
  type OutcomeLookup,
  outcomeOf,
  type TeamId,
  teamBrief,
  teamView,
} from '../src/live'
import { Countdown, formatRemaining } from '../src/ui/live/countdown'
import { FacilitatorPanel, type FacilitatorPanelProps } from '../src/ui/live/facilitator-panel'
import { QrCode } from '../src/ui/live/qr-code'
import { TablesDebrief } from '../src/ui/live/tables-debrief'
import { TeamPanel } from '../src/ui/live/team-panel'
import { bundled, Driver, team } from './server-fakes'
import { expectAccessible, inEnglish, panelWrapper, preferReducedMotion } from './ui-fakes'

// The panels are rendered alone, so they get the app's English messages, and an English store, here.
let wrapper: Awaited<ReturnType<typeof panelWrapper>>
beforeAll(async () => {
  await inEnglish()
  wrapper = await panelWrapper('en')
})
const render = (ui: ReactElement) => renderAlone(ui, { wrapper })

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const JOIN_URL = 'https://example.org/#/join/ABC234'
const scenario = bundled('kazakhstan-2022')
/** The opening words of each role's briefing, as the screens render them. */
const BRIEFING = Object.fromEntries(scenario.roles.map((r) => [r.id, r.briefing.slice(0, 40)]))
const TITLE = Object.fromEntries(scenario.injects.map((i) => [i.id, i.title]))

/** A session in its lobby with teams seated in the roles they asked for (Astana requests, Moscow answers). */
function lobby(settings: ConstructorParameters<typeof Driver>[0] = {}, teams = TWO_TEAMS) {
  const d = new Driver(settings)
  for (const [name, role] of teams) d.join(name, role ? { role } : {})
  return d
}
const TWO_TEAMS: readonly (readonly [string, string | undefined])[] = [
  ['Astana', 'tokayev'],
  ['Moscow', 'kremlin'],
]

const started = (settings: ConstructorParameters<typeof Driver>[0] = {}) => {
  const d = lobby(settings)
  d.facilitator({ kind: 'start' })
  return d
}

const idOf = (d: Driver, name: string): TeamId => {
  const t = d.session.teams.find((x) => x.name === name)
  if (!t) throw new Error(`no team ${name}`)
  return t.id
}

function submit(d: Driver, name: string, notation: string): void {
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
function finished(settings: ConstructorParameters<typeof Driver>[0] = {}, teams = TWO_TEAMS) {
  const d = lobby(settings, teams)
  d.facilitator({ kind: 'start' })
  submit(d, teams[0]![0], 'request:foreign-backed:peacekeepers:14')
  d.facilitator({ kind: 'finish' })
  return d
}

function renderFacilitator(
  d: Driver,
  props: Partial<FacilitatorPanelProps> = {},
  outcomes: OutcomeLookup = outcomeOf,
) {
  const onCommand = vi.fn()
  const onExport = vi.fn()
  const view = facilitatorView(d.session, JOIN_URL, outcomes, d.now)
  const rendered = render(
    <FacilitatorPanel
      brief={facilitatorBrief(d.session)}
      view={view}
      // The countdown reads the session's clock, as a screen corrects for the server's.
      skew={view.serverNow - Date.now()}
      busy={false}
      error={null}
      onCommand={onCommand}
      onExport={onExport}
      {...props}
    />,
  )
  return { ...rendered, onCommand, onExport }
}

function renderTeam(d: Driver, name: string, error: string | null = null) {
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

const button = (name: string | RegExp) => screen.getByRole('button', { name })
const teamRow = (name: string) => screen.getByTestId(`team-${name}`)
const injectItem = (id: string) => screen.getByText(TITLE[id]!).closest('li') as HTMLElement

describe("the facilitator's dashboard", () => {
  it('cannot start a session no team has joined', () => {
    renderFacilitator(lobby({}, []))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Waiting for teams')
    expect(button('Start the session')).toBeDisabled()
    expect(screen.getByText('No team has joined yet.')).toBeInTheDocument()
  })

  it('starts the session once a team has joined, and shows each team as joined', async () => {
    const { onCommand } = renderFacilitator(lobby({}, [['Astana', 'tokayev']]))
    expect(teamRow('Astana')).toHaveTextContent('Joined')
    expect(teamRow('Astana')).toHaveTextContent("President Tokayev's government")
    await userEvent.click(button('Start the session'))
    expect(onCommand).toHaveBeenCalledExactlyOnceWith({ kind: 'start' })
  })

  it('shows how to join in the lobby, and folds it away once the session runs', () => {
    const joining = <p>Join at ABC234</p>
    renderFacilitator(lobby(), { joining })
    expect(screen.getByText('Join at ABC234')).toBeVisible()
    cleanup()
    renderFacilitator(started(), { joining })
    expect(screen.getByText('Join code and link').closest('details')).not.toHaveAttribute('open')
  })

  it('says the engine stands in until every team has submitted, then offers to reveal the decisions', async () => {
    const d = started()
    const first = renderFacilitator(d)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Round 1')
    await userEvent.click(button('Reveal now (the engine stands in)'))
    expect(first.onCommand).toHaveBeenCalledExactlyOnceWith({ kind: 'advance' })
    expect(screen.queryByRole('button', { name: 'Reveal the decisions' })).toBeNull()
    cleanup()

    submit(d, 'Astana', 'request:foreign-backed:peacekeepers:14')
    const second = renderFacilitator(d)
    expect(screen.queryByRole('button', { name: /engine stands in/ })).toBeNull()
    await userEvent.click(button('Reveal the decisions'))
    expect(second.onCommand).toHaveBeenCalledExactlyOnceWith({ kind: 'advance' })
  })

  it('pauses the countdown, ends the round early, adds a minute and finishes the session', async () => {
    const { onCommand } = renderFacilitator(started({ roundSeconds: 300 }))
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull()
    await userEvent.click(button('Pause'))
    await userEvent.click(button('End the round'))
    await userEvent.click(button('+1 minute'))
    await userEvent.click(button('Finish the session'))
    expect(onCommand.mock.calls).toEqual([
      [{ kind: 'pause' }],
      [{ kind: 'close' }],
      [{ kind: 'extend', seconds: 60 }],
      [{ kind: 'finish' }],
    ])
  })

  it('resumes a paused countdown', async () => {
    const d = started({ roundSeconds: 300 })
    d.facilitator({ kind: 'pause' })
    const { onCommand } = renderFacilitator(d)
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull()
    expect(screen.getByText('Paused')).toBeInTheDocument()
    await userEvent.click(button('Resume'))
    expect(onCommand).toHaveBeenCalledExactlyOnceWith({ kind: 'resume' })
  })

  it('offers no way to end a round that is already closed', () => {
    const d = started({ roundSeconds: 300 })
    d.facilitator({ kind: 'close' })
    renderFacilitator(d)
    expect(screen.queryByRole('button', { name: 'End the round' })).toBeNull()
    expect(button('Reveal now (the engine stands in)')).toBeEnabled()
  })

  it('releases an inject the facilitator chooses', async () => {
    const { onCommand } = renderFacilitator(started())
    await userEvent.click(button(`Release: ${TITLE['morgue-claims']}`))
    expect(onCommand).toHaveBeenCalledExactlyOnceWith({ kind: 'release', inject: 'morgue-claims' })
  })

  it('shows when each released inject came out, and no way to release it again', () => {
    const d = lobby()
    d.facilitator({ kind: 'release', inject: 'morgue-claims' })
    d.facilitator({ kind: 'start' })
    d.facilitator({ kind: 'release', inject: 'ukraine-build-up' })
    renderFacilitator(d)
    expect(injectItem('morgue-claims')).toHaveTextContent('Released before the start')
    expect(injectItem('ukraine-build-up')).toHaveTextContent('Released in round 1')
    expect(within(injectItem('morgue-claims')).queryByRole('button')).toBeNull()
    expect(within(injectItem('masimov-arrested')).getByRole('button')).toHaveAccessibleName(
      `Release: ${TITLE['masimov-arrested']}`,
    )
  })

  it('shows which teams are deciding and which have submitted, never what', () => {
    const d = started()
    renderFacilitator(d)
    expect(teamRow('Astana')).toHaveTextContent('Deciding…')
    expect(teamRow('Moscow')).toHaveTextContent('No decision owed')
    cleanup()

    submit(d, 'Astana', 'request:foreign-backed:peacekeepers:14')
    const sealed = renderFacilitator(d).container.textContent
    expect(teamRow('Astana')).toHaveTextContent('Submitted')
    expect(screen.getByRole('article', { name: 'Table 1' })).toHaveTextContent(
      "The request: waiting for Astana (President Tokayev's government) — submitted.",
    )
    cleanup()

    // The same screen, to the letter, whatever the sealed decision says.
    const other = started()
    submit(other, 'Astana', 'no-request')
    expect(renderFacilitator(other).container.textContent).toBe(sealed)
  })

  it("shows each table's revealed moves and who made them", () => {
    const d = started()
    submit(d, 'Astana', 'request:foreign-backed:peacekeepers:14')
    d.facilitator({ kind: 'advance' })
    renderFacilitator(d)
    const table = screen.getByRole('article', { name: 'Table 1' })
    expect(within(table).getAllByRole('listitem')[0]).toHaveTextContent(/The request\s*Astana/)
    expect(table).toHaveTextContent('The answer: waiting for Moscow (The Kremlin).')
  })

  it("shows every role's briefing, unless the screen is shared with the teams", () => {
    renderFacilitator(lobby())
    for (const words of Object.values(BRIEFING)) expect(document.body).toHaveTextContent(words)
    cleanup()

    renderFacilitator(lobby(), { showBriefings: false })
    expect(screen.queryByText("Every role's briefing")).toBeNull()
    for (const words of Object.values(BRIEFING)) expect(document.body).not.toHaveTextContent(words)
  })

  it('offers what the screen can do for each team beside its status', async () => {
    const handOver = vi.fn()
    renderFacilitator(started(), {
      teamAction: (t) => (
        <button type="button" onClick={() => handOver(t.name)}>
          Hand the device to {t.name}
        </button>
      ),
    })
    await userEvent.click(within(teamRow('Moscow')).getByRole('button'))
    expect(handOver).toHaveBeenCalledExactlyOnceWith('Moscow')
  })

  it('downloads the results as CSV or JSON', async () => {
    const { onExport } = renderFacilitator(started())
    await userEvent.click(button('Download results (CSV)'))
    await userEvent.click(button('Download results (JSON)'))
    expect(onExport.mock.calls).toEqual([['csv'], ['json']])
  })

  it('shows a refusal and holds every control while a command is on its way', () => {
    renderFacilitator(started({ roundSeconds: 300 }), { busy: true, error: 'no countdown is running' })
    expect(screen.getByRole('alert')).toHaveTextContent('no countdown is running')
    for (const b of screen.getAllByRole('button')) expect(b).toBeDisabled()
  })

  it('puts the debrief on the projector when the session is over', () => {
    renderFacilitator(finished())
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Debrief')
    const projector = screen.getByRole('region', { name: 'Debrief for the projector' })
    expect(within(projector).getByRole('rowheader', { name: 'What really happened' })).toBeInTheDocument()
    expect(screen.getByText('The session is over.')).toBeInTheDocument()
  })

  it('shows the debrief alone for the projector, and goes back to the dashboard', async () => {
    renderFacilitator(finished())
    await userEvent.click(button('Show only the debrief, full screen'))
    expect(screen.queryByRole('region', { name: 'Session controls' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Download results (CSV)' })).toBeNull()
    expect(screen.getByRole('rowheader', { name: 'What really happened' })).toBeInTheDocument()
    await userEvent.click(button('Back to the dashboard'))
    expect(screen.getByRole('region', { name: 'Session controls' })).toBeInTheDocument()
  })

  it('offers no inject and no submission status once the session is over', () => {
    const d = lobby()
    d.facilitator({ kind: 'release', inject: 'morgue-claims' })
    d.facilitator({ kind: 'start' })
    d.facilitator({ kind: 'finish' })
    renderFacilitator(d)
    expect(screen.queryByRole('button', { name: /^Release/ })).toBeNull()
    expect(injectItem('morgue-claims')).toHaveTextContent('Released before the start')
    expect(injectItem('masimov-arrested')).toHaveTextContent('Not released')
    expect(teamRow('Astana')).not.toHaveTextContent(/Joined|Deciding|Submitted|No decision owed/)
  })

  it('is accessible', async () => {
    await expectAccessible(renderFacilitator(lobby(), { joining: <p>Join at ABC234</p> }).container)
    cleanup()
    const d = started({ roundSeconds: 300 })
    d.facilitator({ kind: 'release', inject: 'morgue-claims' })
    submit(d, 'Astana', 'request:foreign-backed:peacekeepers:14')
    await expectAccessible(renderFacilitator(d).container)
    cleanup()
    await expectAccessible(renderFacilitator(finished()).container)
  })
})

describe("a team's screen", () => {
  it('shows the team its own briefing and no other role’s', () => {
    renderTeam(lobby(), 'Moscow')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your briefing')
    expect(screen.getByRole('region', { name: 'Briefing: The Kremlin' })).toHaveTextContent(BRIEFING.kremlin!)
    for (const role of ['tokayev', 'beijing', 'yerevan', 'bishkek'])
      expect(document.body).not.toHaveTextContent(BRIEFING[role]!)
  })

  it('asks the team whose turn it is, and sends its decision in notation', async () => {
    const { onSubmit } = renderTeam(started(), 'Astana')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Do you ask the alliance for help under Article 4?',
    )
    const decision = screen.getByRole('region', { name: 'Your decision' })
    await userEvent.click(within(decision).getByLabelText('Ask for help under Article 4'))
    await userEvent.click(within(decision).getByLabelText('Foreign-backed terrorism'))
    await userEvent.click(within(decision).getByLabelText('A peacekeeping contingent'))
    await userEvent.click(within(decision).getByLabelText('14 days'))
    await userEvent.click(within(decision).getByRole('button', { name: 'Send the request' }))
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith(1, 'request:foreign-backed:peacekeepers:14')
  })

  it('withdraws the decision form when the round is closed or its time is up', () => {
    const closed = started({ roundSeconds: 300 })
    closed.facilitator({ kind: 'close' })
    renderTeam(closed, 'Astana')
    expect(screen.queryByRole('button', { name: 'Send the request' })).toBeNull()
    expect(screen.getByRole('status')).toHaveTextContent('Submissions for this round are closed')
    cleanup()

    const late = started({ roundSeconds: 300 })
    const id = idOf(late, 'Astana')
    const view = teamView(late.session, id, outcomeOf, late.now)
    // This device's clock reads past the deadline the server set.
    render(
      <TeamPanel
        brief={teamBrief(late.session, id)}
        view={view}
        skew={view.serverNow + 301_000 - Date.now()}
        error={null}
        onSubmit={vi.fn()}
      />,
    )
    expect(screen.queryByRole('button', { name: 'Send the request' })).toBeNull()
    expect(screen.getByText('Time is up')).toBeInTheDocument()
  })

  it('says the decision is in once submitted, and lets the team change it', async () => {
    const d = started()
    submit(d, 'Astana', 'request:foreign-backed:peacekeepers:14')
    const { onSubmit } = renderTeam(d, 'Astana')
    expect(screen.getByRole('heading', { name: 'Your decision is in' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Send the request' })).toBeNull()
    await userEvent.click(button('Change it'))
    await userEvent.click(screen.getByLabelText('Make no request'))
    await userEvent.click(button('Make no request'))
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith(1, 'no-request')
  })

  it('tells a team without a turn whom it is waiting for', () => {
    renderTeam(started(), 'Moscow')
    expect(screen.getByRole('status')).toHaveTextContent(
      "The request: Astana (President Tokayev's government) is deciding. Your turn comes after the reveal.",
    )
    expect(screen.queryByRole('region', { name: 'Your decision' })).toBeNull()
  })

  it("never shows a waiting team the other team's sealed decision", () => {
    const d = started()
    submit(d, 'Astana', 'request:external-attack:rapid-reaction:90')
    renderTeam(d, 'Moscow')
    expect(document.body).not.toHaveTextContent(/attack from outside|large force/i)
  })

  it('shows the news the facilitator has released', () => {
    const d = started()
    d.facilitator({ kind: 'release', inject: 'masimov-arrested' })
    renderTeam(d, 'Moscow')
    expect(screen.getByRole('region', { name: 'News' })).toHaveTextContent(TITLE['masimov-arrested']!)
  })

  it('shows a refusal from the rules', () => {
    renderTeam(started(), 'Astana', 'the time for this round is up')
    expect(screen.getByRole('alert')).toHaveTextContent('the time for this round is up')
  })

  it('shows the debrief when the session is over', () => {
    renderTeam(finished(), 'Moscow')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Debrief')
    expect(screen.getByRole('rowheader', { name: 'What really happened' })).toBeInTheDocument()
  })

  it('is accessible', async () => {
    await expectAccessible(renderTeam(lobby(), 'Moscow').container)
    cleanup()
    const d = started({ roundSeconds: 300 })
    d.facilitator({ kind: 'release', inject: 'morgue-claims' })
    await expectAccessible(renderTeam(d, 'Astana').container)
    cleanup()
    await expectAccessible(renderTeam(d, 'Moscow').container)
    cleanup()
    submit(d, 'Astana', 'request:foreign-backed:peacekeepers:14')
    await expectAccessible(renderTeam(d, 'Astana').container)
    cleanup()
    await expectAccessible(renderTeam(finished(), 'Astana').container)
  })
})

describe("the projector's debrief", () => {
  // Each team a table of its own: two tables to set beside each other.
  const PARALLEL = { format: { kind: 'parallel-whole' } } as const
  const NORTH_SOUTH: typeof TWO_TEAMS = [
    ['North', undefined],
    ['South', undefined],
  ]

  const renderDebrief = (outcomes: OutcomeLookup = outcomeOf) => {
    const d = finished(PARALLEL, NORTH_SOUTH)
    const { debrief } = facilitatorView(d.session, JOIN_URL, outcomes, d.now)
    if (!debrief) throw new Error('the session should be over')
    return render(<TablesDebrief debrief={debrief} scenario={facilitatorBrief(d.session).scenario} />)
  }

  it('gives each table a row, and history one beside them', () => {
    renderDebrief()
    const choices = screen.getByRole('region', { name: 'What each table decided' })
    expect(
      within(choices)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Table 1: North', 'Table 2: South', 'What really happened'])
    const history = within(choices).getByRole('row', { name: /What really happened/ })
    expect(history).toHaveTextContent('Asked, framing the threat as foreign-backed terrorism')
    expect(history).toHaveTextContent('2,030–3,770 troops, 14 days')
    const north = within(choices).getByRole('row', { name: /Table 1: North/ })
    expect(north).toHaveTextContent(
      'Asks for a peacekeeping contingent for 14 days, calling the threat foreign-backed terrorism',
    )
  })

  it('charts every indicator as a band per table, on the one band chart the student sees', () => {
    renderDebrief()
    for (const k of INDICATORS) {
      const row = screen.getByTestId(`bands-${k}`)
      expect(row).toHaveClass('band-row')
      expect(row.querySelectorAll('.band-track .band')).toHaveLength(2)
      expect(row).toHaveTextContent(/Table 1: North, median \d+.*Table 2: South, median \d+/)
    }
    expect(screen.getByRole('region', { name: "Who gained against the engine's game" })).toBeInTheDocument()
  })

  it('draws no charts before the outcomes are computed', () => {
    renderDebrief(() => null)
    for (const k of INDICATORS) expect(screen.queryByTestId(`bands-${k}`)).toBeNull()
    expect(screen.getAllByText('Computing…')).toHaveLength(2)
  })

  it('is accessible', async () => {
    await expectAccessible(renderDebrief().container)
  })
})

describe('the countdown', () => {
  it('writes the time left as minutes and seconds', () => {
    expect(formatRemaining(65_000)).toBe('1:05')
    expect(formatRemaining(600_000)).toBe('10:00')
    expect(formatRemaining(1)).toBe('0:01')
    expect(formatRemaining(0)).toBe('0:00')
  })

  it('never shows a negative time', () => {
    expect(formatRemaining(-5_000)).toBe('0:00')
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (ms) => {
        const [minutes, seconds] = formatRemaining(ms).split(':').map(Number)
        expect(formatRemaining(ms)).toMatch(/^\d+:[0-5]\d$/)
        expect(minutes! * 60 + seconds!).toBe(Math.max(0, Math.ceil(ms / 1000)))
      }),
    )
  })

  it('shows the time a paused round has left', () => {
    const d = started({ roundSeconds: 66 })
    d.facilitator({ kind: 'pause' })
    render(<Countdown phase={facilitatorView(d.session, JOIN_URL, outcomeOf, d.now).phase} skew={0} />)
    expect(screen.getByRole('timer', { name: 'Time left in this round' })).toHaveTextContent('1:05')
    expect(screen.getByText('Paused')).toBeInTheDocument()
  })

  it("counts down on the session's clock, and says when time is up", () => {
    const d = started({ roundSeconds: 300 })
    const phase = facilitatorView(d.session, JOIN_URL, outcomeOf, d.now).phase
    render(<Countdown phase={phase} skew={d.now - Date.now()} />)
    expect(screen.getByRole('timer')).toHaveTextContent(/^(5:00|4:59)$/)
    expect(screen.getByText('left')).toBeInTheDocument()
    cleanup()
    render(<Countdown phase={phase} skew={d.now + 301_000 - Date.now()} />)
    expect(screen.getByRole('timer')).toHaveTextContent('0:00')
    expect(screen.getByText('Time is up')).toBeInTheDocument()
  })

  it('says the round is closed when the facilitator ends it, though its clock has stopped', () => {
    const d = started({ roundSeconds: 300 })
    d.facilitator({ kind: 'close' })
    render(<Countdown phase={facilitatorView(d.session, JOIN_URL, outcomeOf, d.now).phase} skew={0} />)
    expect(screen.getByText('Round closed')).toBeInTheDocument()
    expect(screen.queryByRole('timer')).toBeNull()
  })

  it('shows nothing when the round has no countdown', () => {
    const d = started({ roundSeconds: 0 })
    const { container } = render(
      <Countdown phase={facilitatorView(d.session, JOIN_URL, outcomeOf, d.now).phase} skew={0} />,
    )
    expect(container).toBeEmptyDOMElement()
  })
})

describe('the join QR code', () => {
  it('draws the link as an image with the name it is given', () => {
    render(<QrCode text={JOIN_URL} label="Scan to join session ABC234" />)
    const qr = screen.getByRole('img', { name: 'Scan to join session ABC234' })
    expect(qr.tagName.toLowerCase()).toBe('svg')
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^(M\d+ \d+h1v1h-1z)+$/)
  })

  it('draws a different code for a different link', () => {
    const path = (text: string) => {
      const { container } = render(<QrCode text={text} label="Join" />)
      const d = container.querySelector('path')?.getAttribute('d')
      cleanup()
      return d
    }
    expect(path(JOIN_URL)).not.toBe(path('https://example.org/#/join/XYZ789'))
  })

  it('is accessible', async () => {
    await expectAccessible(render(<QrCode text={JOIN_URL} label="Scan to join" />).container)
  })
})
