// One crisis before a role is taken: where and when, the background, the map, and the roles to choose from.
import './scenario-screen.css'
import { useEffect } from 'react'
import {
  actorName,
  formatHash,
  type Scenario,
  scenarioEntry,
  selectGame,
  selectLibraryInLanguage,
  selectTurnsInTen,
  useGame,
} from '../../store'
import { numberedSources } from '../../store/other-pages'
import { ActorSummary, actorSummaryTexts } from '../components/actor-summary'
import { Loading } from '../components/loading'
import { MarkdownText } from '../components/markdown-text'
import { PageHeading } from '../components/page-heading'
import { SourcesScope } from '../components/source-scope'
import { formatDates } from '../dates'
import { useLanguage, useText } from '../i18n/use-text'
import { RegionMap } from '../map/region-map'
import { midSentence } from '../words/mid-sentence'
import { NotFoundScreen } from './not-found-screen'

export default function ScenarioScreen({ id }: { id: string }) {
  const t = useText()
  const library = useGame(selectLibraryInLanguage)
  const loadScenario = useGame((s) => s.loadScenario)
  useEffect(() => {
    void loadScenario(id)
  }, [loadScenario, id])
  const scenario = scenarioEntry(library, id)
  if (!scenario && (library.status === 'loading' || library.status === 'partial'))
    return <Loading what={t('scenario.loading')} />
  if (!scenario) return <NotFoundScreen what={t('scenario.missing', { id })} />
  return <ScenarioOverview scenario={scenario} />
}

function ScenarioOverview({ scenario }: { scenario: Scenario }) {
  const t = useText()
  const language = useLanguage()
  const game = useGame(selectGame)
  const current = game?.scenario === scenario.id ? game.role : undefined
  // Another role of the same crisis keeps the seed: a class shares one game and splits its roles.
  const seed = game?.scenario === scenario.id ? { seed: game.seed } : {}
  const cited = [
    scenario.background,
    ...scenario.roles.flatMap((r) => actorSummaryTexts(scenario.actors[r.actor])),
  ]
  return (
    <>
      <SourcesScope scope="crisis" sources={numberedSources(scenario)} texts={cited}>
        <PageHeading
          title={scenario.title}
          eyebrow={scenario.kind === 'historical' ? t('scenario.historical') : t('scenario.hypothetical')}
        >
          <p className="meta">
            <time dateTime={scenario.dates.start}>{formatDates(scenario.dates, language)}</time> ·{' '}
            {scenario.place.name}
          </p>
          <p className="lede">{scenario.summary}</p>
        </PageHeading>
        <div className="two-columns">
          <section aria-labelledby="background-title">
            <h2 id="background-title">{t('scenario.background')}</h2>
            <MarkdownText source={scenario.background} sources={scenario.sources} />
          </section>
          <RegionMap scenario={scenario} />
        </div>
        <section aria-labelledby="roles-title">
          <h2 id="roles-title">{t('scenario.roles')}</h2>
          <ul className="role-cards">
            {scenario.roles.map((role) => {
              const actor = scenario.actors[role.actor]
              return (
                <li key={role.id} className="card">
                  <h3>{role.title}</h3>
                  <p className="meta">
                    {t('scenario.youPlay', { name: midSentence(actorName(scenario, role.actor)) })}
                  </p>
                  <ActorSummary actor={actor} scenario={scenario} />
                  <RoleTurns scenario={scenario.id} role={role.id} />
                  <a
                    className="button"
                    href={formatHash({
                      name: 'play',
                      scenario: scenario.id,
                      role: role.id,
                      screen: 'briefing',
                      ...seed,
                    })}
                  >
                    {t('scenario.play', {
                      again: current === role.id ? 'yes' : 'no',
                      title: midSentence(role.title),
                    })}
                  </a>
                </li>
              )
            })}
          </ul>
        </section>
      </SourcesScope>
      <p>
        <a href="#/">{t('scenario.back')}</a>
      </p>
    </>
  )
}

/** How often the role gets a decision at all, when the crisis often ends before its turn: nothing otherwise. */
function RoleTurns({ scenario, role }: { scenario: string; role: string }) {
  const t = useText()
  const turns = useGame((s) => selectTurnsInTen(scenario, role)(s))
  if (turns === null) return null
  return <p className="role-turns">{t('scenario.turnChance', { n: turns })}</p>
}
