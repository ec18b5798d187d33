// Routes as hashes: every screen has an address that survives a reload, a shared link and the back button.
import { describe, expect, it } from 'vitest'
import { formatHash, parseHash, type Route } from '../src/store'

describe('routes', () => {
  it('reads and writes every kind of screen the same way', () => {
    const hashes = [
      '#/',
      '#/play/kazakhstan-2022',
      '#/play/kazakhstan-2022/role/russia',
      '#/play/kazakhstan-2022/role/russia?seed=42',
      '#/play/kazakhstan-2022/role/russia/decide?seed=42&choices=',
      '#/play/kazakhstan-2022/role/kazakhstan/resolve?seed=42&choices=request:foreign-backed:symbolic:14',
      '#/play/kazakhstan-2022/role/kazakhstan/debrief?seed=7&choices=request:foreign-backed:symbolic:90,keep',
      '#/play/kazakhstan-2022/role/kazakhstan/what-if?seed=7&choices=no-request',
    ]
    for (const hash of hashes) expect(formatHash(parseHash(hash))).toBe(hash)
  })

  it('tells "no choices yet" from "choices as saved"', () => {
    expect(parseHash('#/play/a/role/b/decide?choices=')).toMatchObject({ choices: [] })
    expect(parseHash('#/play/a/role/b/decide')).not.toHaveProperty('choices')
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
})
