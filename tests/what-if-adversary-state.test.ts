// A what-if switch that names the adversary's state (docs/authoring.md §3.6). The state must be one the crisis names
// already: offered by the switch alone, it joined every game the scenario plays, its own too, and China, named so in
// a crisis it does not watch, answered in each. Named so, the switch replays the game on the state as the enemy, the
// state takes no decision of its own, and the choice comes back with the saved game.
import { describe, expect, it } from 'vitest'
import { withFacts } from '../src/engine'
import type { ActorId } from '../src/scenario'
import { createGameStore, SAVE_KEY, SAVE_VERSION } from '../src/store'
import { crisisProblems, engineGame, loadCrisis } from './fake-crisis-file'
import { fakeLibrary, memoryStorage, playAt, testSession } from './ui-fakes'

const AZERBAIJAN = { kind: 'outsider', actor: 'azerbaijan' as ActorId } as const
const REQUEST = 'request:foreign-backed:peacekeepers:14'

describe('a what-if switch to an adversary state', () => {
  it('names a state the crisis names already, or the file is refused', () => {
    // Turkey is in the catalog, but in no part of this crisis.
    expect(crisisProblems({ whatIf: [{ adversary: [{ kind: 'outsider', actor: 'turkey' }] }] })).toEqual([
      'whatIf.0.adversary.0.actor: "turkey" plays no part here: add it to members or observers',
    ])
    // China as the attacker, where Beijing watches nothing: offered, it used to answer in the scenario's own game.
    const unwatched = {
      observers: ['west'],
      roles: [{ id: 'government', actor: 'kazakhstan', title: 'The government', briefing: 'You govern.' }],
    }
    expect(
      crisisProblems({ ...unwatched, whatIf: [{ adversary: [{ kind: 'outsider', actor: 'china' }] }] }),
    ).toEqual(['whatIf.0.adversary.0.actor: "china" plays no part here: add it to members or observers'])
    // A member adversary that is no member is told once, as that, as at an inject.
    expect(crisisProblems({ whatIf: [{ adversary: [{ kind: 'member', actor: 'turkey' }] }] })).toEqual([
      'whatIf.0.adversary.0.actor: an adversary of kind "member" must name one of the members',
    ])
    // An observer or a member is named already. An inject names only such a state too (inject-adversary-state.test.ts),
    // so a state an inject would bring in is refused at the inject and at the switch alike.
    expect(crisisProblems({ whatIf: [{ adversary: [AZERBAIJAN] }] })).toEqual([])
    expect(
      crisisProblems({
        whatIf: [{ adversary: [{ kind: 'outsider', actor: 'turkey' }] }],
        injects: [
          {
            id: 'turkey',
            title: 'Turkey steps in',
            text: 'Turkish troops cross the border.',
            changes: [{ fact: 'adversary', to: { kind: 'outsider', actor: 'turkey' } }],
          },
        ],
      }),
    ).toEqual([
      'whatIf.0.adversary.0.actor: "turkey" plays no part here: add it to members or observers',
      'injects.0.changes.0.to.actor: "turkey" is not in the crisis before this inject: list it in observers, and it takes part in every game from the start',
    ])
  })

  it("leaves the scenario's own game as it was, and the state takes no decision when switched to", () => {
    const plain = loadCrisis({ whatIf: ['moscow.legitimacy'] })
    const offered = loadCrisis({ whatIf: ['moscow.legitimacy', { adversary: [AZERBAIJAN] }] })
    expect(Object.keys(offered.actors)).toEqual(Object.keys(plain.actors))
    expect(engineGame(offered)).toEqual(engineGame(plain))
    const switched = engineGame(withFacts(offered, [{ fact: 'adversary', to: AZERBAIJAN }]))
    // A state's attack is told as one: the framing moves, and the rest follows it.
    expect(switched[0]).toBe('kazakhstan:request:external-attack:peacekeepers:14')
    expect(switched.map((m) => m.split(':')[0])).not.toContain('azerbaijan')
  })

  it('replays the page on the state as the enemy and reads it back with the saved game', async () => {
    const scenario = loadCrisis({ whatIf: ['moscow.legitimacy', { adversary: [AZERBAIJAN] }] })
    const storage = memoryStorage()
    const open = async () => {
      const store = createGameStore({
        loadLibrary: async () => fakeLibrary([scenario]),
        loadSession: async () => testSession(),
        storage,
        randomSeed: () => 3,
      })
      await store.getState().load('all')
      await store
        .getState()
        .enter(playAt('test-crisis', 'government', 'what-if', { seed: 3, choices: [REQUEST] }))
      return store
    }
    const store = await open()
    await store.getState().setSwitch('adversary', AZERBAIJAN)
    expect(store.getState().whatIf).toMatchObject({ changes: { adversary: AZERBAIJAN } })
    const replayed = store.getState().whatIf!.moves.map((m) => m.actor)
    expect(replayed).not.toContain('azerbaijan')

    // Saved with the game, as a reload finds it: the switch and its replay come back.
    const game = { scenario: 'test-crisis', role: 'government', seed: 3, decisions: [REQUEST] }
    storage.setItem(
      SAVE_KEY,
      JSON.stringify({ version: SAVE_VERSION, game: { ...game, whatIf: { adversary: AZERBAIJAN } } }),
    )
    const reloaded = await open()
    expect(reloaded.getState().game!.whatIf).toEqual({ adversary: AZERBAIJAN })
    expect(reloaded.getState().whatIf).toMatchObject({ changes: { adversary: AZERBAIJAN } })
    expect(reloaded.getState().whatIf!.moves).toEqual(store.getState().whatIf!.moves)
  })
})
