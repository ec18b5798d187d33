// The token a team's seat makes for its join or rejoin: of the form the protocol takes (22 characters of
// base64url, 128 bits) and drawn anew each time, so that no two seats, or two joins, share one.
import { describe, expect, it } from 'vitest'
import { JoinTeam, RejoinTeam } from '../src/live/protocol'
import { newSeatToken } from '../src/store/live/seat-token'

describe("a seat's own token", () => {
  it('is 22 characters of base64url, as a join and a rejoin carry it', () => {
    for (let i = 0; i < 200; i++) {
      const token = newSeatToken()
      expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/)
      expect(JoinTeam.safeParse({ code: 'ABC234', name: 'Steppe', token }).success).toBe(true)
      expect(RejoinTeam.safeParse({ code: 'ABC234', rejoin: 'K7PM3QXA', token }).success).toBe(true)
    }
  })

  it('holds all 128 bits: the last character carries the two bits past the 21st', () => {
    // 128 bits fill 21 characters of six bits and two more: the 22nd is one of the four whose low bits are zero.
    const last = new Set(Array.from({ length: 400 }, () => newSeatToken().at(-1)))
    for (const c of last) expect('AQgw').toContain(c)
    expect(last.size).toBe(4)
  })

  it('is different each time', () => {
    const tokens = Array.from({ length: 1000 }, newSeatToken)
    expect(new Set(tokens).size).toBe(tokens.length)
  })
})
