// Safari on iOS installs the app from its Share menu with the page's apple-touch-icon: a PNG (it takes no SVG),
// 180 pixels square and opaque, since iOS rounds the corners itself and shows transparency as black.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const root = new URL('../', import.meta.url)

describe('the home-screen icon for Safari on iOS', () => {
  it('is linked from the page, beside the favicon', () => {
    const html = readFileSync(new URL('index.html', root), 'utf8')
    expect(html).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png" />')
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml" />')
  })

  it('is a 180×180 PNG without transparency', () => {
    const png = readFileSync(new URL('public/apple-touch-icon.png', root))
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    // The IHDR chunk comes first: width, height, bit depth, then colour type (2: RGB, no alpha channel).
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR')
    expect(png.readUInt32BE(16)).toBe(180)
    expect(png.readUInt32BE(20)).toBe(180)
    expect(png[25]).toBe(2)
    // No tRNS chunk either, which could make a colour of an RGB image transparent.
    expect(png.includes(Buffer.from('tRNS', 'latin1'))).toBe(false)
  })
})
