// The clauses and precedents a verdict cites, in words: each one's label and citation as messages, found by the
// engine's clause id, so the sources under a rule read in the reader's language. A clause's example
// (`clause.<key>.example`) is said only when the engine kept it, i.e. when its event had happened by the day
// the treaty is read. The engine's own English stays
// for the command line; tests/words-clauses.test.ts holds the English messages to it, clause by clause.
import type { RuleResult } from '../../store'
import type { Translate } from '../i18n/use-text'

type Clause = RuleResult['clauses'][number]

/** Message ids by clause id: `clause.<key>.label`, `clause.<key>.citation` and `clause.<key>.example`. */
const KEY: Readonly<Record<string, string>> = {
  'cst-art-4-1992': 'article4of1992',
  'cst-art-4': 'article4',
  'cst-art-1': 'article1',
  'cst-art-2-1992': 'article2of1992',
  'cst-art-2': 'article2',
  'csto-charter-12': 'consensus',
  'csto-charter-2010': 'abstention',
  'medvedev-2010': 'reading2010',
  'karabakh-2020': 'karabakh2020',
  'cst-members': 'membership',
}

/**
 * A cited clause's label and citation in the reader's language, the citation followed by its example when the
 * verdict kept one; a clause with no messages keeps its English.
 */
export function clauseWords(clause: Clause, t: Translate): { label: string; citation: string } {
  const key = KEY[clause.id]
  if (!key)
    return {
      label: clause.label,
      citation: clause.example ? `${clause.citation} ${clause.example.text}` : clause.citation,
    }
  const citation = t(`clause.${key}.citation`)
  return {
    label: t(`clause.${key}.label`),
    citation: clause.example ? `${citation} ${t(`clause.${key}.example`)}` : citation,
  }
}
