// Who an actor is, in the scenario's words with its sources, what it had done before the crisis, and what a
// hypothetical changes about it.
import type { Scenario } from '../../store'
import { numberedSources } from '../../store/other-pages'
import { useText } from '../i18n/use-text'
import { ActorRecord } from './actor-record'
import { CitedText } from './markdown-text'

type ActorOf = Scenario['actors'][keyof Scenario['actors']]

/** The texts an actor's summary shows (its record's entries too), for the page's list of the sources they cite. */
export const actorSummaryTexts = (actor: ActorOf | undefined): string[] =>
  actor
    ? [actor.summary, ...actor.record.map((e) => e.text), ...(actor.override ? [actor.override.why] : [])]
    : []

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
      <ActorRecord record={actor.record} sources={sources} />
      {actor.override ? (
        <p className="hypothetical-note">
          <strong>{t('scenario.hypotheticalNote')}</strong>{' '}
          <CitedText text={actor.override.why} sources={sources} />
        </p>
      ) : null}
    </>
  )
}
