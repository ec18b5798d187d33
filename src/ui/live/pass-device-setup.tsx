// Pass-the-device's set-up form: the crisis, how the teams sit, their names and order (and, at one table, the
// role each asks for), and the round's minutes. The store seats them; a refusal is shown here, in words.
import { type FormEvent, useId, useState } from 'react'
import { loadedScenarios, type Scenario, selectLibrary, useGame } from '../../store'
import type { PassDeviceChoice, PassDeviceHome } from '../../store/live'
import { PageHeading } from '../components/page-heading'
import { type Translate, useText } from '../i18n/use-text'
import { refusalWords } from '../words/refusals'
import { RoundMinutes } from './round-minutes'

/** The names the form starts with, in the reader's language: the teams may keep them. */
const defaultTeam = (n: number, t: Translate) => ({ name: t('live.pass.teamName', { n }), role: '' })

export function PassDeviceSetup({ home }: { home: PassDeviceHome }) {
  const t = useText()
  const library = useGame(selectLibrary)
  const scenarios = loadedScenarios(library)
  const [scenarioId, setScenarioId] = useState('')
  const scenario: Scenario | undefined = scenarios.find((s) => s.id === scenarioId) ?? scenarios[0]
  const [format, setFormat] = useState<PassDeviceChoice['format']['kind']>('one-table')
  const [teams, setTeams] = useState(() => [1, 2, 3].map((n) => defaultTeam(n, t)))
  const [minutes, setMinutes] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const ids = useId()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!scenario) return
    const named = teams.map((x) => ({ name: x.name.trim(), role: x.role || undefined }))
    if (named.some((x) => x.name === '')) return setError(t('live.pass.nameEvery'))
    const refused = home.start({
      scenario,
      format: { kind: format },
      teams: format === 'one-table' ? named : named.map((x) => ({ name: x.name })),
      roundSeconds: Math.round(minutes * 60),
    })
    if (refused) setError(refusalWords(refused, t))
  }

  return (
    <>
      <PageHeading title={t('live.pass.title')} eyebrow={t('live.pass.eyebrow')}>
        <p className="lede">{t('live.pass.lede')}</p>
      </PageHeading>
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      {library.status !== 'ready' ? <p role="status">{t('live.setup.loading')}</p> : null}
      <form className="live-setup" onSubmit={submit}>
        <label htmlFor={`${ids}-scenario`}>{t('live.setup.scenario')}</label>
        <select
          id={`${ids}-scenario`}
          value={scenario?.id ?? ''}
          onChange={(e) => setScenarioId(e.target.value)}
        >
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
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
                  value={team.name}
                  maxLength={40}
                  onChange={(e) =>
                    setTeams(teams.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))
                  }
                />
              </label>
              {format === 'one-table' && scenario ? (
                <label>
                  {t('live.pass.plays')}{' '}
                  <select
                    value={team.role}
                    onChange={(e) =>
                      setTeams(teams.map((x, j) => (j === i ? { ...x, role: e.target.value } : x)))
                    }
                  >
                    <option value="">{t('live.pass.firstFree')}</option>
                    {scenario.roles.map((r) => (
                      <option key={r.id} value={r.id}>
                        {r.title}
                      </option>
                    ))}
                  </select>
                </label>
              ) : null}
              {teams.length > 1 ? (
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => setTeams(teams.filter((_, j) => j !== i))}
                  aria-label={t('live.remove.ask', {
                    name: team.name || t('live.pass.teamName', { n: i + 1 }),
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
              onClick={() => setTeams([...teams, defaultTeam(teams.length + 1, t)])}
            >
              {t('live.pass.add')}
            </button>
          ) : null}
        </fieldset>
        <RoundMinutes id={`${ids}-minutes`} minutes={minutes} onChange={setMinutes} />
        <button type="submit" className="button" disabled={!scenario}>
          {t('live.pass.seat')}
        </button>
      </form>
    </>
  )
}
