// Resumes of one seat, as a script holding the seat's token sends them: each is answered with the whole brief and
// view (over 40 KB at a game's end), and 100 sockets resuming ten seats ten times a second each, within every
// other limit, kept the server busy enough to hold other clients' answers back. A seat may now be resumed
// LIMITS.seatResumeBurst times at once, from all its sockets together, then LIMITS.seatResumesPerSecond a second.
// Only who holds the token spends it: the other seats, the facilitator's among them, resume as before.
// @vitest-environment node
import { expect, it } from 'vitest'
import { LIMITS } from '../src/live/protocol'
import { rejoinServers, workshop } from './rejoin-servers'
import type { AnyReply } from './server-client'

let now = Date.UTC(2026, 4, 1, 9)
const servers = rejoinServers('article-four-resume-budget-', () => now)

it("refuses a seat's resumes past its budget, tells when the next may come, and leaves the other seats alone", async () => {
  now = Date.UTC(2026, 4, 1, 9)
  const at = await servers()
  const { created, teams } = await workshop(at, ['North', 'South'])
  const [north, south] = teams
  // Every device a seat may have, reconnecting twice over: two sockets of ten resumes each.
  const devices = [await at.client(), await at.client()]
  const answers: AnyReply[] = []
  for (let i = 0; i < LIMITS.seatResumeBurst; i++)
    answers.push(await devices[i % 2]!.call('team:resume', { token: north!.token }))
  expect(answers.every((a) => a.ok)).toBe(true)

  const refused: AnyReply = await (await at.client()).call('team:resume', { token: north!.token })
  expect(refused).toEqual({
    ok: false,
    error: {
      code: 'rate-limited',
      reason: 'resumes-spent',
      retryAfterMs: 1_000 / LIMITS.seatResumesPerSecond,
      message: `one seat may be resumed at most ${LIMITS.seatResumeBurst} times at once, then ${LIMITS.seatResumesPerSecond} a second: reload in 1 s`,
    },
  })
  // Another team's seat and the facilitator's have budgets of their own.
  expect(await (await at.client()).call('team:resume', { token: south!.token })).toMatchObject({ ok: true })
  expect(await (await at.client()).call('facilitator:resume', { token: created.token })).toMatchObject({
    ok: true,
  })

  // A second later the seat may be resumed once more, and then waits again.
  now += 1_000 / LIMITS.seatResumesPerSecond
  const back: AnyReply = await (await at.client()).call('team:resume', { token: north!.token })
  expect(back).toMatchObject({ ok: true, view: { team: { id: north!.id } } })
  expect(await (await at.client()).call('team:resume', { token: north!.token })).toMatchObject({
    error: { reason: 'resumes-spent' },
  })
})
