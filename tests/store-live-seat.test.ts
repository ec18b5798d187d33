// The browser's seats against a real workshop server on 127.0.0.1: a team joins and keeps its token,
// a reload (a new socket) or a dropped connection resumes the same team at the same phase, refusals
// become messages, and a token the server does not know leaves the seat free to join again.
// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { io } from 'socket.io-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StoreApi } from 'zustand/vanilla'
import { type RunningServer, startServer } from '../src/server/server'
import type { SaveStorage } from '../src/store'
import {
  createLiveSession,
  facilitatorSeat,
  type SeatDeps,
  type SeatState,
  teamSeat,
} from '../src/store/live'
import type { LiveSocket } from '../src/store/live/connection'

let server: RunningServer
let dir: string
const sockets: LiveSocket[] = []

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'article-four-seat-'))
  mkdirSync(join(dir, 'dist'))
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>Article Four</title>')
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: join(dir, 'data'),
    distDir: join(dir, 'dist'),
    log: () => {},
  })
})

afterAll(async () => {
  for (const s of sockets) s.disconnect()
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

function storage(): SaveStorage & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  }
}

/** A browser page: its own socket (reconnecting quickly, as the real one does) and a storage it may share. */
function page(kept: SaveStorage = storage()): SeatDeps {
  const socket: LiveSocket = io(server.url, {
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 50,
    reconnectionDelayMax: 100,
  })
  sockets.push(socket)
  return { socket, storage: kept, now: () => Date.now() }
}

/** Resolves when the store's state passes the test; fails after a while with the last state seen. */
function until<S>(store: StoreApi<S>, test: (s: S) => boolean, ms = 4_000): Promise<S> {
  if (test(store.getState())) return Promise.resolve(store.getState())
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      stop()
      fail(new Error(`state never came: ${JSON.stringify(store.getState()).slice(0, 400)}`))
    }, ms)
    const stop = store.subscribe((s) => {
      if (!test(s)) return
      clearTimeout(timer)
      stop()
      done(s)
    })
  })
}

const online = (s: SeatState<'team'> | SeatState<'facilitator'>) => s.connection === 'online'

async function newSession() {
  const deps = page()
  await new Promise<void>((done) => deps.socket.once('connect', () => done()))
  const created = await createLiveSession(
    {
      scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
      format: { kind: 'one-table' },
      roundSeconds: 300,
    },
    deps,
  )
  if (!created.ok) throw new Error(created.message)
  const facilitator = facilitatorSeat(created.code, deps)
  await until(facilitator.store, (s) => s.view !== null)
  return { code: created.code, facilitator, deps }
}

describe('a live seat in the browser', () => {
  it('creates a session and resumes the facilitator with the token it kept', async () => {
    const { code, facilitator, deps } = await newSession()
    expect(deps.storage && [...(deps.storage as ReturnType<typeof storage>).data.keys()]).toEqual([
      `article-four:live:facilitator:${code}`,
    ])
    expect(facilitator.store.getState()).toMatchObject({
      unseated: false,
      view: { code, phase: { kind: 'lobby' } },
    })
  })

  it('joins a team, and a reload resumes the same team at the same phase', async () => {
    const { code, facilitator } = await newSession()
    const kept = storage()
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
    deps.socket.io.engine.close()
    await until(seat.store, (s) => s.connection === 'reconnecting')
    const back = await until(seat.store, (s) => online(s) && s.view?.turn?.submitted === 'no-request')
    expect(back.view?.phase).toMatchObject({ kind: 'deciding', round: 1 })
    await until(facilitator.store, (s) => s.view?.allSubmitted === true)
  })

  it("turns the server's refusals into a message, and a success clears it", async () => {
    const { code, facilitator } = await newSession()
    const seat = teamSeat(code, page())
    await until(seat.store, (s) => online(s) && s.unseated)
    await seat.join('Steppe')
    expect(await facilitator.command({ kind: 'advance' })).toBe(false)
    expect(facilitator.store.getState().error).toBe('there is no round to reveal')
    expect(await seat.submit(1, 'no-request')).toBe(false)
    expect(seat.store.getState().error).toBe('no round is open')
    expect(await facilitator.command({ kind: 'start' })).toBe(true)
    expect(facilitator.store.getState().error).toBeNull()

    const other = teamSeat(code, page())
    await until(other.store, (s) => online(s) && s.unseated)
    expect(await other.join('Latecomers')).toBe(false)
    expect(other.store.getState().error).toMatch(/the session has started/)
  })

  it('shows the join form the free roles, and seats a team in the role it asks for', async () => {
    const { code, facilitator } = await newSession()
    const first = teamSeat(code, page())
    await until(first.store, (s) => online(s) && s.unseated)
    const before = await first.lobby()
    expect(before).toMatchObject({ code, title: 'Kazakhstan, January 2022', open: true })
    expect(before?.roles.every((r) => r.free)).toBe(true)
    expect(await first.join('Moscow', 'kremlin')).toBe(true)
    expect(first.store.getState().brief?.team.roles.map((r) => r.id)).toEqual(['kremlin'])

    const second = teamSeat(code, page())
    await until(second.store, (s) => online(s) && s.unseated)
    const after = await second.lobby()
    expect(after?.roles.filter((r) => !r.free).map((r) => r.id)).toEqual(['kremlin'])
    expect(await second.join('Also Moscow', 'kremlin')).toBe(false)
    expect(second.store.getState().error).toBe('"kremlin" is taken')

    await facilitator.command({ kind: 'start' })
    expect(await second.lobby()).toMatchObject({ open: false })
    const lost = teamSeat('ZZZZZZ', page())
    await until(lost.store, online)
    expect(await lost.lobby()).toBeNull()
    expect(lost.store.getState().error).toBe('no session with the code ZZZZZZ')
  })

  it('forgets a token the server does not know and offers the join form', async () => {
    const { code } = await newSession()
    const kept = storage()
    kept.setItem(`article-four:live:team:${code}`, 'AAAAAAAAAAAAAAAAAAAAAA')
    const seat = teamSeat(code, page(kept))
    const state = await until(seat.store, (s) => online(s) && s.unseated)
    expect(state.view).toBeNull()
    expect(kept.data.size).toBe(0)
  })

  it('refuses a scenario with mistakes, each with its line', async () => {
    const deps = page()
    await new Promise<void>((done) => deps.socket.once('connect', () => done()))
    const created = await createLiveSession(
      {
        scenario: { kind: 'yaml', text: 'id: broken\ntitle: 12\n', name: 'broken.yaml' },
        format: { kind: 'one-table' },
      },
      deps,
    )
    expect(created.ok).toBe(false)
    if (created.ok) return
    expect(created.problems.length).toBeGreaterThan(0)
    expect(created.problems.every((p) => p.file === 'broken.yaml' && p.line >= 1)).toBe(true)
  })
})
