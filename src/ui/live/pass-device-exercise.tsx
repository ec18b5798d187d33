// Pass-the-device's exercise on one shared screen: the facilitator's table, a team's hand-over screen, its turn
// read and decided in secret, and the sealed screen that hands the device back, so nobody sees another's. Who
// holds the device is the route's (pass-device-step.ts), so the back button steps back inside the exercise; a
// team's unsent choices are the exercise's, so they wait for the team whichever way it left its screen.
import './pass-device.css'
import { useStore } from 'zustand'
import { type TeamId, useGame } from '../../store'
import {
  type DraftValue,
  draftKey,
  fieldsFor,
  handOver,
  holderOf,
  type PassDevice,
  sealTurn,
  showTeam,
  toTable,
} from '../../store/pass-the-device'
import { DraftKeeperContext } from '../components/draft-fields'
import { PageHeading } from '../components/page-heading'
import { useText } from '../i18n/use-text'
import { refusalWords } from '../words/refusals'
import { AskFirst } from './ask-first'
import { download } from './download'
import { FacilitatorPanel } from './facilitator-panel'
import { useResultsWords } from './results-words'
import { TeamPanel } from './team-panel'
import { usePassMove } from './use-pass-move'

export function PassDeviceExercise({ device, onDiscard }: { device: PassDevice; onDiscard: () => void }) {
  const t = useText()
  const words = useResultsWords()
  const state = useStore(device.store)
  const route = useGame((s) => s.route)
  const move = usePassMove()
  const holder = holderOf(route, state.session)
  const backToTable = () => move(toTable(holder))
  const nameOf = (team: TeamId) => state.session.teams.find((x) => x.id === team)?.name ?? team
  const error = state.error && refusalWords(state.error, t)

  switch (holder.kind) {
    case 'handover': {
      // Named by its heading's words: the heading (page-heading.tsx) has no id to point at.
      const title = t('live.pass.handoverTitle', { team: nameOf(holder.team) })
      return (
        <section className="handover" aria-label={title}>
          <PageHeading title={title} eyebrow={t('live.pass.handover')} />
          <p className="lede">{t('live.pass.lookAway')}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => move(showTeam(holder.team))}>
              {t('live.pass.weAre', { team: nameOf(holder.team) })}
            </button>
            <button type="button" className="button secondary" onClick={backToTable}>
              {t('live.pass.backToTable')}
            </button>
          </div>
        </section>
      )
    }
    case 'team': {
      const { team } = holder
      const { brief, view } = device.team(state, team)
      const key = view.turn ? draftKey(view.turn.round, view.turn.stage) : ''
      const keeper = {
        fields: fieldsFor(state.drafts, team, key),
        keep: (field: string, value: DraftValue) => device.draft(team, key, field, value),
      }
      return (
        <div className="pass-device-team">
          <DraftKeeperContext.Provider value={keeper}>
            <TeamPanel
              brief={brief}
              view={view}
              skew={0}
              error={error}
              onSubmit={(round, decision) => {
                if (device.submit(team, round, decision)) move(sealTurn(team))
              }}
            />
          </DraftKeeperContext.Provider>
          <p>
            <button type="button" className="button secondary" onClick={backToTable}>
              {t('live.pass.hide')}
            </button>
          </p>
        </div>
      )
    }
    case 'sealed':
      return (
        <section className="handover" aria-label={t('live.pass.sealed')}>
          <PageHeading title={t('live.pass.sealed')} eyebrow={nameOf(holder.team)} />
          <p className="lede">{t('live.pass.sealedText')}</p>
          <button type="button" className="button" onClick={backToTable}>
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
            onExport={(format) => download(device.results(format, words))}
            showBriefings={false}
            teamAction={(team) =>
              phase === 'lobby' || team.submitted === false ? (
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => move(handOver(team.id as TeamId))}
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
  return (
    <section aria-labelledby="new-exercise-title">
      <h2 id="new-exercise-title">{t('live.pass.new')}</h2>
      <AskFirst
        label={t('live.pass.setUpNew')}
        words={{
          question: t('live.pass.newText'),
          confirm: t('live.pass.discardThis'),
          keep: t('live.pass.keep'),
        }}
        onConfirm={onDiscard}
      />
    </section>
  )
}
