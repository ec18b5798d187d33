// @vitest-environment jsdom
// A team's screen, on views the session model builds: its own briefing only, a decision made in secret and
// changed until the reveal, whom it waits for, the news released, and the debrief at the end.
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { outcomeOf, teamBrief, teamView } from '../src/live'
import { TeamPanel } from '../src/ui/live/team-panel'
import {
  BRIEFING,
  finished,
  idOf,
  lobby,
  panelsInEnglish,
  render,
  renderTeam,
  started,
  submit,
  TITLE,
} from './live-panels'
import { expectAccessible } from './ui-fakes'

panelsInEnglish()

const button = (name: string | RegExp) => screen.getByRole('button', { name })

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

  it('disables the decision form when the round is closed or its time is up', () => {
    const closed = started({ roundSeconds: 300 })
    closed.facilitator({ kind: 'close' })
    renderTeam(closed, 'Astana')
    expect(screen.getByRole('button', { name: 'Send the request' })).toBeDisabled()
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
    expect(screen.getByRole('button', { name: 'Send the request' })).toBeDisabled()
    expect(screen.getByText('Time is up')).toBeInTheDocument()
  })

  it('keeps the choices a team has not sent while the round is closed, for when the facilitator gives more time', async () => {
    const d = started({ roundSeconds: 300 })
    const id = idOf(d, 'Astana')
    const panel = () => {
      const view = teamView(d.session, id, outcomeOf, d.now)
      return (
        <TeamPanel
          brief={teamBrief(d.session, id)}
          view={view}
          skew={view.serverNow - Date.now()}
          error={null}
          onSubmit={vi.fn()}
        />
      )
    }
    const { rerender } = render(panel())
    const decision = () => screen.getByRole('region', { name: 'Your decision' })
    await userEvent.click(within(decision()).getByLabelText('Ask for help under Article 4'))
    await userEvent.click(within(decision()).getByLabelText('Foreign-backed terrorism'))
    d.facilitator({ kind: 'close' })
    rerender(panel())
    expect(screen.getByRole('status')).toHaveTextContent('your choices below are still there')
    expect(within(decision()).getByLabelText('Foreign-backed terrorism')).toBeDisabled()
    d.facilitator({ kind: 'extend', seconds: 60 })
    rerender(panel())
    expect(within(decision()).getByLabelText('Ask for help under Article 4')).toBeChecked()
    expect(within(decision()).getByLabelText('Foreign-backed terrorism')).toBeChecked()
    expect(within(decision()).getByLabelText('Foreign-backed terrorism')).toBeEnabled()
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

  it('opens Change it on the request the team sent, every field as it was, so one change is enough', async () => {
    const d = started()
    submit(d, 'Astana', 'request:foreign-backed:peacekeepers:90')
    const { onSubmit } = renderTeam(d, 'Astana')
    await userEvent.click(button('Change it'))
    const decision = screen.getByRole('region', { name: 'Your decision' })
    for (const field of [
      'Ask for help under Article 4',
      'Foreign-backed terrorism',
      'A peacekeeping contingent',
    ])
      expect(within(decision).getByLabelText(field)).toBeChecked()
    expect(within(decision).getByLabelText('90 days')).toBeChecked()
    expect(within(decision).getByLabelText('14 days')).not.toBeChecked()
    await userEvent.click(within(decision).getByLabelText('14 days'))
    await userEvent.click(within(decision).getByRole('button', { name: 'Send the request' }))
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith(1, 'request:foreign-backed:peacekeepers:14')
  })

  it("opens Change it on Moscow's answer as sent: the force, its mission and its stay", async () => {
    const d = started()
    submit(d, 'Astana', 'request:foreign-backed:peacekeepers:90')
    d.facilitator({ kind: 'advance' })
    submit(d, 'Moscow', 'grant:peacekeepers:restore-order:90')
    const { onSubmit } = renderTeam(d, 'Moscow')
    await userEvent.click(button('Change it'))
    const decision = screen.getByRole('region', { name: 'Your decision' })
    const checked = within(decision)
      .getAllByRole('radio')
      .filter((r) => (r as HTMLInputElement).checked)
    expect(checked).toHaveLength(4)
    await userEvent.click(within(decision).getByRole('button', { name: 'Give your answer' }))
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith(2, 'grant:peacekeepers:restore-order:90')
  })

  it('names the role a team plays this turn mid-sentence, as "the Kremlin"', () => {
    const d = lobby({ format: { kind: 'parallel-whole' } }, [['Everyone', undefined]])
    d.facilitator({ kind: 'start' })
    submit(d, 'Everyone', 'request:foreign-backed:peacekeepers:90')
    d.facilitator({ kind: 'advance' })
    renderTeam(d, 'Everyone')
    expect(screen.getByText('As the Kremlin')).toBeInTheDocument()
  })

  it('tells a team without a turn whom it is waiting for', () => {
    renderTeam(started(), 'Moscow')
    expect(screen.getByRole('status')).toHaveTextContent(
      "The request: Astana (President Tokayev's government) is deciding. Your turn comes after the reveal.",
    )
    expect(screen.queryByRole('region', { name: 'Your decision' })).toBeNull()
  })

  it('tells a team with no decision left in the game that its part is done, not that its turn comes', () => {
    const d = started()
    submit(d, 'Astana', 'request:foreign-backed:peacekeepers:90')
    d.facilitator({ kind: 'advance' })
    // Astana waits on Moscow's answer, with its word on the troops' stay still to come.
    renderTeam(d, 'Astana')
    expect(screen.getByRole('status')).toHaveTextContent('Your turn comes after the reveal.')
    cleanup()
    submit(d, 'Moscow', 'bilateral:restore-order:90')
    d.facilitator({ kind: 'advance' })
    // Moscow has answered; only Astana's word on the stay is left.
    renderTeam(d, 'Moscow')
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent(
      "The end of the mission: Astana (President Tokayev's government) is deciding. Your team has no more decisions in this game",
    )
    expect(status).not.toHaveTextContent('Your turn comes')
  })

  it('tells a team the session is over and where to find the debrief, not that no round is open', () => {
    renderTeam(finished(), 'Astana')
    expect(screen.getByRole('status')).toHaveTextContent(
      'The session is over. Below is how every table played the crisis; the facilitator leads the debrief from the projector.',
    )
    expect(document.body).not.toHaveTextContent(/no round is open|your turn comes/i)
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

  it("heads the table's moves as the game so far while it runs, and as the table's whole game once it is over", () => {
    const d = started()
    submit(d, 'Astana', 'request:foreign-backed:peacekeepers:14')
    renderTeam(d, 'Moscow')
    expect(screen.getByRole('region', { name: 'Your table so far' })).toBeInTheDocument()
    cleanup()

    renderTeam(finished(), 'Moscow')
    const table = screen.getByRole('region', { name: "Your table's game" })
    expect(within(table).getByRole('heading', { level: 2 })).toHaveTextContent("Your table's game")
    expect(document.body).not.toHaveTextContent(/so far/i)
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
