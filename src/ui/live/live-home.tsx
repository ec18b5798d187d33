// Where group exercises start: run a live session for teams on their own devices, join one with a
// code, or pass one device around the room when there is no server.
import './live.css'
import { formatHash } from '../../store'
import { PageHeading } from '../components/page-heading'
import { OfflineNote } from './offline-note'

export default function LiveHome() {
  return (
    <>
      <PageHeading title="Group exercises" eyebrow="Workshops">
        <p className="lede">
          Teams play the actors of one crisis. Each reads only its own briefing, decides in secret, and sees
          the decisions revealed together; the debrief compares the tables with each other and with history.
        </p>
      </PageHeading>
      <OfflineNote />
      <div className="cards">
        <article className="card">
          <h2>
            <a href={formatHash({ name: 'facilitate' })}>Run a live session</a>
          </h2>
          <p>
            For a facilitator with the workshop server running. You get a join code and a QR code to project;
            teams join from their own laptops and phones.
          </p>
        </article>
        <article className="card">
          <h2>
            <a href={formatHash({ name: 'join' })}>Join a session</a>
          </h2>
          <p>For a team: type the code on the projector, and a team name.</p>
        </article>
        <article className="card">
          <h2>
            <a href={formatHash({ name: 'pass-device' })}>Pass the device</a>
          </h2>
          <p>
            No server, one screen: each team takes the device in turn, behind a hand-over screen that keeps
            its briefing and decision from the others.
          </p>
        </article>
      </div>
    </>
  )
}
