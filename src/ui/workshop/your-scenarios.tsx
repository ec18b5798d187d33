// The library's second half: the scenarios kept in this browser, each removable, and the way into the workshop.
import type { LibraryEntry } from '../../store'
import { useGame } from '../../store'
import { ScenarioCard } from '../screens/library-screen'

export function YourScenarios({ entries }: { entries: readonly LibraryEntry[] }) {
  const removeImported = useGame((s) => s.removeImported)
  return (
    <section className="your-scenarios" aria-labelledby="your-scenarios-title">
      <h2 id="your-scenarios-title">Your scenarios</h2>
      <p>
        Crises written in the workshop or opened from a shared link, kept in this browser only.{' '}
        <a href="#/workshop">Write your own scenario in the workshop</a>.
      </p>
      {entries.length > 0 ? (
        <ul className="cards" aria-label="Your scenarios">
          {entries.map((entry) =>
            entry.ok ? (
              <li key={entry.scenario.id}>
                <ScenarioCard scenario={entry.scenario} />
                <button
                  type="button"
                  className="link-button"
                  onClick={() => void removeImported(entry.scenario.id)}
                >
                  Remove “{entry.scenario.title}” from this browser
                </button>
              </li>
            ) : null,
          )}
        </ul>
      ) : null}
    </section>
  )
}
