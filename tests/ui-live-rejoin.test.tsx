// @vitest-environment jsdom
// Letting a team back in, on the screens: the facilitator's row offers it in the lobby and every round (not once the
// session is over) and gives a one-time code, covered until the facilitator shows it (the dashboard may be on the
// projector), then large, in two groups, with the time it stops working on the reader's clock and what to do,
// announced politely, until put away; the join screen offers a team that lost its device the field for that code,
// and says a refused code in plain words beside it; the page a team left says it moved to another device and offers
// nothing more. In English and Russian.
import { act, render as renderAlone, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { type ConnectionLookup, facilitatorBrief, facilitatorView, lobbyView, outcomeOf } from '../src/live'
import type { RefusalReason } from '../src/live/protocol'
import type { Refusal } from '../src/store/live'
import { rejoinCodes } from '../src/store/live/rejoin-code'
import FacilitateScreen from '../src/ui/live/facilitate-screen'
import JoinScreen from '../src/ui/live/join-screen'
import { held } from './held-seat'
import { finished, idOf, JOIN_URL, lobby, panelsInEnglish, render, started } from './live-panels'
import { seatState } from './seat-state'
import type { Driver } from './server-fakes'
import { expectAccessible, panelWrapper, speak } from './ui-fakes'

// The seat each screen opens, as the store would hold it.
vi.mock(import('../src/ui/live/use-seat'), async (actual) =>
  (await import('./held-seat')).holdSeat(await actual()),
)

panelsInEnglish()

const CODE = 'K7PM3QXA'
const MINUTES = 10 * 60_000

/** "14:32" on this machine's clock, whatever its time zone: what the row must say. */
const clock = (at: number) => {
  const d = new Date(at)
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

/** The dashboard of `d`, with the store's own rejoin codes; `readmit` shows a code as the server would give it. */
function dashboard(d: Driver, connections?: ConnectionLookup) {
  const view = facilitatorView(d.session, JOIN_URL, outcomeOf, d.now, connections)
  const state = seatState('facilitator', d.session.code, { brief: facilitatorBrief(d.session), view })
  const rejoin = rejoinCodes(() => Date.now())
  const expiresAt = Date.now() + MINUTES
  const readmit = vi.fn(async (team: string) => {
    rejoin.show({ team, code: CODE, expiresAt }, 0)
    return true
  })
  held.seat = {
    store: createStore(() => state),
    rejoin,
    readmit,
    command: vi.fn(),
    exportResults: vi.fn(),
    close: () => {},
  }
  return { readmit, rejoin, expiresAt, code: d.session.code }
}

const row = (name: string) => screen.getByTestId(`team-${name}`)

describe("the facilitator's row: let this team back in", () => {
  it('gives the team a one-time code, covered until shown, then large and grouped, with its time and what to do', async () => {
    const d = started()
    const { readmit, expiresAt, code } = dashboard(d)
    const { container } = render(<FacilitateScreen code={d.session.code} />)
    const user = userEvent.setup()
    // A button in every row, named with its team for a screen reader.
    expect(
      within(row('Moscow')).getByRole('button', { name: 'Let this team back in (Moscow)' }),
    ).toBeVisible()
    await user.click(within(row('Astana')).getByRole('button', { name: 'Let this team back in (Astana)' }))
    expect(readmit).toHaveBeenCalledWith(idOf(d, 'Astana'))
    const announced = row('Astana').querySelector('[aria-live="polite"]')
    expect(announced).toHaveTextContent('Code for team “Astana”')
    expect(announced).toHaveTextContent(`Works once, until ${clock(expiresAt)}.`)
    // The dashboard may be on the projector: the code comes covered, with a line saying why, until the
    // facilitator shows it to hand it over.
    expect(announced).toHaveTextContent(
      "Not for the projector: whoever types this code takes this team's seat.",
    )
    expect(row('Astana')).not.toHaveTextContent('K7PM')
    expect(row('Astana')).not.toHaveTextContent('K 7 P M')
    await user.click(within(row('Astana')).getByRole('button', { name: 'Show the code (Astana)' }))
    // Seen as two groups of four; heard letter by letter.
    expect(within(row('Astana')).getByText('K7PM 3QXA')).toHaveAttribute('aria-hidden', 'true')
    expect(within(row('Astana')).getByText('K 7 P M 3 Q X A')).toHaveClass('visually-hidden')
    expect(row('Astana')).toHaveTextContent(`opens the join page for session ${code}`)
    expect(row('Astana')).toHaveTextContent('Pressing “Let this team back in” again gives a new code')
    // Only the team it was given for shows it.
    expect(row('Moscow')).not.toHaveTextContent('K7PM')
    await expectAccessible(container)
    // One click covers it again, and the code stays given.
    await user.click(within(row('Astana')).getByRole('button', { name: 'Hide the code (Astana)' }))
    expect(row('Astana')).not.toHaveTextContent('K7PM')
    expect(row('Astana')).toHaveTextContent('Code for team “Astana”')
    await user.click(within(row('Astana')).getByRole('button', { name: 'Show the code (Astana)' }))
    expect(row('Astana')).toHaveTextContent('K7PM 3QXA')
    await user.click(screen.getByRole('button', { name: 'Put the code away (Astana)' }))
    expect(row('Astana')).not.toHaveTextContent('K7PM')
    // The region stays, so the next code is heard when it comes.
    expect(row('Astana').querySelector('[aria-live="polite"]')).toBeEmptyDOMElement()
  })

  it('puts the code away once its time is up', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] })
    try {
      const d = started()
      const { rejoin, expiresAt } = dashboard(d)
      render(<FacilitateScreen code={d.session.code} />)
      act(() => rejoin.show({ team: idOf(d, 'Moscow'), code: CODE, expiresAt }, 0))
      expect(row('Moscow')).toHaveTextContent('Code for team “Moscow”')
      act(() => vi.advanceTimersByTime(MINUTES - 1))
      expect(row('Moscow')).toHaveTextContent('Code for team “Moscow”')
      act(() => vi.advanceTimersByTime(1))
      expect(row('Moscow')).not.toHaveTextContent('Code for team')
    } finally {
      vi.useRealTimers()
    }
  })

  it('covers each new code until it is shown in its turn', async () => {
    const d = started()
    const { rejoin, expiresAt } = dashboard(d)
    render(<FacilitateScreen code={d.session.code} />)
    const user = userEvent.setup()
    act(() => rejoin.show({ team: idOf(d, 'Astana'), code: CODE, expiresAt }, 0))
    await user.click(within(row('Astana')).getByRole('button', { name: 'Show the code (Astana)' }))
    expect(row('Astana')).toHaveTextContent('K7PM 3QXA')
    act(() => rejoin.show({ team: idOf(d, 'Astana'), code: 'ABCD2345', expiresAt }, 0))
    expect(row('Astana')).not.toHaveTextContent('ABCD')
    expect(within(row('Astana')).getByRole('button', { name: 'Show the code (Astana)' })).toBeVisible()
  })

  it('is offered in the lobby beside Remove for a team whose device is away, and not once the session is over', () => {
    const d = lobby()
    // In the lobby a team whose device is connected has its seat: nothing to let it back into.
    dashboard(d, (team) =>
      team === idOf(d, 'Moscow') ? { kind: 'offline', since: d.now - 60_000 } : { kind: 'connected' },
    )
    const { unmount } = render(<FacilitateScreen code={d.session.code} />)
    expect(within(row('Astana')).getByRole('button', { name: 'Remove Astana' })).toBeVisible()
    expect(within(row('Astana')).queryByRole('button', { name: /Let this team back in/ })).toBeNull()
    expect(within(row('Moscow')).getByRole('button', { name: 'Remove Moscow' })).toBeVisible()
    expect(within(row('Moscow')).getByRole('button', { name: /Let this team back in/ })).toBeVisible()
    unmount()
    const over = finished()
    dashboard(over)
    render(<FacilitateScreen code={over.session.code} />)
    expect(screen.queryByRole('button', { name: /Let this team back in/ })).toBeNull()
  })

  it('says it in Russian', async () => {
    await speak('ru')
    try {
      const wrapper = await panelWrapper('ru')
      const d = started()
      const { rejoin, expiresAt } = dashboard(d)
      renderAlone(<FacilitateScreen code={d.session.code} />, { wrapper })
      expect(
        within(row('Astana')).getByRole('button', { name: 'Впустить команду снова (Astana)' }),
      ).toBeVisible()
      act(() => rejoin.show({ team: idOf(d, 'Astana'), code: CODE, expiresAt }, 0))
      expect(row('Astana')).toHaveTextContent('Код для команды «Astana»')
      expect(row('Astana')).toHaveTextContent(`Действует один раз, до ${clock(expiresAt)}.`)
      expect(row('Astana')).toHaveTextContent(
        'Не для проектора: кто введёт этот код, займёт место этой команды.',
      )
      expect(screen.getByRole('button', { name: 'Показать код (Astana)' })).toBeVisible()
      expect(screen.getByRole('button', { name: 'Убрать код (Astana)' })).toBeVisible()
    } finally {
      await speak('en')
    }
  })
})

/** The join screen of a browser with no team in the session of `d`, as the store holds it. */
function joinScreen(
  d: Driver,
  error: Refusal | null = null,
  wrapper?: Awaited<ReturnType<typeof panelWrapper>>,
) {
  const state = seatState('team', d.session.code, { unseated: true, lobby: lobbyView(d.session), error })
  const rejoin = vi.fn(async () => true)
  held.seat = { store: createStore(() => state), join: vi.fn(), rejoin, submit: vi.fn(), close: () => {} }
  const ui = <JoinScreen code={d.session.code} />
  return { ...(wrapper ? renderAlone(ui, { wrapper }) : render(ui)), rejoin }
}

const refused = (reason?: RefusalReason): Refusal => ({
  code: 'not-found',
  request: 'rejoin',
  ...(reason ? { reason } : {}),
  detail: 'no such rejoin code',
})

describe('the join screen: a team already in takes its seat back', () => {
  it('offers the code field folded under the join form, and sends what was typed', async () => {
    const { rejoin, container } = joinScreen(lobby())
    const user = userEvent.setup()
    expect(screen.getByLabelText('Team name')).toBeInTheDocument()
    const section = screen.getByRole('region', { name: 'Your team is already in?' })
    // The join form is the page's one open form: a newcomer is not offered a second field to fill in.
    const fold = section.querySelector('details')!
    expect(fold).not.toHaveAttribute('open')
    expect(screen.getAllByRole('button', { name: /Join|Take our seat back/ })).toEqual([
      screen.getByRole('button', { name: 'Join' }),
      within(section).getByRole('button', { name: 'Take our seat back' }),
    ])
    await user.click(within(section).getByText('Your team is already in?'))
    expect(fold).toHaveAttribute('open')
    expect(section).toHaveTextContent(
      'ask your facilitator for a code and type it here: your team then plays on this device.',
    )
    await user.type(within(section).getByLabelText('Code from the facilitator'), 'k7pm-3qxa')
    await user.click(within(section).getByRole('button', { name: 'Take our seat back' }))
    expect(rejoin).toHaveBeenCalledWith('k7pm-3qxa')
    await expectAccessible(container)
  })

  it('offers it open once the session has started, when no new team may join', () => {
    const { container } = joinScreen(started())
    expect(screen.getByRole('status')).toHaveTextContent('or with a code from the facilitator')
    expect(screen.queryByLabelText('Team name')).toBeNull()
    expect(screen.getByLabelText('Code from the facilitator')).toBeInTheDocument()
    expect(container.querySelector('details')).toBeNull()
  })

  it('sends nothing for an empty field', async () => {
    const { rejoin } = joinScreen(started())
    await userEvent.setup().click(screen.getByRole('button', { name: 'Take our seat back' }))
    expect(rejoin).not.toHaveBeenCalled()
  })

  it('says a refused code in plain words beside its own field, not beside the join form', async () => {
    const { container } = joinScreen(lobby(), refused())
    const section = screen.getByRole('region', { name: 'Your team is already in?' })
    // Refused, the fold opens, so the words are read beside the field they are about.
    expect(section.querySelector('details')).toHaveAttribute('open')
    expect(within(section).getByRole('alert')).toHaveTextContent(
      'This code does not work: it may be mistyped, already used or out of time. Check it with your facilitator, who can give you a new one.',
    )
    expect(screen.getAllByRole('alert')).toHaveLength(1)
    expect(within(section).getByLabelText('Code from the facilitator')).toHaveAttribute(
      'aria-invalid',
      'true',
    )
    await expectAccessible(container)
  })

  it('says an expired code has expired, and to ask for a new one', () => {
    joinScreen(started(), refused('rejoin-expired'))
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This code has expired. Ask your facilitator for a new one.',
    )
  })

  it('offers no code field for a session that is over', () => {
    joinScreen(finished())
    expect(screen.queryByLabelText('Code from the facilitator')).toBeNull()
  })

  it('says it in Russian', async () => {
    await speak('ru')
    try {
      const wrapper = await panelWrapper('ru')
      joinScreen(started(), refused(), wrapper)
      const section = screen.getByRole('region', { name: 'Ваша команда уже подключена?' })
      expect(within(section).getByLabelText('Код от ведущего')).toBeInTheDocument()
      expect(within(section).getByRole('button', { name: 'Вернуться в игру' })).toBeVisible()
      expect(within(section).getByRole('alert')).toHaveTextContent('Этот код не подходит')
    } finally {
      await speak('en')
    }
  })
})

describe('the page a team left behind', () => {
  it('says the team has moved to another device, and offers nothing that would take the seat back', async () => {
    const replaced: Refusal = {
      code: 'replaced',
      request: 'resume',
      detail: 'the team carried on on another device',
    }
    const { container } = joinScreen(started(), replaced)
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your team has moved to another device, with a code from the facilitator. This page is no longer its seat: you can close it.',
    )
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.queryByRole('textbox')).toBeNull()
    await expectAccessible(container)
  })
})
