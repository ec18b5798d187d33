// The text's problems beside it, each a link to its line, and a status line over the editor that names the first:
// an author never scrolls away from the text to read what is wrong with it.
import type { EditorView } from 'codemirror'
import type { RefObject } from 'react'
import type { Problem } from '../../scenario/types'
import type { DraftCheck } from '../../store/draft-check'
import { goToProblem } from './yaml-editor'

type View = RefObject<EditorView | null>

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`

/** Over the editor, staying in view: whether the text as typed is valid, and the way to its first problem. */
export function StatusLine({
  text,
  check,
  viewRef,
}: {
  text: string
  check: DraftCheck | null
  viewRef: View
}) {
  const first = check && !check.ok ? check.problems[0] : undefined
  return (
    <div className="check-status">
      <span role="status" aria-live="polite">
        {check?.text !== text || !check
          ? 'Checking…'
          : check.ok
            ? 'No problems: the file is valid.'
            : `${count(check.problems.length, 'problem')} to fix.`}
      </span>{' '}
      {first && check?.text === text ? (
        <button type="button" className="link-button" onClick={() => goToProblem(viewRef.current, first)}>
          Go to line {first.line}
        </button>
      ) : null}
    </div>
  )
}

/** Beside the editor: every problem, or the warnings of a valid file, at its line. */
export function ProblemsPanel({ check, viewRef }: { check: DraftCheck | null; viewRef: View }) {
  const problems = check && !check.ok ? check.problems : []
  const warnings = check?.ok ? check.warnings : []
  return (
    <section className="panel problems-panel" aria-labelledby="problems-title">
      <h2 id="problems-title">{problems.length > 0 ? count(problems.length, 'problem') : 'Problems'}</h2>
      {!check ? <p>Checking…</p> : null}
      {problems.length > 0 ? (
        <ProblemList label="Problems" items={problems} viewRef={viewRef} />
      ) : check ? (
        <p>None: the file is valid.</p>
      ) : null}
      {warnings.length > 0 ? (
        <>
          <h3>{count(warnings.length, 'warning')}</h3>
          <ProblemList label="Warnings" items={warnings} viewRef={viewRef} />
        </>
      ) : null}
    </section>
  )
}

function ProblemList({ label, items, viewRef }: { label: string; items: readonly Problem[]; viewRef: View }) {
  return (
    <ul className={`problems workshop-${label.toLowerCase()}`} aria-label={label}>
      {items.map((p) => (
        <li key={`${p.line}:${p.column}:${p.path}:${p.message}`}>
          <button type="button" className="link-button" onClick={() => goToProblem(viewRef.current, p)}>
            Line {p.line}, column {p.column}
          </button>
          {p.path ? ` (${p.path})` : ''}: {p.message}
        </li>
      ))}
    </ul>
  )
}
