// Every capital's view, once the game is over: each role's private briefing side by side, so a class can set
// what each government knew, feared and wanted beside the others. Shown only after the game, as during it each
// player may read their own briefing alone.
import './capitals-screen.css'
import { actorName, type GameView } from '../../store'
import { concernsOf, numberedSources } from '../../store/other-pages'
import { ConcernList } from '../components/concern-list'
import { MarkdownText } from '../components/markdown-text'
import { PageHeading } from '../components/page-heading'
import { SourcesScope } from '../components/source-scope'
import { useText } from '../i18n/use-text'
import { midSentence } from '../words/mid-sentence'
import { NotFinished } from './not-finished'

export function CapitalsScreen({ view }: { view: GameView }) {
  const t = useText()
  if (view.result.status !== 'finished') return <NotFinished />
  const { scenario } = view
  return (
    <article className="capitals">
      <SourcesScope
        scope="capitals"
        sources={numberedSources(scenario)}
        texts={scenario.roles.map((r) => r.briefing)}
      >
        <PageHeading title={t('capitals.title')} eyebrow={scenario.title}>
          <p className="lede">{t('capitals.lede')}</p>
        </PageHeading>
        <ul className="capital-cards">
          {scenario.roles.map((role) => {
            const actor = scenario.actors[role.actor]
            const mine = role.id === view.role.id
            return (
              <li key={role.id}>
                <section
                  className={mine ? 'panel capital mine' : 'panel capital'}
                  aria-labelledby={`capital-${role.id}`}
                >
                  <h2 id={`capital-${role.id}`}>
                    {role.title}
                    {mine ? <span className="capital-mine"> {t('capitals.yours')}</span> : null}
                  </h2>
                  <p className="eyebrow">{actorName(scenario, role.actor)}</p>
                  <MarkdownText source={role.briefing} sources={scenario.sources} />
                  {actor ? (
                    <>
                      <h3>{t('capitals.weighs', { mine: mine ? 'yes' : 'no' })}</h3>
                      <ConcernList
                        concerns={concernsOf(actor, scenario, 4)}
                        label={t('capitals.weighsLabel', { name: midSentence(actor.name) })}
                        scenario={scenario}
                        actor={actor.id}
                        viewer={view.role.actor}
                      />
                    </>
                  ) : null}
                </section>
              </li>
            )
          })}
        </ul>
      </SourcesScope>
    </article>
  )
}
