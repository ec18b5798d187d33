// The workshop's YAML editor: CodeMirror 6 with highlighting, the schema's completion and hover help, Tab that
// indents, and the loader's problems underlined at their line.
import { indentWithTab } from '@codemirror/commands'
import { yaml } from '@codemirror/lang-yaml'
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint'
import { Compartment, type Extension } from '@codemirror/state'
import { keymap } from '@codemirror/view'
import { basicSetup, EditorView } from 'codemirror'
import { type RefObject, useEffect, useRef } from 'react'
import type { Problem } from '../../scenario/types'
import type { Language } from '../../store'
import { problemPlace, problemText } from './problem-text'
import { schemaHelp } from './schema-extensions'

export interface YamlEditorProps {
  /**
   * The text to show; a new `version` replaces what is in the editor (a file, a starting point, the template in
   * another language).
   */
  readonly text: string
  readonly version: number
  readonly problems: readonly Problem[]
  /** The language the underlines word the problems in, and the schema's help speaks: the screen's. */
  readonly language?: Language
  readonly onChange: (text: string) => void
  /** Filled with the live view, so the problem list can move the cursor to a problem. */
  readonly viewRef: RefObject<EditorView | null>
  readonly labelledBy: string
  /** The hint that says how Tab behaves here. */
  readonly describedBy?: string
  /** What sums up the problems (their count), read with the editor while the text has any. */
  readonly problemsSummary?: string
}

export function YamlEditor({
  text,
  version,
  problems,
  language = 'en',
  onChange,
  viewRef,
  labelledBy,
  describedBy,
  problemsSummary,
}: YamlEditorProps) {
  const host = useRef<HTMLDivElement>(null)
  const change = useRef(onChange)
  change.current = onChange
  // The schema's help reads the language when it is asked for, so it follows the screen's.
  const speaks = useRef(language)
  speaks.current = language
  // The attributes a screen reader reads change with the problems: whether the text is invalid, and why.
  const named = useRef(new Compartment())
  const invalid = problems.length > 0

  // One view for the editor's life: React re-renders must not recreate it and lose the cursor and undo history.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the first text only; later texts arrive by version.
  useEffect(() => {
    const view = new EditorView({
      doc: text,
      parent: host.current!,
      extensions: [
        // Tab indents, as in any editor; Escape then Tab leaves the editor for the next control (CodeMirror's
        // tab-focus mode), so a keyboard is never trapped.
        keymap.of([indentWithTab]),
        basicSetup,
        yaml(),
        schemaHelp(() => speaks.current),
        lintGutter(),
        EditorView.lineWrapping,
        named.current.of(editorAttributes(labelledBy, describedBy, problemsSummary, invalid)),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) change.current(u.state.doc.toString())
        }),
      ],
    })
    viewRef.current = view
    return () => {
      view.destroy()
      viewRef.current = null
    }
  }, [])

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version, not each keystroke, replaces the text.
  useEffect(() => {
    const view = viewRef.current
    if (!view) return
    const now = view.state.doc.toString()
    if (now === text) return
    // Only the part that differs is replaced: a slider's number written into the text leaves the cursor where it
    // was and is one step of undo, not the whole file.
    let start = 0
    while (start < now.length && start < text.length && now[start] === text[start]) start++
    let end = 0
    while (end < now.length - start && end < text.length - start && now.at(-1 - end) === text.at(-1 - end))
      end++
    view.dispatch({
      changes: { from: start, to: now.length - end, insert: text.slice(start, text.length - end) },
    })
  }, [version])

  useEffect(() => {
    const view = viewRef.current
    if (!view) return
    view.dispatch(
      setDiagnostics(
        view.state,
        problems.map((p) => toDiagnostic(view, p, language)),
      ),
    )
  }, [problems, viewRef, language])

  useEffect(() => {
    viewRef.current?.dispatch({
      effects: named.current.reconfigure(editorAttributes(labelledBy, describedBy, problemsSummary, invalid)),
    })
  }, [invalid, labelledBy, describedBy, problemsSummary, viewRef])

  return <div className="yaml-editor" ref={host} />
}

/** The editor's name, its hints, and while the text has problems, aria-invalid and the summary that counts them. */
function editorAttributes(
  labelledBy: string,
  describedBy: string | undefined,
  summary: string | undefined,
  invalid: boolean,
): Extension {
  const described = [invalid ? summary : undefined, describedBy].filter(Boolean).join(' ')
  return EditorView.contentAttributes.of({
    'aria-labelledby': labelledBy,
    ...(described ? { 'aria-describedby': described } : {}),
    ...(invalid ? { 'aria-invalid': 'true' } : {}),
    spellcheck: 'false',
  })
}

/** A problem's line and column as a range CodeMirror can underline: from the column to the end of its line. */
function toDiagnostic(view: EditorView, p: Problem, language: Language): Diagnostic {
  const doc = view.state.doc
  const line = doc.line(Math.min(Math.max(p.line, 1), doc.lines))
  const from = Math.min(line.from + Math.max(p.column - 1, 0), line.to)
  return {
    from,
    to: Math.max(line.to, from),
    severity: 'error',
    message: p.path ? `${problemPlace(p, language)}: ${problemText(p, language)}` : problemText(p, language),
  }
}

/** Moves the cursor to a problem's place and gives the editor the focus, as following an error should. */
export function goToProblem(view: EditorView | null, p: Problem): void {
  if (!view) return
  const doc = view.state.doc
  const line = doc.line(Math.min(Math.max(p.line, 1), doc.lines))
  const at = Math.min(line.from + Math.max(p.column - 1, 0), line.to)
  view.dispatch({ selection: { anchor: at }, scrollIntoView: true })
  view.focus()
}
