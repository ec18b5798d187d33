// Who an actor is, in the scenario's words with its sources, and what a hypothetical changes about it.
import { numberedSources, type Scenario } from '../../store'
import { useText } from '../i18n/use-text'
import { CitedText } from './markdown-text'

type ActorOf = Scenario['actors'][keyof Scenario['actors']]

/** The texts an actor's summary shows, for the page's list of the sources they cite. */
export const actorSummaryTexts = (actor: ActorOf | undefined): string[] =>
  actor ? [actor.summary, ...(actor.override ? [actor.override.why] : [])] : []

export function ActorSummary({ actor, scenario }: { actor: ActorOf | undefined; scenario: Scenario }) {
  const t = useText()
  if (!actor) return null
  // The profile's markers are numbered in the crisis's one list, as the scenario's own text is.
  const sources = numberedSources(scenario)
  return (
    <>
      <p>
        <CitedText text={actor.summary} sources={sources} />
      </p>
      {actor.override ? (
        <p className="hypothetical-note">
          <strong>{t('scenario.hypotheticalNote')}</strong>{' '}
          <CitedText text={actor.override.why} sources={sources} />
        </p>
      ) : null}
    </>
  )
}
