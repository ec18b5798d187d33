// The autosave reads back only what it wrote: anything else is reported, never trusted.
import { describe, expect, it } from 'vitest'
import { MAX_NAME, readSave, SAVE_KEY, SAVE_VERSION, writeSave } from '../src/store/saved-game'
import { memoryStorage } from './ui-fakes'

const game = {
  scenario: 'kazakhstan-2022',
  role: 'russia',
  seed: 42,
  decisions: ['refuse'],
  whatIf: { 'china.stakes': 0.5 },
}

describe('the saved game', () => {
  it('reads back what it wrote', () => {
    const storage = memoryStorage()
    writeSave(storage, game)
    expect(readSave(storage)).toEqual({ status: 'ok', game })
  })

  it("reads back the student's answers and name, and drops a name that is not one without the answers", () => {
    const answers = { scenario: 'kazakhstan-2022', role: 'russia', texts: ['Yes.'], name: 'Anna, 10B' }
    const storage = memoryStorage()
    writeSave(storage, game, answers)
    expect(readSave(storage)).toEqual({ status: 'ok', game, answers })
    for (const name of [42, 'x'.repeat(MAX_NAME + 1)]) {
      const text = JSON.stringify({ version: SAVE_VERSION, game, answers: { ...answers, name } })
      expect(readSave(memoryStorage({ [SAVE_KEY]: text }))).toEqual({
        status: 'ok',
        game,
        answers: { scenario: 'kazakhstan-2022', role: 'russia', texts: ['Yes.'] },
      })
    }
  })

  it('reports no save when there is none, or when storage is forbidden', () => {
    expect(readSave(memoryStorage())).toEqual({ status: 'none' })
    const forbidden = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {},
      removeItem: () => {},
    }
    expect(readSave(forbidden)).toEqual({ status: 'none' })
    expect(readSave(undefined)).toEqual({ status: 'none' })
  })

  it('calls text that is not JSON, or JSON of the wrong shape, corrupt', () => {
    const cases = [
      'not json',
      '[]',
      JSON.stringify({ version: SAVE_VERSION }),
      JSON.stringify({ version: SAVE_VERSION, game: { ...game, seed: -1 } }),
      JSON.stringify({ version: SAVE_VERSION, game: { ...game, role: 'Not An Id' } }),
      JSON.stringify({ version: SAVE_VERSION, game: { ...game, decisions: [1] } }),
      JSON.stringify({ version: SAVE_VERSION, game: { ...game, whatIf: { 'china.stakes': 2 } } }),
    ]
    for (const text of cases)
      expect(readSave(memoryStorage({ [SAVE_KEY]: text }))).toEqual({ status: 'unreadable', why: 'corrupt' })
  })

  it("reads back a switch's value, and drops one that is no value of its fact without the game", () => {
    const switched = {
      ...game,
      whatIf: { territory: 'own', adversary: { kind: 'outsider', actor: 'turkey' } },
    }
    const storage = memoryStorage()
    writeSave(storage, switched as never)
    expect(readSave(storage)).toEqual({ status: 'ok', game: switched })
    const odd = {
      'china.stakes': 0.5,
      territory: 'abroad',
      'threat.kind': 7,
      adversary: { kind: 'internal', actor: 'Not An Id' },
    }
    const text = JSON.stringify({ version: SAVE_VERSION, game: { ...game, whatIf: odd } })
    expect(readSave(memoryStorage({ [SAVE_KEY]: text }))).toEqual({ status: 'ok', game })
  })

  it('calls a save with another version number old', () => {
    const text = JSON.stringify({ version: SAVE_VERSION - 1, game })
    expect(readSave(memoryStorage({ [SAVE_KEY]: text }))).toEqual({
      status: 'unreadable',
      why: 'old-version',
    })
  })

  it('goes on unsaved when storage is full', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
      removeItem: () => {},
    }
    expect(() => writeSave(full, game)).not.toThrow()
  })
})
