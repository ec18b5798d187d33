// @vitest-environment jsdom
// The facilitator's dashboard, on views the session model builds: it runs the session, sees who has submitted
// (never what), releases injects, and puts the debrief on the projector when the session is over.
import { act, cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import {
  BRIEFING,
  facilitatorPanel,
  finished,
  lobby,
  panelsInEnglish,
  render,
  renderFacilitator,
  started,
  submit,
  TITLE,
} from './live-panels'
import { expectAccessible } from './ui-fakes'

panelsInEnglish()

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
    expect(first.onCommand).toHaveBeenCalledExactlyOnceWith({ kind: 'advance', round: 1 })
    expect(screen.queryByRole('button', { name: 'Reveal the decisions' })).toBeNull()
    cleanup()

    submit(d, 'Astana', 'request:foreign-backed:peacekeepers:14')
    const second = renderFacilitator(d)
    expect(screen.queryByRole('button', { name: /engine stands in/ })).toBeNull()
    await userEvent.click(button('Reveal the decisions'))
    expect(second.onCommand).toHaveBeenCalledExactlyOnceWith({ kind: 'advance', round: 1 })
  })

  it('pauses the countdown, ends the round early, adds a minute and finishes the session', async () => {
    const { onCommand } = renderFacilitator(started({ roundSeconds: 300 }))
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull()
    await userEvent.click(button('Pause'))
    await userEvent.click(button('End the round'))
    await userEvent.click(button('+1 minute'))
    // Finishing asks first (tests/ui-finish-session.test.tsx): the second step finishes.
    await userEvent.click(button('Finish the session'))
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

  it('offers only a minute more, the reveal and the finish once the countdown reads 0:00', async () => {
    const d = started({ roundSeconds: 300 })
    d.tick(301_000)
    const { onCommand } = renderFacilitator(d)
    expect(screen.getByRole('timer')).toHaveTextContent('0:00')
    expect(screen.getByText('Time is up')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'End the round' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull()
    await userEvent.click(button('+1 minute'))
    await userEvent.click(button('Reveal now (the engine stands in)'))
    expect(onCommand.mock.calls).toEqual([[{ kind: 'extend', seconds: 60 }], [{ kind: 'advance', round: 1 }]])
    expect(button('Finish the session')).toBeEnabled()
  })

  it('withdraws Pause and End the round as the countdown on screen runs out', () => {
    vi.useFakeTimers()
    try {
      renderFacilitator(started({ roundSeconds: 60 }))
      expect(button('Pause')).toBeInTheDocument()
      expect(button('End the round')).toBeInTheDocument()
      // Past the deadline: the server takes a submission made at the deadline itself, and refuses one after it.
      act(() => vi.advanceTimersByTime(60_100))
      expect(screen.getByRole('timer')).toHaveTextContent('0:00')
      expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull()
      expect(screen.queryByRole('button', { name: 'End the round' })).toBeNull()
      expect(button('+1 minute')).toBeInTheDocument()
    } finally {
      vi.useRealTimers()
    }
  })

  it('offers a minute more, not Resume, for a countdown paused at 0:00', () => {
    const d = started({ roundSeconds: 300 })
    d.tick(301_000)
    d.facilitator({ kind: 'pause' })
    renderFacilitator(d)
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'End the round' })).toBeNull()
    expect(button('+1 minute')).toBeInTheDocument()
  })

  it('offers neither Pause nor End the round in a round already closed, and a minute more to reopen it', () => {
    const d = started({ roundSeconds: 300 })
    d.facilitator({ kind: 'close' })
    renderFacilitator(d)
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'End the round' })).toBeNull()
    expect(button('+1 minute')).toBeInTheDocument()
  })

  it('releases an inject only from inside its fold, under its text, and then puts the focus on when it came out', async () => {
    const d = started()
    const onCommand = vi.fn()
    const { rerender } = render(facilitatorPanel(d, { props: { onCommand } }))
    const item = injectItem('morgue-claims')
    const release = button(`Release: ${TITLE['morgue-claims']}`)
    // Folded, its Release is out of sight with its text: nothing is released unread.
    expect(release).not.toBeVisible()
    expect(release.closest('details')).toBe(item.querySelector('details'))
    // Opened, the Tab key goes from its fold past the markers in its text to Release.
    await userEvent.click(within(item).getByText('Read it'))
    expect(item.querySelector('summary')).toHaveFocus()
    expect(screen.getByText(TITLE['morgue-claims']!)).toBeVisible()
    expect(release).toBeVisible()
    for (let tab = 0; tab < 10 && document.activeElement !== release; tab++) await userEvent.tab()
    expect(release).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    expect(onCommand).toHaveBeenCalledExactlyOnceWith({ kind: 'release', inject: 'morgue-claims' })
    // The button goes with the fold; the focus goes to the line that says the inject is out, not to the page.
    d.facilitator({ kind: 'release', inject: 'morgue-claims' })
    rerender(facilitatorPanel(d, { props: { onCommand } }))
    expect(within(injectItem('morgue-claims')).getByText('Released in round 1')).toHaveFocus()
  })

  it('keeps an inject folded until it is released, title and all, so the projected dashboard does not give it away', async () => {
    const d = lobby()
    d.facilitator({ kind: 'release', inject: 'morgue-claims' })
    renderFacilitator(d)
    const text = (id: string) =>
      injectItem(id).querySelector('details.inject-text p:not(.inject-title), p.inject-text') as HTMLElement
    expect(text('morgue-claims')).toBeVisible()
    expect(screen.getByText(TITLE['morgue-claims']!)).toBeVisible()
    expect(text('masimov-arrested')).not.toBeVisible()
    // Folded, an inject shows the room its place in the list, never its headline.
    expect(screen.getByText(TITLE['masimov-arrested']!)).not.toBeVisible()
    expect(injectItem('masimov-arrested')).toHaveTextContent(/^Inject 3 — not released yet/)
    expect(within(injectItem('ukraine-build-up')).getByText('Inject 2 — not released yet')).toBeVisible()
    // The facilitator unfolds it to read the title and the text before releasing it.
    await userEvent.click(within(injectItem('masimov-arrested')).getByText('Read it'))
    expect(screen.getByText(TITLE['masimov-arrested']!)).toBeVisible()
    expect(text('masimov-arrested')).toBeVisible()
  })

  it('says once why the unreleased injects are folded, and names the inject each fold opens', () => {
    const d = lobby()
    d.facilitator({ kind: 'release', inject: 'morgue-claims' })
    renderFacilitator(d)
    const note =
      'Injects not yet released stay folded, titles and all, so the room does not see what is coming. To release one, open it and read it; while open, it shows on this screen.'
    expect(screen.getAllByText(note)).toHaveLength(1)
    // Each fold's name is said whole, in one piece: a hidden part beside the words seen was read apart
    // ("Read it : …"). Seen, it reads "Read it" only.
    const folds = [...document.querySelectorAll<HTMLElement>('details.inject-text > summary')]
    expect(folds).toHaveLength(Object.keys(TITLE).length - 1)
    for (const fold of folds) expect(fold).toHaveAccessibleName(/^Read it: ./)
    const masimov = injectItem('masimov-arrested').querySelector('summary')!
    expect(masimov).toHaveAccessibleName(`Read it: ${TITLE['masimov-arrested']}`)
    expect(within(masimov).getByText('Read it')).toHaveAttribute('aria-hidden', 'true')
    expect(within(injectItem('morgue-claims')).queryByText(/^Read it/)).toBeNull()
    cleanup()

    // Once the session is over nothing is folded, and the note goes with the folds.
    renderFacilitator(finished())
    expect(screen.queryByText(note)).toBeNull()
    expect(screen.queryByText(/^Read it/)).toBeNull()
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
    expect(screen.getByRole('article', { name: 'Table 1' })).toHaveTextContent(
      "The request: waiting for Astana (President Tokayev's government).",
    )
    cleanup()

    submit(d, 'Astana', 'request:foreign-backed:peacekeepers:14')
    const sealed = renderFacilitator(d).container.textContent
    expect(teamRow('Astana')).toHaveTextContent('Submitted')
    // The table says one thing: its decision is in, no longer "waiting for" the team that sent it.
    const table = screen.getByRole('article', { name: 'Table 1' })
    expect(table).toHaveTextContent("The request: submitted by Astana (President Tokayev's government).")
    expect(table).not.toHaveTextContent('waiting')
    cleanup()

    // The same screen, to the letter, whatever the sealed decision says.
    const other = started()
    submit(other, 'Astana', 'no-request')
    expect(renderFacilitator(other).container.textContent).toBe(sealed)
  })

  it("shows each table's revealed moves and who made them", () => {
    const d = started()
    submit(d, 'Astana', 'request:foreign-backed:peacekeepers:14')
    d.facilitator({ kind: 'advance', round: 1 })
    renderFacilitator(d)
    const table = screen.getByRole('article', { name: 'Table 1' })
    expect(within(table).getAllByRole('listitem')[0]).toHaveTextContent(/The request\s*Astana/)
    expect(table).toHaveTextContent('The answer: waiting for Moscow (the Kremlin).')
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

  it('downloads the results as CSV or JSON, once a round has been revealed', async () => {
    const d = started()
    submit(d, 'Astana', 'request:foreign-backed:peacekeepers:14')
    // Nothing played yet: no results to download, in the lobby or in a round not yet revealed.
    renderFacilitator(lobby())
    expect(screen.queryByRole('heading', { name: 'Results' })).toBeNull()
    cleanup()
    renderFacilitator(d)
    expect(screen.queryByRole('button', { name: /^Download results/ })).toBeNull()
    cleanup()
    d.facilitator({ kind: 'advance', round: 1 })
    const { onExport } = renderFacilitator(d)
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
    expect(button('Download results (CSV)')).toBeVisible()
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

  it('leaves the projected debrief by its small control at the top, or by Escape', async () => {
    renderFacilitator(finished())
    await userEvent.click(button('Show only the debrief, full screen'))
    const leave = button('Leave full screen (Esc)')
    expect(leave).toHaveAttribute('aria-keyshortcuts', 'Escape')
    // Before the debrief's heading: reached first, without scrolling past the whole debrief.
    expect(leave.compareDocumentPosition(screen.getByRole('heading', { level: 1 }))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    )
    await userEvent.click(leave)
    expect(screen.getByRole('region', { name: 'Session controls' })).toBeInTheDocument()

    await userEvent.click(button('Show only the debrief, full screen'))
    expect(screen.queryByRole('region', { name: 'Session controls' })).toBeNull()
    await userEvent.keyboard('{Escape}')
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
