// Who an actor is, in the scenario's words with its sources, and what a hypothetical changes about it.
import type { Scenario } from '../../store'
import { useText } from '../i18n/use-text'
import { CitedText } from './markdown-text'

export function ActorSummary({
  actor,
  scenario,
}: {
  actor: Scenario['actors'][keyof Scenario['actors']] | undefined
  scenario: Scenario
}) {
  const t = useText()
  if (!actor) return null
  return (
    <>
      <p>
        <CitedText text={actor.summary} sources={actor.sources} />
      </p>
      {actor.override ? (
        <p className="hypothetical-note">
          <strong>{t('scenario.hypotheticalNote')}</strong>{' '}
          <CitedText text={actor.override.why} sources={scenario.sources} />
        </p>
      ) : null}
    </>
  )
}
