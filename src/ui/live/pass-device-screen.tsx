// Pass-the-device: the whole exercise on one shared screen, with no server. The facilitator's
// dashboard is the table; a team takes the device behind a hand-over screen, reads its own briefing,
// decides in secret, and hands the device back behind a sealed screen, so nobody sees another's.
import './live.css'
import { type FormEvent, useEffect, useId, useState } from 'react'
import { useStore } from 'zustand'
import { type Scenario, selectLibrary, type TeamId, useGame } from '../../store'
import type { PassDevice, PassDeviceChoice, PassDeviceHome } from '../../store/live'
import { PageHeading } from '../components/page-heading'
import { type Translate, useText } from '../i18n/use-text'
import { refusalWords } from '../words/refusals'
import { download } from './download'
import { FacilitatorPanel } from './facilitator-panel'
import { RoundMinutes } from './round-minutes'
import { TeamPanel } from './team-panel'
import { usePassDeviceHome } from './use-seat'

export default function PassDeviceScreen() {
  const t = useText()
  const home = usePassDeviceHome()
  const library = useGame(selectLibrary)
  const { kept, device } = useStore(home.store)
  // An exercise this device was running when the page closed: offered back, never resumed unasked.
  useEffect(() => {
    if (library.status === 'ready') home.look(library.entries)
  }, [home, library])
  if (device) return <Exercise device={device} onDiscard={home.discard} />
  return (
    <>
      {kept.status === 'ok' ? (
        <section className="notice" aria-labelledby="kept-title">
          <p id="kept-title">{t('live.pass.kept', { title: kept.title })}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={home.resume}>
              {t('live.pass.resume')}
            </button>
            <button type="button" className="button secondary" onClick={home.discard}>
              {t('live.pass.discard')}
            </button>
          </div>
        </section>
      ) : null}
      {kept.status === 'unreadable' ? (
        <div className="notice warning" role="alert">
          <p>{t('live.pass.unreadable')}</p>
        </div>
      ) : null}
      <Setup home={home} />
    </>
  )
}

/** The names the form starts with, in the reader's language: the teams may keep them. */
const defaultTeam = (n: number, t: Translate) => ({ name: t('live.pass.teamName', { n }), role: '' })

function Setup({ home }: { home: PassDeviceHome }) {
  const t = useText()
  const library = useGame(selectLibrary)
  const scenarios =
    library.status === 'ready' ? library.entries.flatMap((e) => (e.ok ? [e.scenario] : [])) : []
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

/** Who holds the device: the facilitator's table, a team behind its hand-over, or a team sealing its turn. */
type Holder =
  | { readonly kind: 'table' }
  | { readonly kind: 'handover'; readonly team: TeamId }
  | { readonly kind: 'team'; readonly team: TeamId }
  | { readonly kind: 'sealed'; readonly team: TeamId }

function Exercise({ device, onDiscard }: { device: PassDevice; onDiscard: () => void }) {
  const t = useText()
  const state = useStore(device.store)
  const [holder, setHolder] = useState<Holder>({ kind: 'table' })
  const toTable = () => setHolder({ kind: 'table' })
  const nameOf = (team: TeamId) => state.session.teams.find((x) => x.id === team)?.name ?? team
  const error = state.error && refusalWords(state.error, t)

  switch (holder.kind) {
    case 'handover':
      return (
        <section className="handover" aria-labelledby="handover-title">
          <PageHeading
            title={t('live.pass.handoverTitle', { team: nameOf(holder.team) })}
            eyebrow={t('live.pass.handover')}
          />
          <p className="lede">{t('live.pass.lookAway')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => setHolder({ kind: 'team', team: holder.team })}
            >
              {t('live.pass.weAre', { team: nameOf(holder.team) })}
            </button>
            <button type="button" className="button secondary" onClick={toTable}>
              {t('live.pass.backToTable')}
            </button>
          </div>
        </section>
      )
    case 'team': {
      const { brief, view } = device.team(state, holder.team)
      return (
        <>
          <TeamPanel
            brief={brief}
            view={view}
            skew={0}
            error={error}
            onSubmit={(round, decision) => {
              if (device.submit(holder.team, round, decision))
                setHolder({ kind: 'sealed', team: holder.team })
            }}
          />
          <p>
            <button type="button" className="button secondary" onClick={toTable}>
              {t('live.pass.hide')}
            </button>
          </p>
        </>
      )
    }
    case 'sealed':
      return (
        <section className="handover" aria-labelledby="sealed-title">
          <PageHeading title={t('live.pass.sealed')} eyebrow={nameOf(holder.team)} />
          <p className="lede">{t('live.pass.sealedText')}</p>
          <button type="button" className="button" onClick={toTable}>
            {t('live.pass.backToTable')}
          </button>
        </section>
      )
    case 'table': {
      const { brief, view } = device.facilitator(state)
      const phase = view.phase.kind
      return (
        <>
          <FacilitatorPanel
            brief={brief}
            view={view}
            skew={0}
            busy={false}
            error={error}
            onCommand={(command) => device.command(command)}
            onExport={(format) => download(device.results(format))}
            showBriefings={false}
            teamAction={(team) =>
              phase === 'lobby' || team.submitted === false ? (
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => setHolder({ kind: 'handover', team: team.id as TeamId })}
                >
                  {phase === 'lobby' ? t('live.pass.forBriefing') : t('live.pass.toDecide')}
                  <span className="visually-hidden"> ({team.name})</span>
                </button>
              ) : null
            }
          />
          <NewExercise onDiscard={onDiscard} />
        </>
      )
    }
  }
}

/** Two steps, so a stray click at the end of a long workshop does not throw the exercise away. */
function NewExercise({ onDiscard }: { onDiscard: () => void }) {
  const t = useText()
  const [asking, setAsking] = useState(false)
  return (
    <section aria-labelledby="new-exercise-title">
      <h2 id="new-exercise-title">{t('live.pass.new')}</h2>
      {asking ? (
        <div className="button-row">
          <p>{t('live.pass.newText')}</p>
          <button type="button" className="button" onClick={onDiscard}>
            {t('live.pass.discardThis')}
          </button>
          <button type="button" className="button secondary" onClick={() => setAsking(false)}>
            {t('live.pass.keep')}
          </button>
        </div>
      ) : (
        <button type="button" className="button secondary" onClick={() => setAsking(true)}>
          {t('live.pass.setUpNew')}
        </button>
      )}
    </section>
  )
}
