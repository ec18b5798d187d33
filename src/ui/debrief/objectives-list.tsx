// The crisis's learning objectives, each followed by the parts of this debrief (or the what-if page) where the
// game speaks to it, as the scenario's author pointed them out: a list of its own, left-aligned, whose items wrap
// whole on a phone with no separator to strand at the start of a line.
import { useId } from 'react'
import { hrefFor, type Scenario, useGame } from '../../store'
import { useText } from '../i18n/use-text'
import { jumpTo, type Section } from './debrief-summary'

type Part = Scenario['objectives'][number]['parts'][number]

/** Where each part of a game is read in the debrief: the moves are told in the actors' cards. */
const SECTION_OF: Readonly<Record<Part, Section['id'] | 'what-if'>> = {
  briefing: 'actors',
  request: 'actors',
  response: 'actors',
  council: 'treaty',
  verdict: 'treaty',
  china: 'actors',
  exit: 'actors',
  outcomes: 'outcomes',
  'what-if': 'what-if',
  history: 'history',
}

export function ObjectivesList({
  objectives,
  sections,
}: {
  objectives: Scenario['objectives']
  sections: readonly Section[]
}) {
  const t = useText()
  const whatIf = useGame((s) => hrefFor(s, 'what-if'))
  const id = useId()
  return (
    <ul className="objectives">
      {objectives.map((o, i) => {
        const places = new Set(o.parts.map((p) => SECTION_OF[p]))
        const here = sections.filter((s) => places.has(s.id))
        return (
          <li key={o.text}>
            {o.text}{' '}
            {places.size > 0 ? (
              <div className="objective-where">
                <span id={`${id}-${i}`}>{t('debrief.objectiveWhere')}</span>{' '}
                {/* biome-ignore lint/a11y/noRedundantRoles: without markers Safari drops the list; the role keeps it */}
                <ul role="list" aria-labelledby={`${id}-${i}`}>
                  {here.map((s) => (
                    <li key={s.id}>
                      <button type="button" className="link-button" onClick={() => jumpTo(s.id)}>
                        {s.title}
                      </button>
                    </li>
                  ))}
                  {places.has('what-if') ? (
                    <li>
                      <a href={whatIf}>{t('play.step.whatIf')}</a>
                    </li>
                  ) : null}
                </ul>
              </div>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
