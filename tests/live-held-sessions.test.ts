// The sessions a browser runs, kept beside their facilitator tokens: the set-up page lists them, newest first,
// so a facilitator who left a dashboard can go back to it; a session the server pruned drops off.
import { describe, expect, it } from 'vitest'
import { forgetToken, heldSessions, writeToken } from '../src/store/live/tokens'
import { memoryStorage } from './memory-storage'

const TOKEN = 'A'.repeat(22)

describe('the sessions this browser runs', () => {
  it('lists each session a facilitator token was kept for, newest first, and no team seat', () => {
    const storage = memoryStorage()
    expect(heldSessions(storage)).toEqual([])
    writeToken(storage, 'facilitator', 'abc234', TOKEN)
    writeToken(storage, 'team', 'TEAM22', TOKEN)
    writeToken(storage, 'facilitator', 'XYZ789', TOKEN)
    expect(heldSessions(storage)).toEqual(['XYZ789', 'ABC234'])
    // Created again (a token renewed) it comes first, once.
    writeToken(storage, 'facilitator', 'ABC234', TOKEN)
    expect(heldSessions(storage)).toEqual(['ABC234', 'XYZ789'])
  })

  it('drops a session whose token is forgotten, or lost from storage some other way', () => {
    const storage = memoryStorage()
    writeToken(storage, 'facilitator', 'ABC234', TOKEN)
    writeToken(storage, 'facilitator', 'XYZ789', TOKEN)
    forgetToken(storage, 'facilitator', 'ABC234')
    expect(heldSessions(storage)).toEqual(['XYZ789'])
    storage.removeItem('article-four:live:facilitator:XYZ789')
    expect(heldSessions(storage)).toEqual([])
  })

  it('keeps the newest twelve, and reads a list someone spoiled as none', () => {
    const storage = memoryStorage()
    const codes = Array.from({ length: 14 }, (_, i) => `CODE${String(i).padStart(2, '2')}`)
    for (const code of codes) writeToken(storage, 'facilitator', code, TOKEN)
    expect(heldSessions(storage)).toEqual(codes.slice(2).reverse())
    storage.setItem('article-four:live:held', '{not json')
    expect(heldSessions(storage)).toEqual([])
  })

  it('is empty without storage (private browsing)', () => {
    expect(heldSessions(undefined)).toEqual([])
  })
})
