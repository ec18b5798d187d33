// @vitest-environment jsdom
// How teams reach a session, on the facilitator's dashboard: the link and its QR code are always whole, even
// when a server that took the session over from a dead one sent the link relative.
import { render as renderAlone, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { absoluteJoinUrl } from '../src/store/live'
import { JoinPanel } from '../src/ui/live/join-panel'
import { QrCode } from '../src/ui/live/qr-code'
import { JOIN_URL, panelsInEnglish, render } from './live-panels'
import { expectAccessible } from './ui-fakes'

panelsInEnglish()

/** The modules a QR code draws: the same path is the same text encoded. */
function qrPath(text: string): string | null {
  const { container } = renderAlone(<QrCode text={text} label="" />)
  const d = container.querySelector('.qr-code path')?.getAttribute('d') ?? null
  container.remove()
  return d
}

describe('the join link', () => {
  it('is made whole on the origin of the page, as the server would have made it', () => {
    expect(absoluteJoinUrl('/#/join/ABC234', 'https://workshop.example:8443')).toBe(
      'https://workshop.example:8443/#/join/ABC234',
    )
    expect(absoluteJoinUrl('/#/join/ABC234', 'http://10.0.0.5:3000')).toBe(
      'http://10.0.0.5:3000/#/join/ABC234',
    )
  })

  it('is left as the server sent it when it is whole', () => {
    expect(absoluteJoinUrl(JOIN_URL, 'http://elsewhere.example')).toBe(JOIN_URL)
  })

  it('takes the origin of the page the facilitator opened when none is given', () => {
    expect(absoluteJoinUrl('/#/join/ABC234')).toBe(`${window.location.origin}/#/join/ABC234`)
    expect(window.location.origin).toMatch(/^https?:\/\/[^/]+$/)
  })
})

describe('the join panel', () => {
  it('shows a relative link from the server as a whole link, and encodes the whole link in its QR code', async () => {
    render(<JoinPanel code="ABC234" joinUrl="/#/join/ABC234" />)
    const whole = `${window.location.origin}/#/join/ABC234`
    const link = screen.getByRole('link', { name: whole })
    expect(link).toHaveAttribute('href', whole)
    const qr = screen.getByRole('img', { name: `QR code for ${whole}` })
    expect(qr.querySelector('path')?.getAttribute('d')).toBe(qrPath(whole))
    expect(qr.querySelector('path')?.getAttribute('d')).not.toBe(qrPath('/#/join/ABC234'))
    expect(screen.getByTestId('join-code')).toHaveTextContent('ABC234')
    await expectAccessible(document.body)
  })

  it('shows a whole link from the server unchanged', () => {
    render(<JoinPanel code="ABC234" joinUrl={JOIN_URL} />)
    expect(screen.getByRole('link', { name: JOIN_URL })).toHaveAttribute('href', JOIN_URL)
    const qr = screen.getByRole('img', { name: `QR code for ${JOIN_URL}` })
    expect(qr.querySelector('path')?.getAttribute('d')).toBe(qrPath(JOIN_URL))
  })
})
