// The scenario workshop: an instructor writes or opens a scenario, sees its problems at their line as they type
// and the engine's play-test beside it, then plays, downloads or shares it.
import type { EditorView } from 'codemirror'
import { type DragEvent, useEffect, useMemo, useRef, useState } from 'react'
import { playtest } from '../../engine'
import { MAX_BYTES } from '../../scenario/read-yaml'
import type { LoadResult, Problem, Scenario } from '../../scenario/types'
import { formatHash, useGame } from '../../store'
import { checkScenarioText } from '../../store/imported-kit'
import { PageHeading } from '../components/page-heading'
import { PlaytestReport } from './playtest-report'
import { downloadYaml, shareLink } from './share'
import { BUNDLED_IDS, startingText } from './starting-points'
import { TEMPLATE } from './template'
import { goToProblem, YamlEditor } from './yaml-editor'
import './workshop.css'

/** Long enough to let a word be typed, short enough to feel live. */
const DEBOUNCE_MS = 250

type Checked = { readonly text: string; readonly result: LoadResult<Scenario> }

export default function WorkshopScreen() {
  const addImported = useGame((s) => s.addImported)
  const [doc, setDoc] = useState({ text: TEMPLATE, version: 0, file: 'my-crisis.yaml' })
  const [text, setText] = useState(TEMPLATE)
  const [checked, setChecked] = useState<Checked | null>(null)
  const [fileError, setFileError] = useState<Problem | null>(null)
  const [share, setShare] = useState<{ link: string; copied: boolean } | null>(null)
  const [from, setFrom] = useState('template')
  const viewRef = useRef<EditorView | null>(null)

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

  const open = (next: string, file: string): void => {
    setFileError(null)
    setShare(null)
    setText(next)
    setDoc((d) => ({ text: next, version: d.version + 1, file }))
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
      <div className="workshop">
        <section className="workshop-editor" aria-labelledby="editor-title">
          <h2 id="editor-title">Scenario file ({doc.file})</h2>
          {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a shortcut; the file picker above does the same. */}
          <div onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
            <YamlEditor
              text={doc.text}
              version={doc.version}
              problems={problems}
              onChange={setText}
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
