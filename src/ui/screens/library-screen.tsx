// The first page: every bundled crisis as a card, with its region on a map, and the way back into a saved game.
import type { Scenario } from '../../scenario/types'
import {
  formatHash,
  type GameId,
  type LibraryEntry,
  type LibraryState,
  scenarioEntry,
  selectGame,
  selectLibrary,
  useGame,
} from '../../store'
import { PageHeading } from '../components/page-heading'
import { formatDates } from '../format'
import { RegionMap } from '../map/region-map'
import { YourScenarios } from '../workshop/your-scenarios'

export function LibraryScreen() {
  const library = useGame(selectLibrary)
  const game = useGame(selectGame)
  return (
    <>
      <PageHeading title="Choose a crisis" eyebrow="Article Four">
        <p className="lede">
          When a member of the Collective Security Treaty Organization is in trouble, does it ask its allies
          for help under Article 4 — and do Russia and the others answer? Pick a crisis, take a role, decide,
          and see what follows and why.
        </p>
      </PageHeading>
      {game ? <ContinueGame game={game} library={library} /> : null}
      {library.status === 'loading' ? (
        <p className="loading" role="status">
          Loading the crises…
        </p>
      ) : null}
      {library.status === 'failed' ? (
        <div className="panel error-panel" role="alert">
          <h2>The crises could not be loaded</h2>
          <p>{library.message}</p>
          <p>Reload the page to try again.</p>
        </div>
      ) : null}
      {library.status === 'ready' ? (
        <ul className="cards" aria-label="Crises">
          {library.entries
            .filter((entry) => !entry.imported)
            .map((entry) => (
              <li key={entry.ok ? entry.scenario.id : entry.file}>
                {entry.ok ? <ScenarioCard scenario={entry.scenario} /> : <BrokenCard entry={entry} />}
              </li>
            ))}
        </ul>
      ) : null}
      {library.status === 'ready' ? (
        <YourScenarios entries={library.entries.filter((entry) => entry.imported)} />
      ) : null}
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
      <h2 id="continue-title">Your game</h2>
      <p>
        {scenario.title}, as {role.title} (seed {game.seed}
        {game.decisions.length > 0
          ? `, ${game.decisions.length} decision${game.decisions.length > 1 ? 's' : ''} made`
          : ''}
        ).
      </p>
      <a className="button" href={href}>
        Continue your game
      </a>
    </section>
  )
}

export function ScenarioCard({ scenario }: { scenario: Scenario }) {
  const titleId = `card-${scenario.id}`
  return (
    <article className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>
        <a href={formatHash({ name: 'scenario', scenario: scenario.id })}>{scenario.title}</a>
      </h2>
      <p className="meta">
        <span className={`badge ${scenario.kind}`}>
          {scenario.kind === 'historical' ? 'Historical' : 'Hypothetical'}
        </span>{' '}
        <time dateTime={scenario.dates.start}>{formatDates(scenario.dates)}</time> · {scenario.place.name}
      </p>
      <p>{scenario.summary}</p>
      <RegionMap scenario={scenario} compact />
      <h3 className="roles-title" id={`${titleId}-roles`}>
        Play as
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
}

/** A scenario file with mistakes: its author needs to see where, in the words the checker uses. */
function BrokenCard({ entry }: { entry: Extract<LibraryEntry, { ok: false }> }) {
  return (
    <article className="card broken">
      <h2>A crisis file could not be read</h2>
      <p className="meta">{entry.file}</p>
      <ul className="problems">
        {entry.problems.slice(0, 5).map((p) => (
          <li key={`${p.line}:${p.column}:${p.path}`}>
            line {p.line}, column {p.column}
            {p.path ? ` (${p.path})` : ''}: {p.message}
          </li>
        ))}
      </ul>
    </article>
  )
}
