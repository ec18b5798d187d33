// The scenario workshop: an instructor writes or opens a scenario, sees its problems beside the text as they
// type and the engine's play-test beside it, plays a role in it, then saves, downloads or shares it. Everything
// it knows and does goes through the store's workshop slice; this file lays it out.
import type { EditorView } from 'codemirror'
import { type DragEvent, useId, useMemo, useRef, useState } from 'react'
import {
  idOf,
  scenarioEntry,
  selectLastGoodInLanguage,
  selectLibraryInLanguage,
  startingPoints,
  stemOf,
  useGame,
  useGameStore,
} from '../../store'
import { downloadHref } from '../../store/workshop-download'
// The template is the workshop's own: imported here, it stays off the library's first page.
import { templateText } from '../../store/workshop-template'
import { PageHeading } from '../components/page-heading'
import { WrappingSelect } from '../components/wrapping-select'
import { useLanguage, useText } from '../i18n/use-text'
import { DraftNote } from './draft-note'
import { FactSliders } from './fact-sliders'
import { PlayBeside } from './play-beside'
import { PlayClash } from './play-clash'
import { PlaytestReport } from './playtest-report'
import { problemText } from './problem-text'
import { ProblemsPanel, StatusLine } from './problems-panel'
import { useTypedText } from './use-typed-text'
import { YamlEditor } from './yaml-editor'
import './workshop.css'

export default function WorkshopScreen() {
  const t = useText()
  const ids = useId()
  const language = useLanguage()
  const store = useGameStore()
  const schema = useGame((s) => s.workshop.schema)
  const template = useMemo(() => templateText(schema, language), [schema, language])
  const draft = useGame((s) => s.workshop.draft)
  const opened = useGame((s) => s.workshop.opened)
  const check = useGame((s) => s.workshop.check)
  const lastGood = useGame(selectLastGoodInLanguage)
  const note = useGame((s) => s.workshop.note)
  const noteText = note ? problemText(note.problem, language) : undefined
  const share = useGame((s) => s.workshop.share)
  // The crises to start from, and the one being edited, named in the reader's language.
  const library = useGame(selectLibraryInLanguage)
  const { startFrom, openFile, playDraft, shareDraft, editImported } = store.getState()
  const doc = draft ?? { text: template, file: 'my-crisis.yaml', unsaved: false }
  const editingTitle = doc.editing ? scenarioEntry(library, doc.editing)?.title : undefined
  const { text, edited, flush, version } = useTypedText(doc, opened, draft === null)
  // A visit that begins on a draft with changes says so, beside the way to start over.
  const [restored, setRestored] = useState(() => store.getState().workshop.draft?.unsaved === true)
  const [from, setFrom] = useState('template')
  const viewRef = useRef<EditorView | null>(null)
  const starts = useMemo(() => startingPoints(library), [library])

  // The check of the text as it stands: none while a newer one is under way.
  const current = check?.text === text ? check : null
  const valid = current?.ok ? current : null
  // The play-test of the last valid text of this file stays while the text has problems, marked as no longer the
  // text's; without one, the file has had no valid version yet.
  const stale = check?.ok === false
  // The id the text gives itself names the file, valid or not: it is the name the scenario is known by.
  const id = idOf(text) ?? stemOf(doc.file)
  const download = useMemo(() => downloadHref(text, schema), [text, schema])

  /** Something else in the editor: the note about the last visit no longer applies. */
  const replace = (open: () => unknown): void => {
    setRestored(false)
    open()
  }

  const readFile = (file: File | undefined): void => {
    if (!file) return
    void file.arrayBuffer().then((bytes) => replace(() => openFile(file.name, new Uint8Array(bytes))))
  }

  const onDrop = (e: DragEvent): void => {
    e.preventDefault()
    readFile(e.dataTransfer.files[0])
  }

  return (
    <>
      <PageHeading title={t('workshop.title')} eyebrow={t('workshop.eyebrow')}>
        <p className="lede">
          {t('workshop.lede')} <code>docs/authoring.md</code>.
        </p>
      </PageHeading>
      <div className="workshop-tools">
        <div className="picker-field">
          <label htmlFor={`${ids}-from`}>{t('workshop.startFrom')}</label>
          <WrappingSelect id={`${ids}-from`} value={from} onChange={(e) => setFrom(e.target.value)}>
            <option value="template">{t('workshop.template')}</option>
            {starts.map((s) => (
              <option key={s.id} value={s.id}>
                {t('workshop.copyOf', { title: s.title })}
              </option>
            ))}
          </WrappingSelect>
        </div>
        <button type="button" className="button secondary" onClick={() => replace(() => startFrom(from))}>
          {t('workshop.start')}
        </button>
        {/* A button in the page's language: the browser's own file button speaks the browser's. */}
        <label className="button secondary file-picker">
          {t('workshop.openFile')}
          <input
            type="file"
            className="visually-hidden"
            accept=".yaml,.yml,.json"
            onChange={(e) => readFile(e.target.files?.[0])}
          />
        </label>
        <span className="meta">{t('workshop.orDrop')}</span>
      </div>
      {note && noteText ? (
        <div className={`file-note ${note.kind}`} role={note.kind === 'refused' ? 'alert' : 'status'}>
          <p>
            {t('workshop.fileProblem', { ...note.problem, message: noteText })}
            {/[.!?]$/.test(noteText) ? '' : '.'}{' '}
            {note.kind === 'converted' ? t('workshop.converted') : t('workshop.unchanged')}
          </p>
        </div>
      ) : null}
      <DraftNote
        editing={doc.editing ? { id: doc.editing, title: editingTitle ?? doc.editing } : undefined}
        id={valid?.playtest.scenario.id}
        unsaved={doc.unsaved}
        restored={restored}
        onStartOver={() =>
          replace(() => (doc.editing ? editImported(doc.editing, 'discard') : startFrom('template')))
        }
      />
      <div className="workshop">
        <section className="workshop-editor" aria-labelledby="editor-title">
          <h2 id="editor-title">{t('workshop.file', { id })}</h2>
          {/* Above the editor and staying in view while it scrolls: an author reaches them from any line, and they
              never move under a pointer as the editor measures the lines it scrolls into view. */}
          <div className="workshop-bar">
            <div className="actions">
              <button
                type="button"
                className="button"
                disabled={!valid}
                onClick={() => {
                  flush()
                  void playDraft()
                }}
              >
                {t('workshop.play')}
              </button>
              <a className="button secondary" href={download} download={`${id}.yaml`}>
                {t('workshop.download')}
              </a>
              <button
                type="button"
                className="button secondary"
                disabled={!valid}
                onClick={() => {
                  flush()
                  void shareDraft()
                }}
              >
                {t('workshop.share')}
              </button>
            </div>
            <PlayClash viewRef={viewRef} />
            <StatusLine text={text} check={current} viewRef={viewRef} />
            {share ? (
              <div className="share-link">
                <label>
                  {share.copied ? t('workshop.copied') : t('workshop.copyThis')}
                  <input type="text" readOnly value={share.link} onFocus={(e) => e.target.select()} />
                </label>
              </div>
            ) : null}
          </div>
          <p id="editor-keys" className="meta editor-keys">
            <kbd>Tab</kbd> {t('workshop.keysIndent')} <kbd>Esc</kbd>, {t('workshop.keysThen')} <kbd>Tab</kbd>.{' '}
            <kbd>Ctrl</kbd>+<kbd>Space</kbd> {t('workshop.keysList')}
          </p>
          {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a shortcut; the file picker above does the same. */}
          <div onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
            <YamlEditor
              text={doc.text}
              version={version}
              problems={check && !check.ok ? check.problems : []}
              language={language}
              onChange={edited}
              viewRef={viewRef}
              labelledBy="editor-title"
              describedBy="editor-keys"
              problemsSummary="editor-status"
            />
          </div>
        </section>
        <div className="workshop-side">
          <ProblemsPanel text={text} check={check} viewRef={viewRef} />
          <PlayBeside good={lastGood} stale={stale} flush={flush} />
          <PlaytestReport good={lastGood} stale={stale} />
          <FactSliders good={lastGood} flush={flush} />
        </div>
      </div>
    </>
  )
}
