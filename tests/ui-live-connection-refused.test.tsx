// @vitest-environment jsdom
// What a page the workshop server turned away says, in the reader's language: too many connections from its network
// (wait, reload), or a handshake refused for a reason the page does not know (reload, then tell whoever runs the
// server); never socket.io's generic failure, nor that no server answers. On its own and on the join screen.
import { render as renderAlone, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { ConnectionNote } from '../src/ui/live/connection-note'
import JoinScreen from '../src/ui/live/join-screen'
import { held } from './held-seat'
import { lobby, panelsInEnglish, render } from './live-panels'
import { seatState } from './seat-state'
import { expectAccessible, panelWrapper, speak } from './ui-fakes'

// The join screen's seat, as the store holds it while the server turns its connection away.
vi.mock(import('../src/ui/live/use-seat'), async (actual) =>
  (await import('./held-seat')).holdSeat(await actual()),
)

panelsInEnglish()

describe('a page the workshop server turned away', () => {
  it('says too many connections are open from its network, to wait and reload, with the reload at hand', async () => {
    const { container } = render(<ConnectionNote connection="crowded" />)
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Too many connections are open from this network, and the workshop server is turning new ones away. Wait a moment and reload the page.',
    )
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument()
    expect(container).not.toHaveTextContent(/No workshop server answers/)
    await expectAccessible(container)
  })

  it('says a refused handshake plainly, with the reload and whom to tell if it comes back', async () => {
    const { container } = render(<ConnectionNote connection="refused" />)
    expect(screen.getByRole('alert')).toHaveTextContent(
      "The workshop server turned down this page's connection. Reload the page; if it happens again, tell whoever runs the server.",
    )
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument()
    await expectAccessible(container)
  })

  it('says so on the join screen, where a team meets it first', () => {
    const d = lobby()
    const state = seatState('team', d.session.code, { connection: 'crowded', unseated: true })
    held.seat = {
      store: createStore(() => state),
      join: vi.fn(),
      rejoin: vi.fn(),
      submit: vi.fn(),
      close: () => {},
    }
    render(<JoinScreen code={d.session.code} />)
    expect(screen.getByRole('alert')).toHaveTextContent('Too many connections are open from this network')
    expect(screen.queryByRole('button', { name: 'Join' })).toBeNull()
  })

  it('says both in Russian', async () => {
    await speak('ru')
    try {
      const wrapper = await panelWrapper('ru')
      const { unmount } = renderAlone(<ConnectionNote connection="crowded" />, { wrapper })
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Из этой сети открыто слишком много подключений, и сервер занятий пока не принимает новые. Подождите немного и перезагрузите страницу.',
      )
      expect(screen.getByRole('button', { name: 'Перезагрузить страницу' })).toBeInTheDocument()
      unmount()
      renderAlone(<ConnectionNote connection="refused" />, { wrapper })
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Сервер занятий отклонил подключение этой страницы.',
      )
    } finally {
      await speak('en')
    }
  })
})
