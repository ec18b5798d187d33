// What a live seat's screens load: a team's phone (the join screen) and the facilitator's laptop hold a seat over
// the workshop server, which runs the session's rules. Neither page needs those rules (decide.ts), the messages'
// checks (zod, the scenario loader and its YAML parser) or the table that compares team names by their look
// (unhomoglyph, 28 KB compressed): until 6 December they came, with the rest, to 205 KB of script on every team's
// phone, reached through the live store's face (pass-the-device's exports), the protocol's face and the join code's
// constants. The engine's core does come: a seat words outcomes and results with it. Pass-the-device, which runs the
// rules in the browser, loads them through a face of its own.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importersOf, SRC, staticGraph } from './source-imports'

const HEAVY = /^(zod|yaml|unhomoglyph|live\/decide\.ts|scenario\/index\.ts)$/

describe("a live seat's screens", () => {
  for (const screen of ['ui/live/join-screen.tsx', 'ui/live/facilitate-screen.tsx']) {
    it(`${screen} brings none of the session's rules or the messages' checks`, () => {
      const graph = staticGraph(join(SRC, screen))
      expect([...graph.keys()].length).toBeGreaterThan(10)
      expect(importersOf(graph, HEAVY)).toEqual([])
    })
  }

  it("pass-the-device's screen does bring them: it runs the session in the browser", () => {
    const graph = staticGraph(join(SRC, 'ui/live/pass-device-screen.tsx'))
    expect(
      importersOf(graph, /^(unhomoglyph|live\/decide\.ts|engine\/index\.ts)$/).length,
    ).toBeGreaterThanOrEqual(3)
  })
})
