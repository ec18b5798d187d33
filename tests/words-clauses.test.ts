// The clauses a verdict cites, in words: in English each reads as the engine's own label and citation, and in
// Russian as Russian, so the sources under a rule never fall back to English.
import { i18n, type Messages } from '@lingui/core'
import { beforeAll, describe, expect, it } from 'vitest'
import { CLAUSES } from '../src/engine'
import type { Translate } from '../src/ui/i18n/use-text'
import { clauseWords } from '../src/ui/words/clauses'

const t: Translate = (id, values) => i18n._(id, values)

beforeAll(async () => {
  const compiled = async (lang: 'en' | 'ru') =>
    ((await import(`../src/ui/locales/${lang}.po`)) as { messages: Messages }).messages
  i18n.load({ en: await compiled('en'), ru: await compiled('ru') })
})

describe('the cited clauses in words', () => {
  it('say in English what the engine says, for every clause it can cite', () => {
    i18n.activate('en')
    for (const clause of Object.values(CLAUSES))
      expect(clauseWords(clause, t)).toEqual({ label: clause.label, citation: clause.citation })
  })

  it('say every one of them in Russian', () => {
    i18n.activate('ru')
    for (const clause of Object.values(CLAUSES)) {
      const { label, citation } = clauseWords(clause, t)
      for (const text of [label, citation])
        expect(text, clause.id).toMatch(/^[^A-Za-z]*[А-Яа-яЁё][^A-Za-z]*$/)
    }
  })
})
