// A join code typed as people type it off a projector or paste it from a message.
import { describe, expect, it } from 'vitest'
import { joinCodeFrom } from '../src/live/join-code'

describe('a typed join code', () => {
  it('is the six letters and digits, in capitals, whatever spaces, hyphens or line breaks surround them', () => {
    expect(joinCodeFrom('HWPE9N')).toBe('HWPE9N')
    expect(joinCodeFrom(' hwpe9n ')).toBe('HWPE9N')
    expect(joinCodeFrom('H W P E 9 N')).toBe('HWPE9N')
    expect(joinCodeFrom('HWP-E9N')).toBe('HWPE9N')
    expect(joinCodeFrom('HWPE9N\n')).toBe('HWPE9N')
  })

  it('is not one yet while letters are missing, too many, or not letters and digits', () => {
    for (const typed of ['', 'HWPE9', 'HWPE9NX', 'HWP.E9N', 'HWPЕ9N', '      '])
      expect(joinCodeFrom(typed)).toBeNull()
  })
})
