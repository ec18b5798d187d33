// The facilitator's seat on the workshop server: the set-up form (setup-form.tsx), then the dashboard, resumed
// with the stored token after a reload. The server runs the session; this screen sends commands and shows what it
// is sent.
import './live.css'
import { useStore } from 'zustand'
import { type FacilitatorSeat, facilitatorSeat, type LiveSetup, liveSetup } from '../../store/live'
import { PageHeading } from '../components/page-heading'
import { useText } from '../i18n/use-text'
import { refusalWords } from '../words/refusals'
import { ConnectionNote } from './connection-note'
import { download } from './download'
import { FacilitatorPanel } from './facilitator-panel'
import { JoinPanel } from './join-panel'
import { NotYourSession } from './not-your-session'
import { ReadmitTeam } from './readmit-team'
import { RemoveTeam } from './remove-team'
import { useResultsLanguage } from './results-words'
import { SetupForm } from './setup-form'
import { useConnection, useOpened, useSeat } from './use-seat'

export default function FacilitateScreen({ code }: { code?: string | undefined }) {
  return code ? <Dashboard code={code} /> : <Setup />
}

function Setup() {
  const t = useText()
  const connection = useConnection()
  const setup = useOpened<LiveSetup>(liveSetup)
  return (
    <>
      <PageHeading title={t('live.setup.title')} eyebrow={t('live.setup.eyebrow')}>
        <p className="lede">{t('live.setup.lede')}</p>
      </PageHeading>
      <ConnectionNote connection={connection} />
      {setup ? <SetupForm setup={setup} /> : null}
    </>
  )
}

function Dashboard({ code }: { code: string }) {
  const seat = useSeat(facilitatorSeat, code)
  return seat ? <SeatedDashboard seat={seat} code={code} /> : null
}

function SeatedDashboard({ seat, code }: { seat: FacilitatorSeat; code: string }) {
  const t = useText()
  const state = useStore(seat.store)
  const rejoin = useStore(seat.rejoin.store, (s) => s.shown)
  const inLanguage = useResultsLanguage()
  if (state.unseated) return <NotYourSession code={code} connection={state.connection} lobby={state.lobby} />
  if (!state.brief || !state.view)
    return (
      <>
        <PageHeading title={t('live.dashboard.session', { code })} eyebrow={t('live.setup.eyebrow')} />
        <ConnectionNote connection={state.connection} />
        {/* The resume refused: the dashboard cannot show, and the page says why. */}
        {state.error ? (
          <p className="notice error" role="alert">
            {refusalWords(state.error, t, code)}
          </p>
        ) : null}
      </>
    )
  return (
    <>
      <ConnectionNote connection={state.connection} />
      <FacilitatorPanel
        brief={state.brief}
        view={state.view}
        skew={state.skew}
        busy={state.busy}
        error={state.error && refusalWords(state.error, t, code)}
        onCommand={(command) => void seat.command(command)}
        teamAction={(team) =>
          state.view?.phase.kind === 'finished' ? null : (
            <>
              {state.view?.phase.kind === 'lobby' ? (
                <RemoveTeam
                  name={team.name}
                  disabled={state.busy}
                  onRemove={() => void seat.command({ kind: 'remove', team: team.id })}
                />
              ) : null}
              {/* Only where it can help: a team in the lobby with its device connected has its seat. */}
              {state.view?.phase.kind !== 'lobby' ||
              team.connection.kind === 'offline' ||
              rejoin?.team === team.id ? (
                <ReadmitTeam
                  name={team.name}
                  session={code}
                  shown={rejoin?.team === team.id ? rejoin : null}
                  disabled={state.busy}
                  onReadmit={() => void seat.readmit(team.id)}
                  onDismiss={seat.rejoin.dismiss}
                />
              ) : null}
            </>
          )
        }
        onExport={(format) =>
          void seat.exportResults(format, inLanguage).then((file) => {
            if (file) download(file)
          })
        }
        joining={<JoinPanel code={state.view.code} joinUrl={state.view.joinUrl} />}
      />
    </>
  )
}
