// The form that sets up a live session: a scenario from the library (bundled, or one of this browser's imported
// ones), the format and the round's minutes. A refused file lists its problems and warnings; a file that loads
// with warnings shows the new session's code beside them before the dashboard.
// The format's choices are drawn as the decision forms draw theirs; on a fresh load nothing else has brought it.
import '../components/choice-group.css'
import { type FormEvent, useId, useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { formatHash, importedScenarios, inLibraryOrder, selectLibrary, useGame } from '../../store'
import type { CreateInput, LiveSetup } from '../../store/live'
import { WrappingSelect } from '../components/wrapping-select'
import { useText } from '../i18n/use-text'
import { refusalWords } from '../words/refusals'
import { ListedProblems, ListedWarnings } from '../workshop/listed-problems'
import { HeldSessions } from './held-sessions'
import { RoundMinutes } from './round-minutes'
import { useTitlesInLanguage } from './titles-in-language'

type FormatKind = CreateInput['format']['kind']

export function SetupForm({ setup }: { setup: LiveSetup }) {
  const t = useText()
  const { scenarios: listed, error, warned, busy, held } = useStore(setup.store)
  const library = useGame(selectLibrary)
  // The server lists its files by name: the picker lists them as the library does.
  const bundled = useMemo(() => listed && inLibraryOrder(listed, library), [listed, library])
  // The server lists its scenarios in English: the reader reads their titles in the page's language.
  const titles = useTitlesInLanguage()
  const navigate = useGame((s) => s.navigate)
  const [picked, setChoice] = useState('')
  const [format, setFormat] = useState<FormatKind>('one-table')
  const [tables, setTables] = useState(2)
  const [minutes, setMinutes] = useState(5)
  const [autoAdvance, setAutoAdvance] = useState(false)
  const ids = useId()

  const imported = useMemo(() => importedScenarios(library), [library])
  // The first bundled scenario until the facilitator picks one.
  const choice = picked || (bundled?.[0] ? `bundled:${bundled[0].id}` : '')

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const [kind, id = ''] = choice.split(':', 2)
    const code = await setup.create({
      scenario: { kind: kind === 'imported' ? 'imported' : 'bundled', id },
      format: format === 'parallel-roles' ? { kind: 'parallel-roles', tables } : { kind: format },
      roundSeconds: Math.round(minutes * 60),
      autoAdvance,
    })
    if (code) void navigate({ name: 'facilitate', code })
  }

  return (
    <>
      <HeldSessions codes={held} />
      {error ? (
        <div className="notice error" role="alert">
          <p>{refusalWords(error.refusal, t, '', error.problems.length)}</p>
          <ListedProblems label={t('workshop.problems')} items={error.problems} />
          <ListedWarnings items={error.warnings} />
        </div>
      ) : null}
      {warned ? (
        <div className="notice" role="status" aria-labelledby={`${ids}-warned`}>
          <p id={`${ids}-warned`}>{t('live.setup.warned', { code: warned.code })}</p>
          <ListedWarnings items={warned.warnings} />
          <p>
            <a href={formatHash({ name: 'facilitate', code: warned.code })}>
              {t('live.setup.openDashboard')}
            </a>
          </p>
        </div>
      ) : null}
      <form className="live-setup" onSubmit={submit}>
        <label htmlFor={`${ids}-scenario`}>{t('live.setup.scenario')}</label>
        <WrappingSelect
          id={`${ids}-scenario`}
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          disabled={!bundled}
        >
          {bundled ? null : <option value="">{t('live.setup.loading')}</option>}
          <optgroup label={t('live.setup.bundled')}>
            {(bundled ?? []).map((s) => (
              <option key={s.id} value={`bundled:${s.id}`}>
                {titles.scenario(s.id, s.title)}
              </option>
            ))}
          </optgroup>
          {imported.length > 0 ? (
            <optgroup label={t('live.setup.imported')}>
              {imported.map((s) => (
                <option key={s.id} value={`imported:${s.id}`}>
                  {s.title}
                </option>
              ))}
            </optgroup>
          ) : null}
        </WrappingSelect>

        <fieldset>
          <legend>{t('live.setup.seating')}</legend>
          {(
            [
              ['one-table', 'live.format.oneTable', 'live.format.oneTableHelp'],
              ['parallel-roles', 'live.format.parallelRoles', 'live.format.parallelRolesHelp'],
              ['parallel-whole', 'live.format.parallelWhole', 'live.format.parallelWholeHelp'],
            ] as const
          ).map(([value, label, help]) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="format"
                value={value}
                checked={format === value}
                onChange={() => setFormat(value)}
              />
              <span>
                <strong>{t(label)}</strong> <span className="choice-help">{t(help)}</span>
              </span>
            </label>
          ))}
          {format === 'parallel-roles' ? (
            <label className="inline-field">
              {t('live.setup.tables')}{' '}
              <input
                type="number"
                min={2}
                max={10}
                value={tables}
                onChange={(e) => setTables(Math.min(10, Math.max(2, Number(e.target.value) || 2)))}
              />
            </label>
          ) : null}
        </fieldset>

        <RoundMinutes id={`${ids}-minutes`} minutes={minutes} onChange={setMinutes} />
        <label className="choice">
          <input type="checkbox" checked={autoAdvance} onChange={(e) => setAutoAdvance(e.target.checked)} />
          <span>{t('live.setup.autoAdvance')}</span>
        </label>
        <button type="submit" className="button" disabled={busy || !bundled || choice === ''}>
          {t('live.setup.create')}
        </button>
      </form>
    </>
  )
}
