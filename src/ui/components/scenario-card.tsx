// A crisis as a card in the library: its title, kind, dates and place, its map, and the roles to play.
import './scenario-card.css'
import { memo } from 'react'
import { formatHash, type ScenarioPreview } from '../../store'
import { formatDates } from '../dates'
import { useLanguage, useText } from '../i18n/use-text'
import { RegionMap } from '../map/region-map'

/** A card changes only with its scenario and the language (read through its hooks): a saved game passes it by. */
export const ScenarioCard = memo(function ScenarioCard({ scenario }: { scenario: ScenarioPreview }) {
  const t = useText()
  const titleId = `card-${scenario.id}`
  return (
    <article className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>
        <a href={formatHash({ name: 'scenario', scenario: scenario.id })}>{scenario.title}</a>
      </h2>
      <p className="meta">
        <span className={`badge ${scenario.kind}`}>
          {t(scenario.kind === 'historical' ? 'card.historical' : 'card.hypothetical')}
        </span>{' '}
        <time dateTime={scenario.dates.start}>{formatDates(scenario.dates, useLanguage())}</time> ·{' '}
        {scenario.place.name}
      </p>
      <p>{scenario.summary}</p>
      <RegionMap scenario={scenario} compact />
      <h3 className="roles-title" id={`${titleId}-roles`}>
        {t('card.playAs')}
      </h3>
      <ul className="role-links" aria-labelledby={`${titleId}-roles`}>
        {scenario.roles.map((role) => (
          <li key={role.id}>
            <a href={formatHash({ name: 'play', scenario: scenario.id, role: role.id, screen: 'briefing' })}>
              {role.title}
            </a>
          </li>
        ))}
      </ul>
    </article>
  )
})
