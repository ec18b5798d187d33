// The library's second half: the scenarios kept in this browser, each to open in the workshop again or remove, and
// the way into the workshop. Both actions that could lose work ask first, in the card, not in a browser dialog.
import { useEffect, useRef, useState } from 'react'
import type { LibraryEntry, Scenario } from '../../store'
import { replacesUnsavedDraft, useGame } from '../../store'
import { ScenarioCard } from '../components/scenario-card'
import './your-scenarios.css'

export function YourScenarios({ entries }: { entries: readonly LibraryEntry[] }) {
  const heading = useRef<HTMLHeadingElement>(null)
  return (
    <section className="your-scenarios" aria-labelledby="your-scenarios-title">
      <h2 id="your-scenarios-title" ref={heading} tabIndex={-1}>
        Your scenarios
      </h2>
      <p>
        Crises written in the workshop or opened from a shared link, kept in this browser only.{' '}
        <a href="#/workshop">Write your own scenario in the workshop</a>.
      </p>
      {entries.length > 0 ? (
        <ul className="cards" aria-label="Your scenarios">
          {entries.map((entry) =>
            entry.ok ? (
              <YourScenario
                key={entry.scenario.id}
                scenario={entry.scenario}
                // The card and its buttons go: the focus goes to the list's heading rather than to the page's top.
                onRemoved={() => heading.current?.focus()}
              />
            ) : null,
          )}
        </ul>
      ) : null}
    </section>
  )
}

type Question = 'edit' | 'remove'

function YourScenario({ scenario, onRemoved }: { scenario: Scenario; onRemoved: () => void }) {
  const removeImported = useGame((s) => s.removeImported)
  const editImported = useGame((s) => s.editImported)
  const draftFile = useGame((s) =>
    replacesUnsavedDraft(s.workshop.draft, scenario.id) ? s.workshop.draft?.file : undefined,
  )
  const [asking, setAsking] = useState<Question | null>(null)
  const buttons = { edit: useRef<HTMLButtonElement>(null), remove: useRef<HTMLButtonElement>(null) }
  const keep = useRef<HTMLButtonElement>(null)
  const answered = useRef<Question | null>(null)
  const title = `“${scenario.title}”`

  // A question takes the focus to its safe answer, and a "keep" brings it back to the button that asked.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the refs are stable; only the question matters.
  useEffect(() => {
    if (asking) keep.current?.focus()
    else if (answered.current) buttons[answered.current].current?.focus()
    answered.current = null
  }, [asking])

  const cancel = (): void => {
    answered.current = asking
    setAsking(null)
  }

  return (
    <li>
      <ScenarioCard scenario={scenario} />
      {asking === null ? (
        <div className="your-scenario-actions">
          <button
            ref={buttons.edit}
            type="button"
            className="link-button"
            onClick={() => (draftFile ? setAsking('edit') : editImported(scenario.id, 'keep'))}
          >
            Edit {title} in the workshop
          </button>
          <button
            ref={buttons.remove}
            type="button"
            className="link-button"
            onClick={() => setAsking('remove')}
          >
            Remove {title} from this browser
          </button>
        </div>
      ) : (
        <fieldset className="your-scenario-question">
          {asking === 'remove' ? (
            <>
              <legend>
                Remove {title} from this browser? Only its file or a shared link could bring it back.
              </legend>
              <button
                type="button"
                className="button danger"
                onClick={() => void removeImported(scenario.id).then(onRemoved)}
              >
                Remove {title} for good
              </button>
            </>
          ) : (
            <>
              <legend>
                The workshop holds a draft ({draftFile}) with changes not saved in Your scenarios. Open{' '}
                {title} in its place?
              </legend>
              <button type="button" className="button" onClick={() => editImported(scenario.id, 'keep')}>
                Open {title}, replacing the draft
              </button>
            </>
          )}
          <button ref={keep} type="button" className="button secondary" onClick={cancel}>
            {asking === 'remove' ? 'Keep it' : 'Keep the draft'}
          </button>
        </fieldset>
      )}
    </li>
  )
}
