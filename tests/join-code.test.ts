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
    for (const typed of ['', 'HWPE9', 'HWPE9NX', 'HWP.E9N', 'HWPЖ9N', '      '])
      expect(joinCodeFrom(typed)).toBeNull()
  })

  it('reads a Cyrillic letter that looks like a Latin one of the code as that Latin letter, in either case', () => {
    // Н, Р, Е and К as a Russian keyboard types them off the screen.
    expect(joinCodeFrom('НWРЕ9N')).toBe('HWPE9N')
    expect(joinCodeFrom('к7м2хт')).toBe('K7M2XT')
    expect(joinCodeFrom('авсеу9')).toBe('ABCEY9')
  })
})
