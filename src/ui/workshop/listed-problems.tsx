// A file's problems, or its warnings, each at its line and place, in the reader's language: the words of the
// workshop's list, where there is no editor to go to (a shared link's page, the facilitator's set-up).
import type { Problem } from '../../scenario/types'
import { useLanguage, useText } from '../i18n/use-text'
import { problemPlace, problemText } from './problem-text'

/** How many are listed: the first ones are the ones to mend first. */
const LISTED = 10

export function ListedProblems({ label, items }: { label: string; items: readonly Problem[] }) {
  const t = useText()
  const language = useLanguage()
  if (items.length === 0) return null
  return (
    <ul className="problems" aria-label={label}>
      {items.slice(0, LISTED).map((p) => (
        <li key={`${p.line}:${p.column}:${p.path}:${p.message}`}>
          {t('workshop.linkProblem', { line: p.line, column: p.column })}
          {p.path ? ` (${problemPlace(p, language)})` : ''}: {problemText(p, language)}
        </li>
      ))}
    </ul>
  )
}

/** The warnings under a count of them, as the workshop lists them under a file's problems. */
export function ListedWarnings({ items }: { items: readonly Problem[] }) {
  const t = useText()
  if (items.length === 0) return null
  return (
    <>
      <h2>{t('workshop.warningCount', { count: items.length })}</h2>
      <ListedProblems label={t('workshop.warnings')} items={items} />
    </>
  )
}
