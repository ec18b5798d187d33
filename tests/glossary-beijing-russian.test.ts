// The glossary's «позиция Пекина»: the stage where China reacts bears one name in Russian wherever a screen labels
// it (the game's stages, the form, the live debrief's column and the debrief's row beside the record), never
// «Китай» alone, so a student reading the debrief finds the words the game used.
import { describe, expect, it } from 'vitest'
import { readPo } from './catalogs'

/** The messages that label Beijing's stage, each by its id. */
const BEIJING_LABELS = [
  'words.stage.reaction',
  'form.beijing',
  'live.debrief.colChina',
  'history.aspect.china',
]

describe("Beijing's stage in Russian", () => {
  it('is «Позиция Пекина» in every label of it', () => {
    const russian = readPo('other-pages', 'ru')
    for (const id of BEIJING_LABELS)
      expect({ id, text: russian.get(id) }).toEqual({ id, text: 'Позиция Пекина' })
  })
})
