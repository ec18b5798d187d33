// Pass-the-device's set-up form: the crisis, how the teams sit, their names and order (and, at one table, the
// role each asks for), and the round's minutes. The store seats them; a refusal is shown here, in words. Seating
// new teams over an exercise this device kept discards it, so the form asks first (ask-first.tsx), and it is
// offered only once the kept exercise has been looked for.
import { type FormEvent, useId, useRef, useState } from 'react'
import { useStore } from 'zustand'
import { loadedScenarios, type Scenario, selectLibrary, useGame } from '../../store'
import { type PassDeviceChoice, type PassDeviceHome, seatedAt } from '../../store/pass-the-device'
import { WrappingSelect } from '../components/wrapping-select'
import { type Translate, useText } from '../i18n/use-text'
import { refusalWords } from '../words/refusals'
import { AskQuestion, useAsking } from './ask-first'
import { RoundMinutes } from './round-minutes'
import { useTitlesInLanguage } from './titles-in-language'
import { usePassMove } from './use-pass-move'

/**
 * A row of the form. Its name is null until typed in: the form then shows the name it starts with ("Team 2"), in
 * the reader's language even after a switch of language, and the team may keep it.
 */
interface TeamRow {
  readonly n: number
  readonly name: string | null
  readonly role: string
}
const defaultTeam = (n: number): TeamRow => ({ n, name: null, role: '' })
const nameOf = (team: TeamRow, t: Translate): string => team.name ?? t('live.pass.teamName', { n: team.n })

export function PassDeviceSetup({ home }: { home: PassDeviceHome }) {
  const t = useText()
  const titles = useTitlesInLanguage()
  const library = useGame(selectLibrary)
  const route = useGame((s) => s.route)
  const move = usePassMove()
  const { kept, looked } = useStore(home.store)
  const scenarios = loadedScenarios(library)
  const [scenarioId, setScenarioId] = useState('')
  const scenario: Scenario | undefined = scenarios.find((s) => s.id === scenarioId) ?? scenarios[0]
  const [format, setFormat] = useState<PassDeviceChoice['format']['kind']>('one-table')
  const [teams, setTeams] = useState(() => [1, 2, 3].map(defaultTeam))
  const [minutes, setMinutes] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const ids = useId()
  const seatButton = useRef<HTMLButtonElement>(null)
  const replacing = useAsking(seatButton)

  const named = () => teams.map((x) => ({ name: nameOf(x, t).trim(), role: x.role || undefined }))
  const seat = () => {
    if (!scenario) return
    const refused = home.start({
      scenario,
      format: { kind: format },
      teams: format === 'one-table' ? named() : named().map((x) => ({ name: x.name })),
      roundSeconds: Math.round(minutes * 60),
    })
    if (refused) setError(refusalWords(refused, t))
    else move(seatedAt(route))
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!scenario) return
    if (named().some((x) => x.name === '')) return setError(t('live.pass.nameEvery'))
    if (kept.status === 'ok') replacing.ask()
    else seat()
  }

  if (library.status === 'failed')
    return (
      <p className="notice error" role="alert">
        {t('play.failedLibrary', { message: library.message })}
      </p>
    )
  // The form waits for the kept exercise to be looked for, so seating can never throw it away unasked.
  if (!looked) return <p role="status">{t('live.setup.loading')}</p>
  return (
    <>
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      <form className="live-setup" onSubmit={submit}>
        <label htmlFor={`${ids}-scenario`}>{t('live.setup.scenario')}</label>
        <WrappingSelect
          id={`${ids}-scenario`}
          value={scenario?.id ?? ''}
          onChange={(e) => setScenarioId(e.target.value)}
        >
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {titles.scenario(s.id, s.title)}
            </option>
          ))}
        </WrappingSelect>
        <fieldset>
          <legend>{t('live.setup.seating')}</legend>
          <label className="choice">
            <input type="radio" checked={format === 'one-table'} onChange={() => setFormat('one-table')} />
            <span>
              <strong>{t('live.format.oneTable')}</strong>{' '}
              <span className="choice-help">{t('live.pass.oneTableHelp')}</span>
            </span>
          </label>
          <label className="choice">
            <input
              type="radio"
              checked={format === 'parallel-whole'}
              onChange={() => setFormat('parallel-whole')}
            />
            <span>
              <strong>{t('live.format.parallelWhole')}</strong>{' '}
              <span className="choice-help">{t('live.pass.parallelWholeHelp')}</span>
            </span>
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('live.pass.order')}</legend>
          {teams.map((team, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; position is identity
            <div key={i} className="team-setup">
              <label>
                {t('live.pass.name')}{' '}
                <input
                  value={nameOf(team, t)}
                  maxLength={40}
                  onChange={(e) =>
                    setTeams(teams.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))
                  }
                />
              </label>
              {format === 'one-table' && scenario ? (
                // The label beside its picker, not around it: the picker's face would be read into its words.
                <div className="team-field">
                  <label htmlFor={`${ids}-role-${i}`}>{t('live.pass.plays')}</label>
                  <WrappingSelect
                    id={`${ids}-role-${i}`}
                    value={team.role}
                    onChange={(e) =>
                      setTeams(teams.map((x, j) => (j === i ? { ...x, role: e.target.value } : x)))
                    }
                  >
                    <option value="">{t('live.pass.firstFree')}</option>
                    {scenario.roles.map((r) => (
                      <option key={r.id} value={r.id}>
                        {titles.role(scenario.id, r.id, r.title)}
                      </option>
                    ))}
                  </WrappingSelect>
                </div>
              ) : null}
              {teams.length > 1 ? (
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => setTeams(teams.filter((_, j) => j !== i))}
                  aria-label={t('live.remove.ask', {
                    name: nameOf(team, t) || t('live.pass.teamName', { n: team.n }),
                  })}
                >
                  {t('live.remove.button')}
                </button>
              ) : null}
            </div>
          ))}
          {teams.length < 8 ? (
            <button
              type="button"
              className="button secondary"
              onClick={() => setTeams([...teams, defaultTeam(teams.length + 1)])}
            >
              {t('live.pass.add')}
            </button>
          ) : null}
        </fieldset>
        <RoundMinutes id={`${ids}-minutes`} minutes={minutes} onChange={setMinutes} />
        {replacing.asking && kept.status === 'ok' ? (
          <AskQuestion
            words={{
              question: t('live.pass.replaceQuestion', { title: titles.scenario(kept.scenario, kept.title) }),
              confirm: t('live.pass.replace'),
              keep: t('live.pass.keep'),
            }}
            onConfirm={seat}
            onKeep={replacing.keep}
          />
        ) : (
          <button ref={seatButton} type="submit" className="button" disabled={!scenario}>
            {t('live.pass.seat')}
          </button>
        )}
      </form>
    </>
  )
}
