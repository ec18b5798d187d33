// The first page: every bundled crisis as a card, with its region on a map, and the way back into a saved game.
import './library-screen.css'
import { useEffect, useMemo } from 'react'
import {
  formatHash,
  type GameId,
  type LibraryState,
  libraryCards,
  type PreviewEntry,
  scenarioEntry,
  selectGame,
  selectLibrary,
  selectPreview,
  useGame,
} from '../../store'
import { Loading } from '../components/loading'
import { PageHeading } from '../components/page-heading'
import { ScenarioCard } from '../components/scenario-card'
import { YourScenarios } from '../workshop/your-scenarios'

const TEXT = {
  title: 'Choose a crisis',
  eyebrow: 'Article Four',
  lede: 'When a member of the Collective Security Treaty Organization is in trouble, does it ask its allies for help under Article 4 — and do Russia and the others answer? Pick a crisis, take a role, decide, and see what follows and why.',
  loading: 'Loading the crises…',
  failed: 'The crises could not be loaded',
  reload: 'Reload the page to try again.',
  crises: 'Crises',
  yourGame: 'Your game',
  continue: 'Continue your game',
  game: (title: string, role: string, seed: number, made: number) =>
    `${title}, as ${role} (seed ${seed}${made > 0 ? `, ${made} decision${made > 1 ? 's' : ''} made` : ''}).`,
  broken: 'A crisis file could not be read',
  problem: (line: number, column: number, path: string, message: string) =>
    `line ${line}, column ${column}${path ? ` (${path})` : ''}: ${message}`,
}

export function LibraryScreen() {
  const library = useGame(selectLibrary)
  const game = useGame(selectGame)
  const preview = useGame(selectPreview)
  const { bundled, imported } = useMemo(() => libraryCards(library, preview), [library, preview])
  const load = useGame((s) => s.load)
  useEffect(() => {
    void load('preview')
  }, [load])
  return (
    <>
      <PageHeading title={TEXT.title} eyebrow={TEXT.eyebrow}>
        <p className="lede">{TEXT.lede}</p>
      </PageHeading>
      {game ? <ContinueGame game={game} library={library} /> : null}
      {!bundled && library.status !== 'failed' ? <Loading what={TEXT.loading} /> : null}
      {library.status === 'failed' ? (
        <div className="panel error-panel" role="alert">
          <h2>{TEXT.failed}</h2>
          <p>{library.message}</p>
          <p>{TEXT.reload}</p>
        </div>
      ) : null}
      {bundled ? (
        <ul className="cards" aria-label={TEXT.crises}>
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

function ContinueGame({ game, library }: { game: GameId; library: LibraryState }) {
  const scenario = scenarioEntry(library, game.scenario)
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
      <h2 id="continue-title">{TEXT.yourGame}</h2>
      <p>{TEXT.game(scenario.title, role.title, game.seed, game.decisions.length)}</p>
      <a className="button" href={href}>
        {TEXT.continue}
      </a>
    </section>
  )
}

/** A scenario file with mistakes: its author needs to see where, in the words the checker uses. */
function BrokenCard({ entry }: { entry: Extract<PreviewEntry, { ok: false }> }) {
  return (
    <article className="card broken">
      <h2>{TEXT.broken}</h2>
      <p className="meta">{entry.file}</p>
      <ul className="problems">
        {entry.problems.slice(0, 5).map((p) => (
          <li key={`${p.line}:${p.column}:${p.path}`}>{TEXT.problem(p.line, p.column, p.path, p.message)}</li>
        ))}
      </ul>
    </article>
  )
}
