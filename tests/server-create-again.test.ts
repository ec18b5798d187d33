// A create sent again (protocol 11), on each store: the facilitator's page sends the token it made with every
// attempt, and the server answers an attempt whose session an earlier one made (its answer lost on the way back, or
// its write given up on and carried out by the log all the same) with that session, logging nothing. Here the log
// can write and then throw, as such a late commit looks to the server, or hold a write until the test lets it go.
// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { SessionId } from '../src/live'
import { CreateSession } from '../src/live/client-messages'
import { readCatalog } from '../src/scenario/files'
import type { EventLog } from '../src/server/event-log'
import { DEFAULT_LIMITS } from '../src/server/limits'
import { LiveSessions } from '../src/server/live-sessions'
import { scenarioChecker } from '../src/server/scenario-checker'
import { newToken } from '../src/server/tokens'
import { eventLogStores } from './event-log-stores'

const { stores: STORES, closing } = eventLogStores('article-four-create-again-')

const actors = (() => {
  const read = readCatalog()
  if (!read.ok) throw new Error('the catalog does not load')
  return read.catalog
})()

/** How the next append goes: written and answered, written but the answer lost, or neither. */
type Next = 'normal' | 'late' | 'lost'

/** A server's sessions on `inner`, whose next append the test can make late or lost, or hold. */
async function sessionsOn(inner: EventLog) {
  let next: Next = 'normal'
  let holding: { entered: () => void; go: Promise<void> } | undefined
  const timeout = () => new Error('Query read timeout')
  const log: EventLog = {
    ...inner,
    append: async (session, version, events, fence) => {
      const held = holding
      holding = undefined
      if (held) {
        held.entered()
        await held.go
      }
      const how = next
      next = 'normal'
      if (how === 'lost') throw timeout()
      await inner.append(session, version, events, fence)
      if (how === 'late') throw timeout()
    },
  }
  const checker = scenarioChecker(actors, { ms: 5_000, megabytes: 256 }, () => {})
  closing.push(() => checker.close())
  const claimed: SessionId[] = []
  const live = new LiveSessions({
    log,
    catalog: actors,
    checker,
    limits: DEFAULT_LIMITS,
    claim: async (id) => void claimed.push(id),
  })
  return {
    live,
    claimed,
    nextAppend: (how: Next) => {
      next = how
    },
    /** Holds the next append until `go` settles; resolves once it is held. */
    holdNext: (go: Promise<void>) =>
      new Promise<void>((entered) => {
        holding = { entered, go }
      }),
  }
}

const create = (token?: string) =>
  CreateSession.parse({
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'one-table' },
    ...(token === undefined ? {} : { token }),
  })

/** The code of the session a create answered with, here or named for another server. */
const codeOf = (made: Awaited<ReturnType<LiveSessions['create']>>) => {
  if (!made.ok) throw new Error(made.error.message)
  return 'session' in made ? made.session.code : made.elsewhere.code
}

describe.each(STORES)('a create sent again, on %s', (_name, open) => {
  it('is answered with the session its first attempt made when the answer was lost on the way', async () => {
    const log = await open()
    const { live } = await sessionsOn(log)
    const token = newToken()
    const first = await live.create(create(token))
    const again = await live.create(create(token))
    expect(again).toMatchObject({ ok: true, token })
    expect(codeOf(again)).toBe(codeOf(first))
    expect(await log.sessions()).toHaveLength(1)
    expect(live.size).toBe(1)
  })

  it('is answered with the session its first attempt made when that reached the log unanswered', async () => {
    const log = await open()
    const { live, nextAppend } = await sessionsOn(log)
    const token = newToken()
    nextAppend('late')
    await expect(live.create(create(token))).rejects.toThrow('Query read timeout')
    expect(live.size).toBe(0)
    const [logged, ...more] = await log.sessions()
    expect(more).toEqual([])

    const again = await live.create(create(token))
    expect(again).toMatchObject({ ok: true, token, session: { id: logged?.id, code: logged?.code } })
    expect(await log.sessions()).toHaveLength(1)
    expect(await log.events(logged!.id)).toHaveLength(1)
    // Read from the log, the session is held now, its facilitator's seat found by the token.
    expect(live.seatOf(token)).toMatchObject({ session: logged?.id, identity: { kind: 'facilitator' } })
  })

  it('makes one session when the first attempt never reached the log', async () => {
    const log = await open()
    const { live, nextAppend } = await sessionsOn(log)
    const token = newToken()
    nextAppend('lost')
    await expect(live.create(create(token))).rejects.toThrow()
    expect(await live.create(create(token))).toMatchObject({ ok: true, token })
    expect(await log.sessions()).toHaveLength(1)
  })

  it('is answered with the session of an attempt that reached the log while the first still waited', async () => {
    const log = await open()
    const { live, holdNext } = await sessionsOn(log)
    const token = newToken()
    let go = () => {}
    const held = holdNext(new Promise<void>((done) => (go = done)))
    const first = live.create(create(token))
    await held
    const second = await live.create(create(token))
    go()
    // The first reaches the log second, refused there as the same facilitator's, and answers as the second did.
    const late = await first
    expect(codeOf(late)).toBe(codeOf(second))
    expect(await log.sessions()).toHaveLength(1)
  })

  it('lets go of the lease of a create given up on, unless a create sent again has read it from the log', async () => {
    const log = await open()
    const { live, claimed, nextAppend } = await sessionsOn(log)
    nextAppend('late')
    const token = newToken()
    await expect(live.create(create(token))).rejects.toThrow()
    nextAppend('lost')
    await expect(live.create(create())).rejects.toThrow()
    expect(await live.create(create(token))).toMatchObject({ ok: true })
    const letGo: SessionId[][] = []
    await live.letGoOfGivenUp(async (ids) => void letGo.push(ids))
    // The second, never written, is let go; the first is held here now.
    expect(letGo).toEqual([[claimed[1]]])
    await live.letGoOfGivenUp(async (ids) => void letGo.push(ids))
    expect(letGo).toHaveLength(1)
  })

  it("refuses a team's token, and makes a new session for each create without one, as for older clients", async () => {
    const log = await open()
    const { live } = await sessionsOn(log)
    const made = await live.create(create(newToken()))
    if (!made.ok || !('session' in made)) throw new Error('not made')
    const teamToken = newToken()
    expect(
      await live.join({ code: made.session.code, name: 'Steppe', token: teamToken }, 'browser-1'),
    ).toMatchObject({
      ok: true,
    })
    expect(await live.create(create(teamToken))).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const one = await live.create(create())
    const two = await live.create(create())
    expect(codeOf(one)).not.toBe(codeOf(two))
    expect(await log.sessions()).toHaveLength(3)
  })
})

it('takes a create token of 128 bits in base64url, and refuses any other', () => {
  expect(CreateSession.safeParse({ ...create(), token: newToken() }).success).toBe(true)
  for (const token of ['short', `${newToken()}x`, `${'a'.repeat(21)}=`, `${'a'.repeat(21)}+`])
    expect(CreateSession.safeParse({ ...create(), token }).success).toBe(false)
})
