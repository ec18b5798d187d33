// @vitest-environment jsdom
// A seat whose resume the server refused (here: a session its log holds but this version cannot rebuild) has no
// dashboard or team screen to show: the page says why in the seat's language, where it used to say nothing.
import { render as renderAlone, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import type { SeatKind } from '../src/store/live/tokens'
import FacilitateScreen from '../src/ui/live/facilitate-screen'
import JoinScreen from '../src/ui/live/join-screen'
import { held } from './held-seat'
import { panelsInEnglish, render } from './live-panels'
import { seatState } from './seat-state'
import { panelWrapper, speak } from './ui-fakes'

// The screen's seat, as the store holds it after the server refused its resume.
vi.mock(import('../src/ui/live/use-seat'), async (actual) =>
  (await import('./held-seat')).holdSeat(await actual()),
)

panelsInEnglish()

const CODE = 'ABC234'

function refused<K extends SeatKind>(kind: K): void {
  const state = seatState(kind, CODE, {
    error: { code: 'unrestorable', request: 'resume', detail: 'could not be restored on this version' },
  })
  const rejoin = { store: createStore(() => ({ shown: null })), dismiss: vi.fn() }
  held.seat = { store: createStore(() => state), rejoin, close: () => {} }
}

describe('a seat whose resume was refused', () => {
  it("says on the facilitator's page that the session is saved and cannot be opened by this version", () => {
    refused('facilitator')
    render(<FacilitateScreen code={CODE} />)
    expect(screen.getByRole('alert')).toHaveTextContent(
      /^This session is saved, but this version of the workshop server cannot open it, and trying again will not help\./,
    )
  })

  it("says so on a team's page, in Russian", async () => {
    refused('team')
    await speak('ru')
    try {
      renderAlone(<JoinScreen code={CODE} />, { wrapper: await panelWrapper('ru') })
      expect(screen.getByRole('alert')).toHaveTextContent(
        /^Сессия сохранена, но текущая версия сервера занятий не может её открыть.*причина записана в журнале сервера\.$/,
      )
    } finally {
      await speak('en')
    }
  })
})
