// How the server keeps each team's connection: a seat taken says connected at once, a socket closing counts the
// team's room (every server's sockets, through the adapter), a count overtaken by a newer one is not believed, and a
// socket seated by a token that no longer admits to the team is not one of its devices.
import { describe, expect, it } from 'vitest'
import { Presence, type RoomCounter } from '../src/server/presence'
import { roomOf } from '../src/server/rooms'
import { Driver } from './server-fakes'

/**
 * A room counter whose answers the test gives, one count at a time, in the order it chooses: `n` sockets, seated by
 * the token whose hash is `tokenHash` (the Driver's first team's, unless told).
 */
function counter() {
  const asked: { room: string; answer: (n: number, tokenHash?: string) => void }[] = []
  const io = {
    in: (room: string) => ({
      fetchSockets: () =>
        new Promise((done) =>
          asked.push({
            room,
            answer: (n, tokenHash = 'hash-of-Steppe') =>
              done(Array.from({ length: n }, () => ({ data: { seat: { tokenHash } } }))),
          }),
        ),
    }),
  } as unknown as RoomCounter
  return { io, asked }
}

function setup() {
  const d = new Driver({ format: { kind: 'parallel-whole' } })
  const steppe = d.join('Steppe')
  const { io, asked } = counter()
  d.tick(5_000)
  const presence = new Presence(
    io,
    () => d.now,
    (_, team) => d.session.teams.find((t) => t.id === team)?.tokenHash,
  )
  const later = d.join('Silk Road')
  return { d, steppe, later, presence, asked }
}

describe('a team’s connection', () => {
  it('is offline until seen, since it joined or since this server began, whichever is later', () => {
    const { d, steppe, later, presence } = setup()
    const of = presence.of(d.session)
    expect(of(steppe)).toEqual({ kind: 'offline', since: 8_000 })
    expect(of(later)).toEqual({ kind: 'offline', since: 9_000 })
  })

  it('is connected as soon as a socket takes its seat, which is news once', () => {
    const { d, steppe, presence } = setup()
    expect(presence.seated(d.session.id, steppe)).toBe(true)
    expect(presence.seated(d.session.id, steppe)).toBe(false)
    expect(presence.of(d.session)(steppe)).toEqual({ kind: 'connected' })
  })

  it('stays connected while one of its devices is left, and goes offline, since then, with the last', async () => {
    const { d, steppe, presence, asked } = setup()
    presence.seated(d.session.id, steppe)
    const first = presence.recount(d.session.id, [steppe])
    expect(asked.map((a) => a.room)).toEqual([roomOf(d.session.id, { kind: 'team', team: steppe })])
    asked[0]!.answer(1)
    expect(await first).toBe(false)
    expect(presence.of(d.session)(steppe)).toEqual({ kind: 'connected' })

    const closedAt = d.tick(60_000)
    const last = presence.recount(d.session.id, [steppe])
    asked[1]!.answer(0)
    expect(await last).toBe(true)
    d.tick(60_000)
    expect(presence.of(d.session)(steppe)).toEqual({ kind: 'offline', since: closedAt })

    // Counted again and still gone: offline since it went, and no news.
    const again = presence.recount(d.session.id, [steppe])
    asked[2]!.answer(0)
    expect(await again).toBe(false)
    expect(presence.of(d.session)(steppe)).toEqual({ kind: 'offline', since: closedAt })
  })

  it('counts no device seated by a token that no longer admits to the team, not yet sent away', async () => {
    const { d, steppe, presence, asked } = setup()
    presence.seated(d.session.id, steppe)
    const count = presence.recount(d.session.id, [steppe])
    asked[0]!.answer(1, 'hash-of-the-device-it-left')
    expect(await count).toBe(true)
    expect(presence.of(d.session)(steppe)).toEqual({ kind: 'offline', since: d.now })
  })

  it('believes a seat taken over a count that was asked before it', async () => {
    const { d, steppe, presence, asked } = setup()
    presence.seated(d.session.id, steppe)
    const count = presence.recount(d.session.id, [steppe])
    presence.seated(d.session.id, steppe)
    asked[0]!.answer(0)
    expect(await count).toBe(false)
    expect(presence.of(d.session)(steppe)).toEqual({ kind: 'connected' })
  })

  it('believes the newer of two counts, whichever answers first', async () => {
    const { d, steppe, presence, asked } = setup()
    presence.seated(d.session.id, steppe)
    const older = presence.recount(d.session.id, [steppe])
    const newer = presence.recount(d.session.id, [steppe])
    asked[1]!.answer(1)
    asked[0]!.answer(0)
    expect(await Promise.all([older, newer])).toEqual([false, false])
    expect(presence.of(d.session)(steppe)).toEqual({ kind: 'connected' })
  })

  it('is forgotten with its session', () => {
    const { d, steppe, presence } = setup()
    presence.seated(d.session.id, steppe)
    presence.forget(d.session.id)
    expect(presence.of(d.session)(steppe)).toMatchObject({ kind: 'offline' })
  })
})
