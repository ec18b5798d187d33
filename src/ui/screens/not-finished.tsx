// A later screen opened before the game got there (an old link, a typed address): lead back to the decision.
import { hrefFor, useGame } from '../../store'
import { PageHeading } from '../components/page-heading'

export function NotFinished() {
  const decide = useGame((s) => hrefFor(s, 'decide'))
  return (
    <>
      <PageHeading title="Not there yet" />
      <p>This game still waits for a decision of yours; its outcomes come once you have made it.</p>
      <p>
        <a className="button" href={decide}>
          Make your decision
        </a>
      </p>
    </>
  )
}
