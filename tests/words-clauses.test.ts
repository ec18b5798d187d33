// The clauses a verdict cites, in words: in English each reads as the engine's own label and citation (with its
// example, when the verdict kept one), and in Russian as Russian, so the sources under a rule never fall back to
// English.
import { beforeAll, describe, expect, it } from 'vitest'
import { CLAUSES, citable, clauseText } from '../src/engine/treaty/clauses'
import { clauseWords } from '../src/ui/words/clauses'
import { i18n, loadCatalogs, t } from './catalogs'

beforeAll(loadCatalogs)

describe('the cited clauses in words', () => {
  it('say in English what the engine says, for every clause it can cite', () => {
    i18n.activate('en')
    for (const clause of Object.values(CLAUSES))
      expect(clauseWords(clause, t)).toEqual({ label: clause.label, citation: clauseText(clause) })
  })

  it('give an example only when the verdict kept it, in either language', () => {
    const withExample = Object.values(CLAUSES).filter((c) => c.example)
    expect(withExample.map((c) => c.id).sort()).toEqual(['csto-charter-12', 'csto-charter-2010'])
    for (const lang of ['en', 'ru']) {
      i18n.activate(lang)
      for (const clause of withExample) {
        const [early] = citable([clause], '2020-01-01')
        const [late] = citable([clause], '2030-01-01')
        if (!early || !late) throw new Error(`${clause.id} is not citable in 2020`)
        const said = clauseWords(early, t).citation
        expect(clauseWords(late, t).citation.startsWith(`${said} `), clause.id).toBe(true)
        expect(clauseWords(late, t).citation.length).toBeGreaterThan(said.length + 10)
      }
    }
  })

  it('say every one of them in Russian', () => {
    i18n.activate('ru')
    for (const clause of Object.values(CLAUSES)) {
      // With its example, if it has one: that is said in Russian too.
      const { label, citation } = clauseWords(clause, t)
      for (const text of [label, citation])
        expect(text, clause.id).toMatch(/^[^A-Za-z]*[А-Яа-яЁё][^A-Za-z]*$/)
    }
  })
})
