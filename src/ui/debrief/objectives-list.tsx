// The crisis's learning objectives, each followed by the parts of this debrief (or the what-if page) where the
// game speaks to it, as the scenario's author pointed them out.
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
  outcomes: 'score',
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
  return (
    <ul className="objectives">
      {objectives.map((o) => {
        const places = new Set(o.parts.map((p) => SECTION_OF[p]))
        const here = sections.filter((s) => places.has(s.id))
        return (
          <li key={o.text}>
            {o.text}
            {places.size > 0 ? (
              <span className="objective-where">
                {' '}
                {t('debrief.objectiveWhere')}{' '}
                {here.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 ? ' · ' : null}
                    <button type="button" className="link-button" onClick={() => jumpTo(s.id)}>
                      {s.title}
                    </button>
                  </span>
                ))}
                {places.has('what-if') ? (
                  <>
                    {here.length > 0 ? ' · ' : null}
                    <a href={whatIf}>{t('play.step.whatIf')}</a>
                  </>
                ) : null}
              </span>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
