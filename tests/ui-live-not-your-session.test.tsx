// @vitest-environment jsdom
// The facilitator's address opened in a browser with no facilitator key: it offers to join as a team only while
// the session is in its lobby, and otherwise says what is true, in both languages.
import { render as renderAlone, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { lobbyView } from '../src/live'
import { NotYourSession } from '../src/ui/live/not-your-session'
import { finished, lobby, panelsInEnglish, render, started } from './live-panels'
import type { Driver } from './server-fakes'
import { expectAccessible, panelWrapper, speak } from './ui-fakes'

panelsInEnglish()

const visit = (d: Driver | null, code = d?.session.code ?? 'ZZZ999') =>
  render(<NotYourSession code={code} connection="online" lobby={d === null ? null : lobbyView(d.session)} />)

describe('the facilitator screen, in a browser with no facilitator key', () => {
  it('offers to join the session as a team while it is in its lobby', async () => {
    const d = lobby()
    const { container } = visit(d)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Not your session')
    const link = screen.getByRole('link', { name: 'join it' })
    expect(link).toHaveAttribute('href', `#/join/${d.session.code}`)
    await expectAccessible(container)
  })

  it('offers no join link once the session has started, and says who can still come back', () => {
    visit(started())
    expect(screen.queryByRole('link', { name: 'join it' })).toBeNull()
    expect(
      screen.getByText(/The session has already started, so no new team can join it/),
    ).toBeInTheDocument()
  })

  it('offers no join link once the session has ended, and says so', () => {
    visit(finished())
    expect(screen.queryByRole('link', { name: 'join it' })).toBeNull()
    expect(screen.getByText(/This session has ended, so no team can join it now/)).toBeInTheDocument()
  })

  it('says the server has no session with that code', () => {
    visit(null, 'ZZZ999')
    expect(screen.queryByRole('link')).toBeNull()
    expect(screen.getByText(/no session with the code ZZZ999/)).toBeInTheDocument()
  })

  it('offers nothing yet while the lobby is asked for', () => {
    render(<NotYourSession code="ABC234" connection="online" lobby={undefined} />)
    expect(screen.queryByRole('link')).toBeNull()
    expect(screen.getByText(/only the browser that created a session can run it\.$/)).toBeInTheDocument()
  })

  it('says the same in Russian', async () => {
    await speak('ru')
    try {
      const wrapper = await panelWrapper('ru')
      const d = started()
      renderAlone(<NotYourSession code={d.session.code} connection="online" lobby={lobbyView(d.session)} />, {
        wrapper,
      })
      expect(
        screen.getByText(/Сессия уже началась, и новые команды подключиться к ней не могут/),
      ).toBeInTheDocument()
      expect(screen.queryByRole('link', { name: 'подключитесь к ней' })).toBeNull()
    } finally {
      await speak('en')
    }
  })
})
