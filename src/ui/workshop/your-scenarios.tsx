// The library's second half: the scenarios kept in this browser, each to open in the workshop again or remove, and
// the way into the workshop. Both actions that could lose work ask first, in the card, not in a browser dialog.
import { useEffect, useRef, useState } from 'react'
import type { LibraryEntry, Scenario } from '../../store'
import { replacesUnsavedDraft, useGame } from '../../store'
import { ScenarioCard } from '../components/scenario-card'
import { useText } from '../i18n/use-text'
import './your-scenarios.css'

export function YourScenarios({ entries }: { entries: readonly LibraryEntry[] }) {
  const heading = useRef<HTMLHeadingElement>(null)
  const t = useText()
  return (
    <section className="your-scenarios" aria-labelledby="your-scenarios-title">
      <h2 id="your-scenarios-title" ref={heading} tabIndex={-1}>
        {t('yours.title')}
      </h2>
      <p>
        {t('yours.text')} <a href="#/workshop">{t('yours.write')}</a>.
      </p>
      {entries.length > 0 ? (
        <ul className="cards" aria-label={t('yours.title')}>
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
  const t = useText()
  const title = scenario.title

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
            {t('yours.edit', { title })}
          </button>
          <button
            ref={buttons.remove}
            type="button"
            className="link-button"
            onClick={() => setAsking('remove')}
          >
            {t('yours.remove', { title })}
          </button>
        </div>
      ) : (
        <fieldset className="your-scenario-question">
          {asking === 'remove' ? (
            <>
              <legend>{t('yours.removeAsk', { title })}</legend>
              <button
                type="button"
                className="button danger"
                onClick={() => void removeImported(scenario.id).then(onRemoved)}
              >
                {t('yours.removeForGood', { title })}
              </button>
            </>
          ) : (
            <>
              <legend>{t('yours.replaceAsk', { file: draftFile, title })}</legend>
              <button type="button" className="button" onClick={() => editImported(scenario.id, 'keep')}>
                {t('yours.replace', { title })}
              </button>
            </>
          )}
          <button ref={keep} type="button" className="button secondary" onClick={cancel}>
            {asking === 'remove' ? t('yours.keep') : t('yours.keepDraft')}
          </button>
        </fieldset>
      )}
    </li>
  )
}
