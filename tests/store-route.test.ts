// Routes as hashes: every screen has an address that survives a reload, a shared link and the back button.
import { describe, expect, it } from 'vitest'
import { formatHash, parseHash, type Route, withLanguage } from '../src/store'

describe('routes', () => {
  it('reads and writes every kind of screen the same way', () => {
    const hashes = [
      '#/',
      '#/play/kazakhstan-2022',
      '#/play/kazakhstan-2022/role/russia',
      '#/play/kazakhstan-2022/role/russia?seed=42',
      '#/play/kazakhstan-2022/role/russia/decide?seed=42&choices=',
      '#/play/kazakhstan-2022/role/kazakhstan/resolve?seed=42&choices=request:foreign-backed:peacekeepers:14',
      '#/play/kazakhstan-2022/role/kazakhstan/debrief?seed=7&choices=request:foreign-backed:peacekeepers:90,keep',
      '#/play/kazakhstan-2022/role/kazakhstan/what-if?seed=7&choices=no-request',
      '#/play/kazakhstan-2022/role/kazakhstan/capitals?seed=7&choices=no-request',
      '#/compare',
    ]
    for (const hash of hashes) expect(formatHash(parseHash(hash))).toBe(hash)
  })

  it('tells "no choices yet" from "choices as saved"', () => {
    expect(parseHash('#/play/a/role/b/decide?choices=')).toMatchObject({ choices: [] })
    expect(parseHash('#/play/a/role/b/decide')).not.toHaveProperty('choices')
  })

  it("reads the cases compared as a page of its own, and every capital's view as a page of a game", () => {
    expect(parseHash('#/compare')).toEqual({ name: 'compare' })
    expect(parseHash('#/compare/')).toEqual({ name: 'compare' })
    expect(parseHash('#/play/a/role/b/capitals?seed=3')).toMatchObject({
      name: 'play',
      screen: 'capitals',
      seed: 3,
    })
    for (const hash of ['#/compare/kazakhstan-2022', '#/compare/x/y'])
      expect(parseHash(hash).name).toBe('not-found')
  })

  it('carries the language on the cases page as on every other address', () => {
    expect(withLanguage(formatHash({ name: 'compare' }), 'ru')).toBe('#/compare?lang=ru')
    expect(parseHash('#/compare?lang=ru')).toEqual({ name: 'compare' })
  })

  it('reads an empty hash as the library', () => {
    expect(parseHash('')).toEqual({ name: 'library' })
    expect(parseHash('#')).toEqual({ name: 'library' })
  })

  it('sends addresses it does not know to the not-found screen', () => {
    for (const hash of [
      '#/nowhere',
      '#/play/a/role',
      '#/play/a/role/b/sideways',
      '#/play/A_B',
      '#/play/a/x/b',
    ])
      expect(parseHash(hash).name).toBe('not-found')
  })

  it('ignores a seed that is not a whole number in range', () => {
    for (const seed of ['-1', '1.5', 'abc', '99999999999'])
      expect(parseHash(`#/play/a/role/b?seed=${seed}`)).not.toHaveProperty('seed')
  })

  it('keeps a smuggled separator inside one choice', () => {
    const route: Route = { name: 'play', scenario: 'a', role: 'b', screen: 'decide', choices: ['x&seed=1,y'] }
    expect(parseHash(formatHash(route))).toMatchObject({ choices: ['x&seed=1,y'] })
  })

  it('reads a choice typed into a link with spaces around it as the choice, the notation itself being strict', () => {
    expect(parseHash('#/play/a/role/b/decide?choices=%20refuse%20,%20,consent')).toMatchObject({
      choices: ['refuse', 'consent'],
    })
  })

  describe('group exercises', () => {
    it('reads and writes every live screen the same way', () => {
      const hashes = [
        '#/live',
        '#/live/facilitate',
        '#/live/facilitate/ABC234',
        '#/join',
        '#/join/ABC234',
        '#/live/pass',
      ]
      for (const hash of hashes) expect(formatHash(parseHash(hash))).toBe(hash)
    })

    it('names each live screen by what it is for', () => {
      expect(parseHash('#/live')).toEqual({ name: 'live' })
      expect(parseHash('#/live/facilitate')).toEqual({ name: 'facilitate' })
      expect(parseHash('#/live/facilitate/ABC234')).toEqual({ name: 'facilitate', code: 'ABC234' })
      expect(parseHash('#/join')).toEqual({ name: 'join' })
      expect(parseHash('#/join/ABC234')).toEqual({ name: 'join', code: 'ABC234' })
      expect(parseHash('#/live/pass')).toEqual({ name: 'pass-device' })
    })

    it('reads a join code typed in lower case in capitals', () => {
      expect(parseHash('#/join/abc234')).toEqual({ name: 'join', code: 'ABC234' })
      expect(parseHash('#/live/facilitate/abc234')).toEqual({ name: 'facilitate', code: 'ABC234' })
      expect(formatHash(parseHash('#/join/abc234'))).toBe('#/join/ABC234')
    })

    it('writes a live route without a code as the screen that asks for one', () => {
      expect(formatHash({ name: 'join' })).toBe('#/join')
      expect(formatHash({ name: 'facilitate' })).toBe('#/live/facilitate')
      expect(formatHash({ name: 'join', code: 'XYZ789' })).toBe('#/join/XYZ789')
    })

    it('sends a malformed live address to the not-found screen', () => {
      for (const hash of [
        '#/join/ABC',
        '#/join/ABC2345',
        '#/join/ABC234/x',
        '#/live/facilitate/ABC234/x',
        '#/live/facilitate/ABC',
        '#/live/other',
        '#/live/pass/x',
      ])
        expect(parseHash(hash), hash).toEqual({ name: 'not-found', path: hash.slice(1) })
    })
  })
})
