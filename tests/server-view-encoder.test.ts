// The server's socket.io encoder serialises a debrief once for every team of a broadcast: what it writes must
// be what socket.io's own encoder writes, and a team's debrief must be the same for every team.
// @vitest-environment node
import { Encoder, type Packet, PacketType } from 'socket.io-parser'
import { describe, expect, it, vi } from 'vitest'
import { facilitatorView, outcomeOf, teamView } from '../src/live'
import { viewParser } from '../src/server/view-encoder'
import { wholeDebrief } from './server-client'
import { Driver } from './server-fakes'

/** Three tables played to the end, outcomes in: the views a session's last broadcast sends. */
function finished() {
  const d = new Driver({ format: { kind: 'parallel-whole' } })
  const teams = ['North', 'South', 'East'].map((name) => d.join(name))
  d.facilitator({ kind: 'start' })
  d.facilitator({ kind: 'release', inject: d.session.base.injects[0]!.id })
  d.facilitator({ kind: 'finish' })
  const facilitator = facilitatorView(d.session, 'http://localhost/#/join/ABC234', outcomeOf, 0)
  return { facilitator, teams: teams.map((id) => teamView(d.session, id, outcomeOf, 0)) }
}

const view = (data: unknown): Packet => ({ type: PacketType.EVENT, nsp: '/', data: ['view', data] })
const ours = new viewParser.Encoder()
const socketIos = new Encoder()

describe('the view encoder', () => {
  it('writes a view with a debrief exactly as socket.io would', () => {
    const { facilitator, teams } = finished()
    for (const v of [facilitator, ...teams]) expect(ours.encode(view(v))).toEqual(socketIos.encode(view(v)))
  })

  it('writes a debrief shared by several views once, and each view the same as before', () => {
    const { teams } = finished()
    const shared = teams.map((v) => ({ ...v, debrief: teams[0]!.debrief }))
    const stringify = vi.spyOn(JSON, 'stringify')
    try {
      const written = shared.map((v) => ours.encode(view(v)))
      // One for each view's own fields, one for the debrief they share.
      expect(stringify).toHaveBeenCalledTimes(teams.length + 1)
      expect(written).toEqual(teams.map((v) => socketIos.encode(view(v))))
    } finally {
      stringify.mockRestore()
    }
  })

  it('writes a view without a debrief as socket.io would, and leaves acks, other events and binary to socket.io', () => {
    const d = new Driver({ format: { kind: 'parallel-whole' } })
    const north = d.join('North')
    d.facilitator({ kind: 'start' })
    const packets: Packet[] = [
      view(teamView(d.session, north, outcomeOf, 0)),
      { type: PacketType.ACK, nsp: '/', id: 3, data: [{ ok: true }] },
      { type: PacketType.EVENT, nsp: '/', data: ['other', { debrief: { a: 1 } }] },
      { type: PacketType.EVENT, nsp: '/', id: 4, data: ['view', { debrief: { a: 1 } }] },
      { type: PacketType.EVENT, nsp: '/admin', data: ['view', { debrief: { a: 1 } }] },
      { type: PacketType.ACK, nsp: '/', id: 5, data: [{ file: Buffer.from('binary') }] },
    ]
    for (const p of packets) expect(ours.encode(p)).toEqual(socketIos.encode(p))
  })
})

describe('the debrief', () => {
  // rooms.ts builds a broadcast's debrief once and gives it to every team: were one team's ever to
  // differ (a secret in it), that sharing would leak it, and this fails first.
  it("is the same for every team: the facilitator's, with every table the facilitator sees", () => {
    const { facilitator, teams } = finished()
    expect(facilitator.debrief).not.toBeNull()
    const whole = wholeDebrief(facilitator)
    expect(whole?.tables).toHaveLength(3)
    for (const v of teams) expect(v.debrief).toEqual(whole)
  })

  it("is not in the facilitator's view twice: its tables are in the view's own", () => {
    const { facilitator } = finished()
    expect(Object.keys(facilitator.debrief ?? {}).sort()).toEqual(['history', 'questions'])
  })
})
