// Team names as anyone may type them: normalised before they are compared or shown, and refused when they
// only look different from a name already taken.
import { describe, expect, it, vi } from 'vitest'
import { decideJoin } from '../src/live'
import { nameKey } from '../src/live/name-key'
import { NAME_FOLDED_MAX, NAME_MAX, NAME_SENT_MAX, nameLength, normaliseName } from '../src/live/names'
import { JoinTeam } from '../src/live/protocol'
import { Driver } from './server-fakes'

describe('a team name', () => {
  it('is kept without invisible or control characters, in its compatibility form, its spaces made one', () => {
    expect(normaliseName('A\u200B1')).toBe('A1')
    expect(normaliseName('\u202EStepp\u00ADe\uFEFF')).toBe('Steppe')
    expect(normaliseName('Silk\u0000 \t\n Road\u0007')).toBe('Silk Road')
    expect(normaliseName('ＴＥＡＭ １')).toBe('TEAM 1')
    expect(normaliseName('\u3164\u200D')).toBe('')
    expect(normaliseName('Москва')).toBe('Москва')
  })

  it('keeps its emoji whole: the joiners, selectors, skin tones and tags they are made of', () => {
    for (const emoji of [
      '👩‍💻 Coders',
      '🏳️‍🌈',
      '🏳️‍⚧️ Team',
      '👩🏽‍💻',
      '❤️‍🔥',
      '🧑‍🤝‍🧑',
      '👨‍👩‍👧‍👦',
      '1️⃣ Stan',
      '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
    ])
      expect(normaliseName(emoji), emoji).toBe(emoji)
    // Compared without the joiners, as a joiner between two emoji that make none draws them side by side.
    expect(nameKey('😀\u200D😀')).toBe(nameKey('😀😀'))
    expect(nameKey('❤️ Team')).toBe(nameKey('❤ team'))
    expect(nameKey('👩‍💻 A')).not.toBe(nameKey('👩‍🔬 A'))
  })

  it('drops a joiner or a selector outside an emoji, where it only hides a difference', () => {
    expect(normaliseName('Team\u200DA')).toBe('TeamA')
    expect(nameKey('Team\u200DA')).toBe(nameKey('TeamA'))
    expect(normaliseName('A\uFE0F1\u{E0100}')).toBe('A1')
    // A joiner at the end of an emoji joins nothing; one between two letters of a name is no emoji's.
    expect(normaliseName('👩\u200D')).toBe('👩')
    expect(normaliseName('👩\u200DA')).toBe('👩A')
  })

  it('counts its characters as a reader does: an emoji or an accented letter is one', () => {
    expect(nameLength('👩‍💻 Coders')).toBe(8)
    expect(nameLength('🏳️‍🌈')).toBe(1)
    expect(nameLength('Cafe\u0301')).toBe(4)
    expect(nameLength(' Silk\u200B  Road ')).toBe(9)
  })

  it('is the same name as any that looks like it, in any case', () => {
    for (const alike of ['А1', 'a1', 'A\u200B1', 'Ａ１', 'Al', ' A1 '])
      expect(nameKey(alike), JSON.stringify(alike)).toBe(nameKey('A1'))
    for (const other of ['A2', 'B1', 'A11', 'Москва']) expect(nameKey(other)).not.toBe(nameKey('A1'))
  })

  it('arrives normalised from the wire, and one that is only invisible characters is refused with its reason', () => {
    expect(JoinTeam.parse({ code: 'ABC234', name: ' A\u200B1\u202E ' }).name).toBe('A1')
    const invisible = JoinTeam.parse({ code: 'ABC234', name: '\u200B\u200C\u3164' }).name
    expect(decideJoin(new Driver().session, { name: invisible }, 'hash', 0)).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'a team needs a name with letters or digits in it',
        reason: 'no-name',
      },
    })
  })

  it(`joins with up to ${NAME_MAX} characters as a reader counts them, emoji and all, and is refused past them`, () => {
    const d = new Driver({ format: { kind: 'parallel-whole' } })
    const emoji = '👨‍👩‍👧‍👦'.repeat(NAME_MAX)
    d.join(JoinTeam.parse({ code: 'ABC234', name: emoji }).name)
    d.join('A'.repeat(NAME_MAX))
    expect(d.session.teams.map((t) => t.name)).toEqual([emoji, 'A'.repeat(NAME_MAX)])
    for (const name of ['B'.repeat(NAME_MAX + 1), '👩‍💻'.repeat(NAME_MAX + 1)])
      expect(decideJoin(d.session, { name }, 'hash', d.tick())).toEqual({
        ok: false,
        error: {
          code: 'conflict',
          message: `a team name has at most ${NAME_MAX} characters`,
          reason: 'name-too-long',
        },
      })
  })

  it('cannot join beside a name it only looks different from, and is shown as normalised', () => {
    const d = new Driver({ format: { kind: 'parallel-whole' } })
    d.join('A1')
    for (const [alike, message, reason] of [
      ['А1', '"А1" is too like "A1", a team that has already joined: choose another name', 'name-similar'],
      ['A\u200B1', 'a team called "A1" has already joined: choose another name', 'name-taken'],
      ['Ａ１', 'a team called "A1" has already joined: choose another name', 'name-taken'],
    ] as const)
      expect(decideJoin(d.session, { name: alike }, 'hash', d.tick())).toEqual({
        ok: false,
        error: { code: 'conflict', message, reason },
      })
    d.join('Silk\u200B  Road\u202E')
    expect(d.session.teams.map((t) => t.name)).toEqual(['A1', 'Silk Road'])
  })
})

describe('a team name as sent', () => {
  // Every message is parsed before any limit, refused ones too: a name that grows under NFKC (U+FDFA is 18
  // characters once folded) must not be folded whole. The work is counted as the characters NFKC produces, not
  // timed; the join then refuses it as too long, with the reason a screen words.
  const folding = () => {
    let produced = 0
    const normalize = String.prototype.normalize
    const spy = vi.spyOn(String.prototype, 'normalize').mockImplementation(function (this: string, form) {
      const out = normalize.call(this, form)
      produced += out.length
      return out
    })
    return { produced: () => produced, restore: () => spy.mockRestore() }
  }
  const tooLong = {
    ok: false,
    error: {
      code: 'conflict',
      message: `a team name has at most ${NAME_MAX} characters`,
      reason: 'name-too-long',
    },
  }

  it('is not folded whole when it grows far past any name under NFKC, and is refused as too long', () => {
    const grows = '\uFDFA'.repeat(1_355) // 4,065 bytes, under a message's 4 KB; 24,390 characters folded
    const work = folding()
    let name: string
    try {
      name = JoinTeam.parse({ code: 'ABC234', name: grows }).name
      expect(work.produced()).toBeLessThan(2 * NAME_FOLDED_MAX)
    } finally {
      work.restore()
    }
    expect(decideJoin(new Driver().session, { name }, 'hash', 0)).toEqual(tooLong)
  })

  it('is not folded at all when it is longer as sent than any name of NAME_MAX characters', () => {
    const work = folding()
    let name: string
    try {
      name = JoinTeam.parse({ code: 'ABC234', name: 'a'.repeat(NAME_SENT_MAX + 1) }).name
      expect(work.produced()).toBe(0)
    } finally {
      work.restore()
    }
    expect(decideJoin(new Driver().session, { name }, 'hash', 0)).toEqual(tooLong)
  })

  it(`is folded whole for every name of ${NAME_MAX} characters, the longest emoji included`, () => {
    for (const name of [
      '🏴󠁧󠁢󠁳󠁣󠁴󠁿'.repeat(NAME_MAX),
      '👨‍👩‍👧‍👦'.repeat(NAME_MAX),
      'Ǆ'.repeat(NAME_MAX),
      '\uFDFA\uFDFA',
      'ＴＥＡＭ １',
    ])
      expect(JoinTeam.parse({ code: 'ABC234', name }).name, name.slice(0, 4)).toBe(normaliseName(name))
  })
})
