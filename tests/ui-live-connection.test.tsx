// @vitest-environment jsdom
// Who is connected, on the facilitator's dashboard, in words in both languages; and what a late arrival at the
// join screen is told once the session is under way, or over.
import { act, render as renderAlone, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { type ConnectionLookup, facilitatorBrief, facilitatorView, lobbyView, outcomeOf } from '../src/live'
import { FacilitatorPanel } from '../src/ui/live/facilitator-panel'
import JoinScreen from '../src/ui/live/join-screen'
import { held } from './held-seat'
import {
  facilitatorPanel,
  finished,
  idOf,
  JOIN_URL,
  lobby,
  panelsInEnglish,
  render,
  started,
} from './live-panels'
import { seatState } from './seat-state'
import type { Driver } from './server-fakes'
import { expectAccessible, panelWrapper, speak } from './ui-fakes'

// The join screen's seat, as the store would hold it after asking the server for the lobby.
vi.mock(import('../src/ui/live/use-seat'), async (actual) =>
  (await import('./held-seat')).holdSeat(await actual()),
)

panelsInEnglish()
afterEach(() => vi.useRealTimers())

const MINUTE = 60_000
const joining = <p>Join at ABC234</p>

/** Astana connected, Moscow away for two and a half minutes, as the server's view says at `d.now`. */
function dashboard(d: Driver) {
  const away = d.now - 2.5 * MINUTE
  const connections: ConnectionLookup = (team) =>
    team === idOf(d, 'Astana') ? { kind: 'connected' } : { kind: 'offline', since: away }
  return facilitatorPanel(d, { connections, props: { joining } })
}

const teamRow = (name: string) => screen.getByTestId(`team-${name}`)

describe("the dashboard's connections", () => {
  it('says in words which team is connected and how long another has been offline, counting on', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
    const { container } = render(dashboard(started()))
    expect(teamRow('Astana')).toHaveTextContent('Deciding…')
    expect(teamRow('Astana')).toHaveTextContent('Connected')
    expect(teamRow('Moscow')).toHaveTextContent('Offline for 2 min')
    act(() => vi.advanceTimersByTime(MINUTE))
    expect(teamRow('Moscow')).toHaveTextContent('Offline for 3 min')
    vi.useRealTimers()
    await expectAccessible(container)
  })

  it('says a team went offline less than a minute ago', () => {
    const d = lobby()
    const view = facilitatorView(d.session, JOIN_URL, outcomeOf, d.now, () => ({
      kind: 'offline',
      since: d.now - 20_000,
    }))
    render(
      <FacilitatorPanel
        brief={facilitatorBrief(d.session)}
        view={view}
        skew={view.serverNow - Date.now()}
        busy={false}
        error={null}
        onCommand={() => {}}
        onExport={() => {}}
        joining={joining}
      />,
    )
    expect(teamRow('Astana')).toHaveTextContent('Offline for less than a minute')
  })

  it('says nothing of connections on a shared screen, where every team is at the one device', () => {
    const d = started()
    const view = facilitatorView(d.session, JOIN_URL, outcomeOf, d.now)
    render(
      <FacilitatorPanel
        brief={facilitatorBrief(d.session)}
        view={view}
        skew={0}
        busy={false}
        error={null}
        onCommand={() => {}}
        onExport={() => {}}
      />,
    )
    expect(teamRow('Astana')).not.toHaveTextContent('Connected')
  })

  it('says the same in Russian', async () => {
    await speak('ru')
    try {
      const wrapper = await panelWrapper('ru')
      renderAlone(dashboard(started()), { wrapper })
      expect(teamRow('Astana')).toHaveTextContent('На связи')
      expect(teamRow('Moscow')).toHaveTextContent('Нет связи 2 мин')
    } finally {
      await speak('en')
    }
  })
})

/** The join screen of a browser with no team in this session, shown the lobby the server gave for `d`. */
function joinScreen(d: Driver) {
  const state = seatState('team', d.session.code, { unseated: true, lobby: lobbyView(d.session) })
  held.seat = { store: createStore(() => state), join: vi.fn(), submit: vi.fn(), close: () => {} }
  return render(<JoinScreen code={d.session.code} />)
}

describe('the join screen, for a late arrival', () => {
  it('offers the name form while the session is in its lobby', () => {
    joinScreen(lobby())
    expect(screen.getByLabelText('Team name')).toBeInTheDocument()
  })

  it('says a session under way has started', () => {
    joinScreen(started())
    expect(screen.getByRole('status')).toHaveTextContent('This session has started')
    expect(screen.queryByLabelText('Team name')).toBeNull()
  })

  it('says a finished session has ended, and that the facilitator can show its debrief', async () => {
    const { container } = joinScreen(finished())
    expect(screen.getByRole('status')).toHaveTextContent(
      'This session has ended, so no team can join it now. The facilitator can show its debrief on the projector.',
    )
    expect(screen.queryByText(/has started/)).toBeNull()
    expect(screen.queryByLabelText('Team name')).toBeNull()
    expect(screen.getByRole('link', { name: 'Type another code' })).toBeInTheDocument()
    await expectAccessible(container)
  })
})
