// The clauses a verdict cites, in words: in English each reads as the engine's own label and citation, and in
// Russian as Russian, so the sources under a rule never fall back to English.
import { beforeAll, describe, expect, it } from 'vitest'
import { CLAUSES } from '../src/engine'
import { clauseWords } from '../src/ui/words/clauses'
import { i18n, loadCatalogs, t } from './catalogs'

beforeAll(loadCatalogs)

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
