import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeScenario, encodeScenario } from '../src/scenario/share-link'

const kazakhstan = readFileSync(join(import.meta.dirname, '..', 'scenarios', 'kazakhstan-2022.yaml'), 'utf8')

describe('a scenario in a link', () => {
  it('comes back exactly as it went in', async () => {
    expect(await decodeScenario(await encodeScenario(kazakhstan))).toEqual({ ok: true, text: kazakhstan })
  })

  it('fits in a link: a bundled scenario compresses to a few kilobytes of URL-safe text', async () => {
    const payload = await encodeScenario(kazakhstan)
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(payload.length).toBeLessThan(kazakhstan.length * 0.7)
  })

  it('keeps any text intact, accents and all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (text) => {
        expect(await decodeScenario(await encodeScenario(text))).toEqual({ ok: true, text })
      }),
      { numRuns: 100 },
    )
  })

  it('says a damaged link is damaged', async () => {
    expect(await decodeScenario('not base64!')).toEqual({ ok: false, reason: 'damaged' })
    expect(await decodeScenario('AAAA')).toMatchObject({ ok: false })
    const payload = await encodeScenario(kazakhstan)
    expect(await decodeScenario(payload.slice(0, payload.length / 2))).toMatchObject({ ok: false })
  })

  it('refuses a link that would inflate past 1 MB, without inflating all of it', async () => {
    const bomb = await encodeScenario('a'.repeat(5_000_000))
    expect(bomb.length).toBeLessThan(20_000)
    expect(await decodeScenario(bomb)).toEqual({ ok: false, reason: 'too-large' })
  })
})
