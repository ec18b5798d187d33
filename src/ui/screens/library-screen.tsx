// The first page: every bundled crisis as a card, with its region on a map, and the way back into a saved game.
import './library-screen.css'
import { useEffect, useMemo } from 'react'
import {
  formatHash,
  type GameId,
  type LibraryState,
  libraryCards,
  type PreviewEntry,
  savedGameCard,
  selectGame,
  selectLibraryInLanguage,
  selectPreviewInLanguage,
  useGame,
} from '../../store'
import { Loading } from '../components/loading'
import { PageHeading } from '../components/page-heading'
import { ScenarioCard } from '../components/scenario-card'
import { useText } from '../i18n/use-text'
import { midSentence } from '../words/mid-sentence'
import { YourScenarios } from '../workshop/your-scenarios'

export function LibraryScreen() {
  const t = useText()
  const library = useGame(selectLibraryInLanguage)
  const game = useGame(selectGame)
  const preview = useGame(selectPreviewInLanguage)
  const { bundled, imported } = useMemo(() => libraryCards(library, preview), [library, preview])
  const load = useGame((s) => s.load)
  useEffect(() => {
    void load('preview')
  }, [load])
  return (
    <>
      <PageHeading title={t('library.title')} eyebrow={t('app.title')}>
        <p className="lede">{t('library.lede')}</p>
        <p>
          <a href="#/compare">{t('compare.fromLibrary')}</a>
        </p>
      </PageHeading>
      {game ? <ContinueGame game={game} library={library} preview={preview} /> : null}
      {!bundled && library.status !== 'failed' ? <Loading what={t('library.loading')} /> : null}
      {library.status === 'failed' ? (
        <div className="panel error-panel" role="alert">
          <h2>{t('library.failed')}</h2>
          <p>{library.message}</p>
          <p>{t('library.reload')}</p>
        </div>
      ) : null}
      {bundled ? (
        <ul className="cards" aria-label={t('library.crises')}>
          {bundled.map((entry) => (
            <li key={entry.ok ? entry.scenario.id : entry.file}>
              {entry.ok ? <ScenarioCard scenario={entry.scenario} /> : <BrokenCard entry={entry} />}
            </li>
          ))}
        </ul>
      ) : null}
      {imported ? <YourScenarios entries={imported} /> : null}
    </>
  )
}

function ContinueGame({
  game,
  library,
  preview,
}: {
  game: GameId
  library: LibraryState
  preview: readonly PreviewEntry[] | null
}) {
  const t = useText()
  const scenario = savedGameCard(library, preview, game.scenario)
  const role = scenario?.roles.find((r) => r.id === game.role)
  if (!scenario || !role) return null
  const href = formatHash({
    name: 'play',
    scenario: game.scenario,
    role: game.role,
    screen: 'briefing',
    seed: game.seed,
  })
  return (
    <section className="panel continue" aria-labelledby="continue-title">
      <h2 id="continue-title">{t('library.yourGame')}</h2>
      <p>
        {t('library.game', {
          title: scenario.title,
          role: midSentence(role.title),
          seed: game.seed,
          made: game.decisions.length,
        })}
      </p>
      <a className="button" href={href}>
        {t('library.continue')}
      </a>
    </section>
  )
}

/** A scenario file with mistakes: its author needs to see where, in the words the checker uses. */
function BrokenCard({ entry }: { entry: Extract<PreviewEntry, { ok: false }> }) {
  const t = useText()
  return (
    <article className="card broken">
      <h2>{t('library.broken')}</h2>
      <p className="meta">{entry.file}</p>
      <ul className="problems">
        {entry.problems.slice(0, 5).map((p) => (
          <li key={`${p.line}:${p.column}:${p.path}`}>
            {t(p.path ? 'library.problemAt' : 'library.problem', { ...p })}
          </li>
        ))}
      </ul>
    </article>
  )
}
