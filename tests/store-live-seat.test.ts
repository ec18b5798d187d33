// The browser's seats against a real workshop server on 127.0.0.1: a team joins and keeps its token,
// a reload (a new socket) or a dropped connection resumes the same team at the same phase, refusals
// become messages, and a token the server does not know leaves the seat free to join again.
// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { io } from 'socket.io-client'
import { describe, expect, it } from 'vitest'
import { resultsIn } from '../src/live'
import { HANDSHAKE, PROTOCOL_VERSION } from '../src/live/protocol'
import { lookupsOf } from '../src/scenario/bundled-translations'
import type { SaveStorage } from '../src/store'
import { IMPORTED_KEY, IMPORTED_VERSION } from '../src/store/imported-scenarios'
import {
  createLiveSession,
  facilitatorSeat,
  liveLink,
  liveSetup,
  type SeatDeps,
  type SeatState,
  teamSeat,
} from '../src/store/live'
import type { Handshake, LiveSocket } from '../src/store/live/connection'
import { heldSessions } from '../src/store/live/tokens'
import { TEMPLATE } from '../src/store/workshop-template'
import { fileServer } from './file-server'
import { memoryStorage } from './memory-storage'
import { wholeDebrief } from './server-client'
import { until } from './store-until'

const server = fileServer('article-four-seat-')
const sockets: LiveSocket[] = []
/** A seed whose course, played out by the engine, reaches the Council. */
const SEED = 1

server.beforeClose(() => {
  for (const s of sockets) s.disconnect()
})

/** A socket to the test's server, reconnecting quickly, as the browser's does, with the handshake it is given. */
function openSocket(auth: Handshake = HANDSHAKE): LiveSocket {
  const socket: LiveSocket = io(server.url, {
    transports: ['websocket'],
    auth,
    forceNew: true,
    reconnectionDelay: 50,
    reconnectionDelayMax: 100,
  })
  sockets.push(socket)
  return socket
}

/** A browser page: its own link (its socket opened when a seat first needs it) and a storage it may share. */
function page(kept: SaveStorage = memoryStorage()): SeatDeps & { socket: () => LiveSocket } {
  const link = liveLink(openSocket)
  return { link, socket: link.socket, storage: kept, now: () => Date.now() }
}

const online = (s: SeatState<'team'> | SeatState<'facilitator'>) => s.connection === 'online'

/** A session of kazakhstan-2022 at one table; its seed the server's draw unless the test names one. */
async function newSession(seed?: number) {
  const deps = page()
  deps.socket()
  await until(deps.link.store, (s) => s.connection === 'online')
  const created = await createLiveSession(
    {
      scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
      format: { kind: 'one-table' },
      roundSeconds: 300,
      ...(seed === undefined ? {} : { seed }),
    },
    deps,
  )
  if (!created.ok) throw new Error(created.error.detail)
  const facilitator = facilitatorSeat(created.code, deps)
  await until(facilitator.store, (s) => s.view !== null)
  return { code: created.code, facilitator, deps }
}

describe('a live seat in the browser', () => {
  it('creates a session and resumes the facilitator with the token it kept', async () => {
    const { code, facilitator, deps } = await newSession()
    // The token, and the list of sessions this browser runs that the set-up page offers to go back to.
    expect(deps.storage && [...(deps.storage as ReturnType<typeof memoryStorage>).data.keys()]).toEqual([
      `article-four:live:facilitator:${code}`,
      'article-four:live:held',
    ])
    expect(heldSessions(deps.storage)).toEqual([code])
    expect(facilitator.store.getState()).toMatchObject({
      unseated: false,
      view: { code, phase: { kind: 'lobby' } },
    })
  })

  it("reads the session's lobby in a browser with no facilitator key, to say whether it can still be joined", async () => {
    const { code, facilitator } = await newSession()
    const early = facilitatorSeat(code, page())
    const before = await until(early.store, (s) => online(s) && s.unseated && s.lobby !== undefined)
    expect(before.lobby).toMatchObject({ code, open: true, finished: false })
    expect(before.view).toBeNull()
    const team = teamSeat(code, page())
    await until(team.store, (s) => online(s) && s.unseated)
    expect(await team.join('Steppe')).toBe(true)
    expect(await facilitator.command({ kind: 'start' })).toBe(true)

    const late = facilitatorSeat(code, page())
    const after = await until(late.store, (s) => online(s) && s.lobby !== undefined)
    expect(after).toMatchObject({ unseated: true, view: null, lobby: { code, open: false, finished: false } })

    const lost = facilitatorSeat('ZZZZZZ', page())
    expect((await until(lost.store, (s) => online(s) && s.lobby !== undefined)).lobby).toBeNull()
    // The facilitator's own seat, which holds the key, never asks.
    expect(facilitator.store.getState().lobby).toBeUndefined()
  })

  it("writes the results file in the reader's language from the server's English, the column names unchanged", async () => {
    // The engine plays the finished table out at its temperature, so the seed fixes the course it takes: this
    // one reaches the Council's vote, whose consents the file names (the server's own draw sometimes did not).
    const { code, facilitator } = await newSession(SEED)
    const team = teamSeat(code, page())
    await until(team.store, (s) => online(s) && s.unseated)
    expect(await team.join('Steppe')).toBe(true)
    expect(await facilitator.command({ kind: 'start' })).toBe(true)
    expect(await facilitator.command({ kind: 'finish' })).toBe(true)
    const english = await facilitator.exportResults('csv')
    const russian = await facilitator.exportResults('csv', {
      results: (r) => resultsIn(r, lookupsOf('kazakhstan-2022', 'ru')),
      words: { injectRound: (title, round) => `${title} (раунд ${round})` },
    })
    expect(english!.body).toContain('Belarus consent')
    expect(russian?.filename).toBe(english?.filename)
    const [header, row] = russian!.body.split('\r\n')
    expect(header).toBe(english!.body.split('\r\n')[0])
    expect(row).toContain('Беларусь consent')
    expect(russian!.body).not.toContain('belarus consent')
    // The JSON's record in Russian too, its source keys taken out after it was translated.
    const json = await facilitator.exportResults('json', {
      results: (r) => resultsIn(r, lookupsOf('kazakhstan-2022', 'ru')),
      words: { injectRound: (title, round) => `${title} (раунд ${round})` },
    })
    const summary = JSON.parse(json!.body).history.summary as string
    expect(summary).toMatch(/Токаев/)
    expect(summary).not.toMatch(/\[[a-z][a-z0-9-]*(;\s*[a-z][a-z0-9-]*)*\]/)
  })

  it('joins a team, and a reload resumes the same team at the same phase', async () => {
    const { code, facilitator } = await newSession()
    const kept = memoryStorage()
    const first = teamSeat(code, page(kept))
    await until(first.store, (s) => online(s) && s.unseated)
    expect(await first.join('Steppe')).toBe(true)
    expect(first.store.getState().brief?.team.roles.map((r) => r.id)).toEqual(['tokayev'])
    expect(await facilitator.command({ kind: 'start' })).toBe(true)
    await until(first.store, (s) => s.view?.turn?.stage === 'request')

    // The reload: a new page with the same storage, and so the same token.
    first.close()
    const again = teamSeat(code, page(kept))
    const back = await until(again.store, (s) => s.view !== null)
    expect(back.unseated).toBe(false)
    expect(back.view).toMatchObject({ team: { name: 'Steppe' }, phase: { kind: 'deciding', round: 1 } })
    expect(back.view?.turn).toMatchObject({ round: 1, stage: 'request', submitted: null })
  })

  it('comes back by itself after a dropped connection, with its submitted decision', async () => {
    const { code, facilitator } = await newSession()
    const deps = page()
    const seat = teamSeat(code, deps)
    await until(seat.store, (s) => online(s) && s.unseated)
    await seat.join('Steppe')
    await facilitator.command({ kind: 'start' })
    await until(seat.store, (s) => s.view?.turn !== null && s.view?.turn !== undefined)
    expect(await seat.submit(1, 'no-request')).toBe(true)

    // The transport closes under the socket, as a phone leaving the Wi-Fi does; socket.io reconnects.
    deps.socket().io.engine.close()
    await until(seat.store, (s) => s.connection === 'reconnecting')
    const back = await until(seat.store, (s) => online(s) && s.view?.turn?.submitted === 'no-request')
    expect(back.view?.phase).toMatchObject({ kind: 'deciding', round: 1 })
    await until(facilitator.store, (s) => s.view?.allSubmitted === true)
  })

  it("puts a finished game's outcomes, sent after its last view, into the views it holds", async () => {
    const { code, facilitator } = await newSession()
    const seat = teamSeat(code, page())
    await until(seat.store, (s) => online(s) && s.unseated)
    await seat.join('Steppe')
    await facilitator.command({ kind: 'start' })
    await facilitator.command({ kind: 'finish' })
    const computed = (s: SeatState<'team'> | SeatState<'facilitator'>) =>
      !!(s.view && wholeDebrief(s.view)?.tables.every((t) => t.outcome !== null))
    // The outcome worker starts with the server: under load its first outcome may take seconds.
    const team = await until(seat.store, computed)
    expect(team.view?.table?.outcome).toEqual(team.view?.debrief?.tables[0]?.outcome)
    const projector = await until(facilitator.store, computed)
    expect(projector.view?.tables[0]?.outcome).toEqual(team.view?.table?.outcome)
  })

  it("keeps the server's refusals by their code and the request they answer, and a success clears them", async () => {
    const { code, facilitator } = await newSession()
    const seat = teamSeat(code, page())
    await until(seat.store, (s) => online(s) && s.unseated)
    await seat.join('Steppe')
    expect(await facilitator.command({ kind: 'advance' })).toBe(false)
    expect(facilitator.store.getState().error).toEqual({
      code: 'conflict',
      request: 'command',
      detail: 'there is no round to reveal',
    })
    expect(await seat.submit(1, 'no-request')).toBe(false)
    expect(seat.store.getState().error).toEqual({
      code: 'conflict',
      request: 'submit',
      reason: 'no-round',
      detail: 'no round is open',
    })
    expect(await facilitator.command({ kind: 'start' })).toBe(true)
    expect(facilitator.store.getState().error).toBeNull()

    const other = teamSeat(code, page())
    await until(other.store, (s) => online(s) && s.unseated)
    expect(await other.join('Latecomers')).toBe(false)
    expect(other.store.getState().error).toMatchObject({
      code: 'conflict',
      request: 'join',
      reason: 'started',
      detail: expect.stringMatching(/the session has started/),
    })
  })

  it('drops a refused submission once its round is over, and keeps none the end of the session made', async () => {
    const { code, facilitator } = await newSession()
    const seat = teamSeat(code, page())
    await until(seat.store, (s) => online(s) && s.unseated)
    await seat.join('Steppe')
    // Sent in the lobby: "no round is open" is true, and stays on screen while it is.
    expect(await seat.submit(1, 'no-request')).toBe(false)
    expect(seat.store.getState().error).toMatchObject({ request: 'submit', reason: 'no-round' })
    await facilitator.command({ kind: 'start' })
    const opened = await until(seat.store, (s) => s.view?.phase.kind === 'deciding')
    expect(opened.error).toBeNull()

    // Sent as the session ended: the refusal says nothing the finished screen does not say better.
    await facilitator.command({ kind: 'finish' })
    await until(seat.store, (s) => s.view?.phase.kind === 'finished')
    expect(await seat.submit(1, 'no-request')).toBe(false)
    expect(seat.store.getState().error).toBeNull()
  })

  it('shows the join form the free roles, and seats a team in the role it asks for', async () => {
    const { code, facilitator } = await newSession()
    const first = teamSeat(code, page())
    const { lobby: before } = await until(
      first.store,
      (s) => online(s) && s.unseated && s.lobby !== undefined,
    )
    expect(before).toMatchObject({ code, title: 'Kazakhstan, January 2022', open: true })
    expect(before?.roles.every((r) => r.free)).toBe(true)
    expect(await first.join('Moscow', 'kremlin')).toBe(true)
    expect(first.store.getState().brief?.team.roles.map((r) => r.id)).toEqual(['kremlin'])
    expect(first.store.getState().lobby).toBeUndefined()

    const second = teamSeat(code, page())
    const { lobby: after } = await until(second.store, (s) => online(s) && s.lobby !== undefined)
    expect(after?.roles.filter((r) => !r.free).map((r) => r.id)).toEqual(['kremlin'])
    // Refused, the seat asks for the lobby again: it shows the session as it is now.
    await facilitator.command({ kind: 'start' })
    expect(await second.join('Also Moscow', 'kremlin')).toBe(false)
    expect(second.store.getState().error).toMatchObject({
      code: 'conflict',
      request: 'join',
      reason: 'started',
    })
    expect((await until(second.store, (s) => s.lobby?.open === false)).lobby).toMatchObject({ code })

    const lost = teamSeat('ZZZZZZ', page())
    const refused = await until(lost.store, (s) => online(s) && s.lobby !== undefined)
    expect(refused.lobby).toBeNull()
    expect(refused.error).toEqual({
      code: 'not-found',
      request: 'lobby',
      detail: 'no session with the code ZZZZZZ',
    })
  })

  it('refuses a role already taken, and the join form then shows it taken', async () => {
    const { code } = await newSession()
    const first = teamSeat(code, page())
    const second = teamSeat(code, page())
    await until(second.store, (s) => s.lobby?.roles.every((r) => r.free) === true)
    await until(first.store, (s) => online(s) && s.unseated)
    expect(await first.join('Moscow', 'kremlin')).toBe(true)
    expect(await second.join('Also Moscow', 'kremlin')).toBe(false)
    expect(second.store.getState().error).toEqual({
      code: 'conflict',
      request: 'join',
      reason: 'role-taken',
      detail: '"kremlin" is taken',
    })
    const now = await until(second.store, (s) => s.lobby?.roles.some((r) => !r.free) === true)
    expect(now.lobby?.roles.filter((r) => !r.free).map((r) => r.id)).toEqual(['kremlin'])
  })

  it('offers the join form again, and forgets its token, when the facilitator removes the team', async () => {
    const { code, facilitator } = await newSession()
    const kept = memoryStorage()
    const seat = teamSeat(code, page(kept))
    await until(seat.store, (s) => online(s) && s.unseated)
    await seat.join('Squatters')
    const id = seat.store.getState().view!.team.id
    expect(await facilitator.command({ kind: 'remove', team: id })).toBe(true)
    const removed = await until(seat.store, (s) => s.unseated)
    expect(removed).toMatchObject({
      view: null,
      brief: null,
      error: {
        code: 'removed',
        request: 'resume',
        detail: 'the facilitator removed this team from the session',
      },
    })
    expect(kept.data.size).toBe(0)
    // The join form asks for the lobby again, with the removed team's role free once more.
    const again = await until(seat.store, (s) => s.lobby !== undefined)
    expect(again.lobby?.roles.every((r) => r.free)).toBe(true)
    expect(await seat.join('Steppe')).toBe(true)
  })

  it('forgets a token the server does not know and offers the join form', async () => {
    const { code } = await newSession()
    const kept = memoryStorage()
    kept.setItem(`article-four:live:team:${code}`, 'AAAAAAAAAAAAAAAAAAAAAA')
    const seat = teamSeat(code, page(kept))
    const state = await until(seat.store, (s) => online(s) && s.unseated)
    expect(state.view).toBeNull()
    expect(kept.data.size).toBe(0)
  })

  it('refuses a scenario with mistakes, each with its line', async () => {
    const deps = page()
    deps.socket()
    await until(deps.link.store, (s) => s.connection === 'online')
    const created = await createLiveSession(
      {
        scenario: { kind: 'yaml', text: 'id: broken\ntitle: 12\n', name: 'broken.yaml' },
        format: { kind: 'one-table' },
      },
      deps,
    )
    expect(created.ok).toBe(false)
    if (created.ok) return
    expect(created.error).toMatchObject({ code: 'invalid-scenario', request: 'create' })
    expect(created.problems.length).toBeGreaterThan(0)
    expect(created.problems.every((p) => p.file === 'broken.yaml' && p.line >= 1)).toBe(true)
  })

  it("tells the facilitator an imported scenario's warnings, when it loads and when it is refused", async () => {
    const deps = page()
    deps.socket()
    await until(deps.link.store, (s) => s.connection === 'online')
    // A requester outside the alliance is legal but rarely meant: a warning at its line.
    const outside = TEMPLATE.replace('requester: tajikistan', 'requester: uzbekistan').replace(
      'observers: [china, west]',
      'observers: [china, west, uzbekistan]',
    )
    const create = (text: string) =>
      createLiveSession(
        { scenario: { kind: 'yaml', text, name: 'mine.yaml' }, format: { kind: 'one-table' } },
        deps,
      )
    const loaded = await create(outside)
    expect(loaded.ok).toBe(true)
    expect(loaded.warnings.map((w) => `${w.file} ${w.path} ${w.code}`)).toEqual([
      'mine.yaml requester requester-outside',
    ])
    // The same text again is read from the server's cache, and still told.
    expect((await create(outside)).warnings.map((w) => w.code)).toEqual(['requester-outside'])
    const refused = await create(TEMPLATE.replace('requester: tajikistan', 'requester: narnia'))
    expect(refused.ok).toBe(false)
    if (refused.ok) return
    expect(refused.problems.map((p) => p.code)).toEqual(['unknown-actor'])
    expect(refused.warnings.map((w) => w.code)).toEqual(['requester-outside'])
  })

  it('holds a new session with warnings on the set-up page, for the facilitator to read first', async () => {
    const outside = TEMPLATE.replace('requester: tajikistan', 'requester: uzbekistan').replace(
      'observers: [china, west]',
      'observers: [china, west, uzbekistan]',
    )
    const deps = page(
      memoryStorage({
        [IMPORTED_KEY]: JSON.stringify({
          version: IMPORTED_VERSION,
          files: [{ id: 'my-crisis', text: outside }],
        }),
      }),
    )
    const setup = liveSetup(deps)
    await until(setup.store, (s) => s.scenarios !== null)
    const input = { format: { kind: 'one-table' }, roundSeconds: 300, autoAdvance: false } as const
    // Made, but not opened: the page holds its code and warnings rather than going to its dashboard.
    expect(await setup.create({ ...input, scenario: { kind: 'imported', id: 'my-crisis' } })).toBeNull()
    const { warned, held, error } = setup.store.getState()
    expect(error).toBeNull()
    expect(warned?.warnings.map((w) => w.code)).toEqual(['requester-outside'])
    expect(held).toEqual([warned?.code])
    // A scenario without warnings opens its dashboard at once, and the page lets go of the last one's.
    const code = await setup.create({ ...input, scenario: { kind: 'bundled', id: 'kazakhstan-2022' } })
    expect(code).toMatch(/^[A-Z0-9]+$/)
    expect(setup.store.getState().warned).toBeNull()
    setup.close()
  })
})

describe("the browser's link to the workshop server", () => {
  it('opens no socket until a seat or a screen asks for one, and reads online once it connects', async () => {
    let opened = 0
    const link = liveLink((auth) => {
      opened++
      return openSocket(auth)
    })
    expect(link.store.getState().connection).toBe('connecting')
    expect(opened).toBe(0)
    link.socket()
    link.socket()
    expect(opened).toBe(1)
    await until(link.store, (s) => s.connection === 'online')
  })

  it('reads online for a socket that connected before anyone listened', async () => {
    const socket = openSocket()
    await new Promise<void>((done) => socket.once('connect', () => done()))
    const link = liveLink(() => socket)
    link.socket()
    expect(link.store.getState().connection).toBe('online')
  })

  it('says no workshop server answers when none ever did', async () => {
    const nowhere = liveLink(() =>
      io('http://127.0.0.1:1', { transports: ['websocket'], forceNew: true, reconnection: false }),
    )
    nowhere.socket()
    await until(nowhere.store, (s) => s.connection === 'unreachable')
  })

  it("says which side is out of date when the server refuses the page's protocol version, and stays refused", async () => {
    // A page built before the server's version, and one built after it.
    const older = liveLink(openSocket, PROTOCOL_VERSION - 1)
    const newer = liveLink(openSocket, PROTOCOL_VERSION + 1)
    for (const link of [older, newer]) link.socket()
    await until(older.store, (s) => s.connection === 'outdated')
    await until(newer.store, (s) => s.connection === 'server-outdated')
    // socket.io does not retry a connection the server refused, so the page does not knock again and again.
    for (const link of [older, newer]) expect(link.socket().active).toBe(false)
    // The link's own version is let in.
    const current = liveLink(openSocket)
    current.socket()
    await until(current.store, (s) => s.connection === 'online')
  })
})

describe("the facilitator's set-up", () => {
  it('lists the bundled scenarios, whether the link came up before or after it was opened', async () => {
    const early = page()
    early.socket()
    await until(early.link.store, (s) => s.connection === 'online')
    const late = page()
    for (const deps of [early, late]) {
      const setup = liveSetup(deps)
      const { scenarios } = await until(setup.store, (s) => s.scenarios !== null)
      expect(scenarios?.map((s) => s.id)).toContain('kazakhstan-2022')
      setup.close()
    }
  })

  it('creates a session from a scenario imported in this browser, and says so when it is gone', async () => {
    const kept = memoryStorage()
    const text = readFileSync(join(import.meta.dirname, '..', 'scenarios', 'kyrgyzstan-2010.yaml'), 'utf8')
    kept.setItem(IMPORTED_KEY, JSON.stringify({ version: IMPORTED_VERSION, files: [{ id: 'mine', text }] }))
    const deps = page(kept)
    const setup = liveSetup(deps)
    await until(setup.store, (s) => s.scenarios !== null)
    const settings = { format: { kind: 'one-table' }, roundSeconds: 0 } as const
    const code = await setup.create({ scenario: { kind: 'imported', id: 'mine' }, ...settings })
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/)
    expect(kept.getItem(`article-four:live:facilitator:${code}`)).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(await setup.create({ scenario: { kind: 'imported', id: 'gone' }, ...settings })).toBeNull()
    expect(setup.store.getState()).toMatchObject({
      busy: false,
      error: { refusal: { code: 'imported-gone', request: 'create' }, problems: [] },
    })
  })
})
