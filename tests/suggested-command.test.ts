// The commands the tools suggest, pasted as they are printed: a path with a space is quoted, in English and in
// Russian; and a count of one is said in the singular.
import { describe, expect, it } from 'vitest'
import { commandWord, npmCommand } from '../src/scenario/wording/command'
import { said } from '../src/scenario/wording/en'
import { TRANSLATION_RU } from '../src/scenario/wording/ru-translation'

describe('a suggested command', () => {
  it('leaves a plain path as it is, Cyrillic included, and quotes one a shell would split', () => {
    expect(
      ['my-crisis.ru.yaml', 'мой-кризис.ru.yaml', 'my course/my crisis.yaml', 'say "no".yaml'].map(
        commandWord,
      ),
    ).toEqual([
      'my-crisis.ru.yaml',
      'мой-кризис.ru.yaml',
      '"my course/my crisis.yaml"',
      '"say \\"no\\".yaml"',
    ])
    expect(npmCommand('sim', 'my course/my crisis.yaml', '--seed', '7')).toBe(
      'npm run sim -- "my course/my crisis.yaml" --seed 7',
    )
  })

  it('is quoted in the messages of a translation, in both languages', () => {
    expect(said('unstamped', { file: 'my crisis.ru.yaml' }).message).toBe(
      'not stamped with the English it translates: run npm run translations -- stamp "my crisis.ru.yaml"',
    )
    expect(TRANSLATION_RU.unstamped({ file: 'my crisis.ru.yaml' })).toBe(
      'нет отметки об английском тексте, который переведён: выполните npm run translations -- stamp "my crisis.ru.yaml"',
    )
  })
})

describe('a count in a message', () => {
  it('is singular for one', () => {
    expect(
      said('item-beyond', { file: 'crisis.yaml', count: 1, group: 'questions', number: 2 }).message,
    ).toBe('crisis.yaml has 1 question, and this is number 2')
    expect(said('item-beyond', { file: 'crisis.yaml', count: 1, group: 'record', number: 2 }).message).toBe(
      'crisis.yaml has 1 record entry, and this is number 2',
    )
  })
})
