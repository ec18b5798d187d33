// The scenario workshop: an instructor writes or opens a scenario, sees its problems at their line as they type
// and the engine's play-test beside it, then plays, downloads or shares it. The text is kept in this browser as a
// draft while it is typed, so a reload or a closed tab finds it again.
import type { EditorView } from 'codemirror'
import { type DragEvent, useEffect, useMemo, useRef, useState } from 'react'
import { playtest } from '../../engine'
import { MAX_BYTES } from '../../scenario/read-yaml'
import type { LoadResult, Problem, Scenario } from '../../scenario/types'
import { formatHash, scenarioEntry, useGame, useGameStore } from '../../store'
import { checkScenarioText } from '../../store/imported-kit'
import type { WorkshopDraft } from '../../store/imported-scenarios'
import { PageHeading } from '../components/page-heading'
import { PlaytestReport } from './playtest-report'
import { downloadYaml, shareLink } from './share'
import { BUNDLED_IDS, startingText } from './starting-points'
import { TEMPLATE } from './template'
import { goToProblem, YamlEditor } from './yaml-editor'
import './workshop.css'

/** Long enough to let a word be typed, short enough to feel live. */
const DEBOUNCE_MS = 250
/** The draft is written less often than it is checked; leaving the page writes it at once. */
const DRAFT_MS = 500

/** What the workshop shows with no draft: the template, under the name of its id. */
const BLANK: WorkshopDraft = { text: TEMPLATE, file: 'my-crisis.yaml', unsaved: false }

type Checked = { readonly text: string; readonly result: LoadResult<Scenario> }

export default function WorkshopScreen() {
  const store = useGameStore()
  const addImported = useGame((s) => s.addImported)
  const keepDraft = useGame((s) => s.keepDraft)
  const openDraft = useGame((s) => s.openDraft)
  const editImported = useGame((s) => s.editImported)
  const doc = useGame((s) => s.workshop.draft) ?? BLANK
  const opened = useGame((s) => s.workshop.opened)
  const editingTitle = useGame((s) =>
    doc.editing ? scenarioEntry(s.library, doc.editing)?.title : undefined,
  )
  const [text, setText] = useState(doc.text)
  // A visit that begins on a draft with changes says so, beside the way to start over.
  const [restored, setRestored] = useState(() => store.getState().workshop.draft?.unsaved === true)
  const [checked, setChecked] = useState<Checked | null>(null)
  const [fileError, setFileError] = useState<Problem | null>(null)
  const [share, setShare] = useState<{ link: string; copied: boolean } | null>(null)
  const [from, setFrom] = useState('template')
  const viewRef = useRef<EditorView | null>(null)

  // The typed text becomes the draft once typing pauses; text the editor was given is a draft already.
  useEffect(() => {
    if (text === doc.text) return
    const timer = setTimeout(() => keepDraft(text, doc.file), DRAFT_MS)
    return () => clearTimeout(timer)
  }, [text, doc.text, doc.file, keepDraft])

  // Leaving the workshop, or the page, does not wait for the pause: the last keystrokes are kept too. They are
  // read as typed, since the page may go before React has rendered them.
  const typed = useRef(text)
  const kept = useRef(doc)
  kept.current = doc
  const edited = (next: string): void => {
    typed.current = next
    setText(next)
  }
  useEffect(() => {
    const flush = (): void => {
      if (typed.current !== kept.current.text) store.getState().keepDraft(typed.current, kept.current.file)
    }
    window.addEventListener('pagehide', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [store])

  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      void checkScenarioText(text, doc.file).then((result) => {
        if (current) setChecked({ text, result })
      })
    }, DEBOUNCE_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [text, doc.file])

  const result = checked?.result
  const scenario = result?.ok ? result.value : null
  const test = useMemo(() => (scenario ? playtest(scenario) : null), [scenario])
  const problems = fileError ? [fileError] : result && !result.ok ? result.problems : []
  const checking = checked?.text !== text

  /** Something else in the editor: a starting point, a file, or the saved version of the scenario being edited. */
  const replaced = (): void => {
    setFileError(null)
    setShare(null)
    setRestored(false)
  }

  const open = (next: string, file: string): void => {
    replaced()
    edited(next)
    openDraft(next, file)
  }

  const openFile = async (file: File | undefined): Promise<void> => {
    if (!file) return
    // Refused before it is read, in the command line's words: a huge file must not freeze the page.
    if (file.size > MAX_BYTES) {
      setFileError({
        file: file.name,
        line: 1,
        column: 1,
        path: '',
        message: `the file is larger than ${MAX_BYTES / 1_000_000} MB`,
      })
      return
    }
    open(await file.text(), file.name)
  }

  const onDrop = (e: DragEvent): void => {
    e.preventDefault()
    void openFile(e.dataTransfer.files[0])
  }

  const play = async (): Promise<void> => {
    if (!scenario) return
    // The draft must be what is saved, even when the pause before writing it has not come yet.
    keepDraft(text, doc.file)
    await addImported(scenario, text)
    window.location.hash = formatHash({ name: 'scenario', scenario: scenario.id })
  }

  const copyLink = async (): Promise<void> => {
    const link = await shareLink(text)
    let copied = false
    try {
      await navigator.clipboard.writeText(link)
      copied = true
    } catch {
      // No clipboard permission (or no secure context): the link is shown to copy by hand.
    }
    setShare({ link, copied })
  }

  return (
    <>
      <PageHeading title="Scenario workshop" eyebrow="Your scenarios">
        <p className="lede">
          Write a crisis of your own, or change a copy of one of ours. Mistakes are marked at their line as
          you type; once the file is valid, the engine plays it beside the editor. The guide to every field is
          in <code>docs/authoring.md</code>.
        </p>
      </PageHeading>
      <div className="workshop-tools">
        <label>
          Start from{' '}
          <select value={from} onChange={(e) => setFrom(e.target.value)}>
            <option value="template">the template</option>
            {BUNDLED_IDS.map((id) => (
              <option key={id} value={id}>
                a copy of {id}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button secondary"
          onClick={() => void startingText(from).then((t) => open(t, `${from}.yaml`))}
        >
          Start
        </button>
        <label className="file-picker">
          Open a file{' '}
          <input type="file" accept=".yaml,.yml,.json" onChange={(e) => void openFile(e.target.files?.[0])} />
        </label>
        <span className="meta">or drop one onto the editor.</span>
      </div>
      <DraftNote
        editing={doc.editing ? { id: doc.editing, title: editingTitle ?? doc.editing } : undefined}
        id={scenario?.id}
        unsaved={doc.unsaved}
        restored={restored}
        onStartOver={() => {
          if (doc.editing) {
            replaced()
            editImported(doc.editing, 'discard')
          } else open(TEMPLATE, BLANK.file)
        }}
      />
      <div className="workshop">
        <section className="workshop-editor" aria-labelledby="editor-title">
          <h2 id="editor-title">Scenario file ({doc.file})</h2>
          {/* Above the editor and staying in view while it scrolls: an author reaches them from any line, and they
              never move under a pointer as the editor measures the lines it scrolls into view. */}
          <div className="workshop-bar">
            <div className="actions">
              <button
                type="button"
                className="button"
                disabled={!scenario || checking}
                onClick={() => void play()}
              >
                Play it
              </button>
              <button
                type="button"
                className="button secondary"
                onClick={() => downloadYaml(text, scenario?.id ?? doc.file.replace(/\.(ya?ml|json)$/, ''))}
              >
                Download .yaml
              </button>
              <button
                type="button"
                className="button secondary"
                disabled={!scenario || checking}
                onClick={() => void copyLink()}
              >
                Copy share link
              </button>
            </div>
            {share ? (
              <div className="share-link">
                <label>
                  {share.copied ? 'Copied. The link, which carries the whole file:' : 'Copy this link:'}
                  <input type="text" readOnly value={share.link} onFocus={(e) => e.target.select()} />
                </label>
              </div>
            ) : null}
          </div>
          {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a shortcut; the file picker above does the same. */}
          <div onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
            <YamlEditor
              text={doc.text}
              version={opened}
              problems={problems}
              onChange={edited}
              viewRef={viewRef}
              labelledBy="editor-title"
            />
          </div>
          <div className="check-status" role="status" aria-live="polite">
            {checking && !fileError
              ? 'Checking…'
              : problems.length > 0
                ? `${problems.length} problem${problems.length === 1 ? '' : 's'} to fix:`
                : 'No problems: the file is valid.'}
          </div>
          {problems.length > 0 ? (
            <ul className="problems workshop-problems" aria-label="Problems">
              {problems.map((p) => (
                <li key={`${p.line}:${p.column}:${p.path}:${p.message}`}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => goToProblem(viewRef.current, p)}
                  >
                    Line {p.line}, column {p.column}
                  </button>
                  {p.path ? ` (${p.path})` : ''}: {p.message}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
        <div className="workshop-report">
          {scenario && test ? (
            <PlaytestReport scenario={scenario} test={test} />
          ) : (
            <section className="panel playtest" aria-labelledby="playtest-title">
              <h2 id="playtest-title">Play-test</h2>
              <p>The engine plays the scenario here as soon as the file has no problems.</p>
            </section>
          )}
        </div>
      </div>
    </>
  )
}

/**
 * What the workshop keeps: one of Your scenarios being edited, or a draft with changes; with the way back to a
 * clean start, which the editor's undo reverses like any other change.
 */
function DraftNote({
  editing,
  id,
  unsaved,
  restored,
  onStartOver,
}: {
  /** The saved scenario being edited. */
  editing: { readonly id: string; readonly title: string } | undefined
  /** The id the text has now, when it is valid: saving with another id keeps the old scenario beside the new. */
  id: string | undefined
  unsaved: boolean
  restored: boolean
  onStartOver: () => void
}) {
  if (!editing && !unsaved) return null
  return (
    <div className="draft-note">
      <p>
        {editing ? (
          <>
            Editing “{editing.title}” from Your scenarios:{' '}
            {id && id !== editing.id
              ? `with its new id, Play it saves it as another scenario, "${id}", beside it.`
              : 'Play it saves your changes in its place.'}{' '}
            {restored ? 'Your changes since it was saved are back, as you left them.' : null}
          </>
        ) : restored ? (
          'Your draft is back, as you left it: the workshop keeps it in this browser as you type.'
        ) : (
          'The workshop keeps your draft in this browser as you type.'
        )}
      </p>
      {unsaved ? (
        <button type="button" className="button secondary" onClick={onStartOver}>
          {editing ? 'Discard your changes' : 'Start over from the template'}
        </button>
      ) : null}
    </div>
  )
}
