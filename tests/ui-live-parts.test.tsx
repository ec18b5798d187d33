// @vitest-environment jsdom
// The live screens' smaller parts: the round's countdown on the session's clock, the join QR code, and what the
// page says when the server refuses its version.
import { cleanup, screen } from '@testing-library/react'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { facilitatorView, outcomeOf } from '../src/live'
import { reloadFromServer } from '../src/store/live'
import { ConnectionNote } from '../src/ui/live/connection-note'
import { formatRemaining } from '../src/ui/live/countdown'
import { QrCode } from '../src/ui/live/qr-code'
import { ClockedCountdown } from './clocked-countdown'
import { JOIN_URL, panelsInEnglish, render, started } from './live-panels'
import { expectAccessible } from './ui-fakes'

panelsInEnglish()

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
    render(<ClockedCountdown phase={facilitatorView(d.session, JOIN_URL, outcomeOf, d.now).phase} skew={0} />)
    expect(screen.getByRole('timer', { name: 'Time left in this round' })).toHaveTextContent('1:05')
    expect(screen.getByText('Paused')).toBeInTheDocument()
  })

  it("counts down on the session's clock, and says when time is up", () => {
    const d = started({ roundSeconds: 300 })
    const phase = facilitatorView(d.session, JOIN_URL, outcomeOf, d.now).phase
    render(<ClockedCountdown phase={phase} skew={d.now - Date.now()} />)
    expect(screen.getByRole('timer')).toHaveTextContent(/^(5:00|4:59)$/)
    expect(screen.getByText('left')).toBeInTheDocument()
    cleanup()
    render(<ClockedCountdown phase={phase} skew={d.now + 301_000 - Date.now()} />)
    expect(screen.getByRole('timer')).toHaveTextContent('0:00')
    expect(screen.getByText('Time is up')).toBeInTheDocument()
  })

  it('says the round is closed when the facilitator ends it, though its clock has stopped', () => {
    const d = started({ roundSeconds: 300 })
    d.facilitator({ kind: 'close' })
    render(<ClockedCountdown phase={facilitatorView(d.session, JOIN_URL, outcomeOf, d.now).phase} skew={0} />)
    expect(screen.getByText('Round closed')).toBeInTheDocument()
    expect(screen.queryByRole('timer')).toBeNull()
  })

  it('shows nothing when the round has no countdown, but keeps its empty live region for when the round closes', () => {
    const d = started({ roundSeconds: 0 })
    const { container } = render(
      <ClockedCountdown phase={facilitatorView(d.session, JOIN_URL, outcomeOf, d.now).phase} skew={0} />,
    )
    expect(container).toHaveTextContent(/^$/)
    expect(screen.queryByRole('timer')).toBeNull()
    expect(container.querySelector('.countdown')).toBeNull()
    expect(container.querySelector('.visually-hidden [aria-live="polite"]')).toBeEmptyDOMElement()
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

  it('keeps the four-module white margin a phone needs to find the code across a room', () => {
    const { container } = render(<QrCode text={JOIN_URL} label="Join" />)
    const size = Number(container.querySelector('svg')?.getAttribute('viewBox')?.split(' ')[2])
    const modules = [...(container.querySelector('path')?.getAttribute('d') ?? '').matchAll(/M(\d+) (\d+)/g)]
    const at = modules.flatMap(([, x, y]) => [Number(x), Number(y)])
    expect(modules.length).toBeGreaterThan(0)
    expect(Math.min(...at)).toBe(4)
    expect(Math.max(...at)).toBe(size - 5)
  })

  it('is accessible', async () => {
    await expectAccessible(render(<QrCode text={JOIN_URL} label="Scan to join" />).container)
  })
})

describe('a page the workshop server refuses for its version', () => {
  it('is told to reload when the server is newer, and that the server needs updating when it is older', async () => {
    const { container } = render(<ConnectionNote connection="outdated" />)
    expect(screen.getByRole('alert')).toHaveTextContent(
      /newer version of Article Four than this page.*Reload the page/,
    )
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument()
    await expectAccessible(container)
    cleanup()
    render(<ConnectionNote connection="server-outdated" />)
    expect(screen.getByRole('alert')).toHaveTextContent(/older version of Article Four than this page/)
    expect(screen.queryByRole('button')).toBeNull()
  })

  it("reloads only once every service worker is let go, so the page comes from the server, not the worker's copy", async () => {
    const steps: string[] = []
    const worker = (name: string) => ({
      unregister: async () => {
        await Promise.resolve()
        steps.push(`unregister ${name}`)
        return true
      },
    })
    await reloadFromServer({
      navigator: { serviceWorker: { getRegistrations: async () => [worker('a'), worker('b')] } },
      location: { reload: () => steps.push('reload') },
    })
    expect(steps).toEqual(['unregister a', 'unregister b', 'reload'])
    // A browser without service workers reloads at once.
    steps.length = 0
    await reloadFromServer({ navigator: {}, location: { reload: () => steps.push('reload') } })
    expect(steps).toEqual(['reload'])
    // One that refuses to list its workers, or to let one go, still reloads.
    steps.length = 0
    const refused = () => Promise.reject(new DOMException('refused', 'SecurityError'))
    await reloadFromServer({
      navigator: { serviceWorker: { getRegistrations: refused } },
      location: { reload: () => steps.push('reload') },
    })
    await reloadFromServer({
      navigator: { serviceWorker: { getRegistrations: async () => [{ unregister: refused }, worker('c')] } },
      location: { reload: () => steps.push('reload') },
    })
    expect(steps).toEqual(['reload', 'unregister c', 'reload'])
  })
})
