// The text's problems beside it, each a link to its line, and a status line over the editor that names the first:
// an author never scrolls away from the text to read what is wrong with it.
import type { EditorView } from 'codemirror'
import type { RefObject } from 'react'
import type { Problem } from '../../scenario/types'
import type { DraftCheck } from '../../store/draft-check'
import { useLanguage, useText } from '../i18n/use-text'
import { problemPlace, problemText } from './problem-text'
import { goToProblem } from './yaml-editor'

type View = RefObject<EditorView | null>

/** The text as typed, its last check (of this text or an earlier one), and the editor a problem leads to. */
interface Checked {
  text: string
  check: DraftCheck | null
  viewRef: View
}

/** Over the editor, staying in view: whether the text as typed is valid, and the way to its first problem. */
export function StatusLine({ text, check, viewRef }: Checked) {
  const t = useText()
  const first = check && !check.ok ? check.problems[0] : undefined
  return (
    <div className="check-status">
      <span id="editor-status" role="status" aria-live="polite">
        {check?.text !== text || !check
          ? t('workshop.checking')
          : check.ok
            ? t('workshop.valid')
            : t('workshop.toFix', { count: check.problems.length })}
      </span>{' '}
      {first && check?.text === text ? (
        <button type="button" className="link-button" onClick={() => goToProblem(viewRef.current, first)}>
          {t('workshop.goToLine', { line: first.line })}
        </button>
      ) : null}
    </div>
  )
}

/**
 * Beside the editor: every problem, then every warning, at its line. The last check's stay in view
 * while the text is checked again, so they do not flicker as the author types; but only a check of the text as it
 * stands may call it valid.
 */
export function ProblemsPanel({ text, check, viewRef }: Checked) {
  const t = useText()
  const problems = check && !check.ok ? check.problems : []
  const warnings = check ? check.warnings : []
  return (
    <section className="panel problems-panel" aria-labelledby="problems-title">
      <h2 id="problems-title">
        {problems.length > 0
          ? t('workshop.problemCount', { count: problems.length })
          : t('workshop.problems')}
      </h2>
      {problems.length > 0 ? (
        <ProblemList kind="problems" label={t('workshop.problems')} items={problems} viewRef={viewRef} />
      ) : check?.text === text ? (
        <p>{t('workshop.none')}</p>
      ) : (
        <p>{t('workshop.checking')}</p>
      )}
      {warnings.length > 0 ? (
        <>
          <h3>{t('workshop.warningCount', { count: warnings.length })}</h3>
          <ProblemList kind="warnings" label={t('workshop.warnings')} items={warnings} viewRef={viewRef} />
        </>
      ) : null}
    </section>
  )
}

/**
 * How many of a list are drawn. A file of 40,000 unknown fields has as many problems; drawn whole, each a button,
 * the list held up the page. The first ones are the ones to mend first; the rest are counted.
 */
export const LISTED = 200

function ProblemList({
  kind,
  label,
  items,
  viewRef,
}: {
  kind: 'problems' | 'warnings'
  label: string
  items: readonly Problem[]
  viewRef: View
}) {
  const t = useText()
  const language = useLanguage()
  return (
    <ul className={`problems workshop-${kind}`} aria-label={label}>
      {items.slice(0, LISTED).map((p) => (
        <li key={`${p.line}:${p.column}:${p.path}:${p.message}`}>
          <button type="button" className="link-button" onClick={() => goToProblem(viewRef.current, p)}>
            {t('workshop.lineColumn', { line: p.line, column: p.column })}
          </button>
          {p.path ? ` (${problemPlace(p, language)})` : ''}: {problemText(p, language)}
        </li>
      ))}
      {items.length > LISTED ? <li>{t('workshop.more', { count: items.length - LISTED })}</li> : null}
    </ul>
  )
}
