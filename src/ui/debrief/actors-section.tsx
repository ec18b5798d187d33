// What each actor wanted, and why it chose as it did: one card per actor that moved, its concerns in the
// player's words and its moves with their reasons. The debrief draws the cards one at a time (use-in-turn.ts).
import { type ActorMoves, actorName, type GameView } from '../../store'
import { concernsOf, numberedSources } from '../../store/other-pages'
import { ConcernList } from '../components/concern-list'
import { CitedText } from '../components/markdown-text'
import { MoveCard } from '../components/move-card'
import { useText } from '../i18n/use-text'
import { midSentence } from '../words/mid-sentence'

/** A card for each of `actors`: those who moved (`actorsWhoMoved`), or the first of them, drawn so far. */
export function ActorsSection({ view, actors }: { view: GameView; actors: readonly ActorMoves[] }) {
  const t = useText()
  const { scenario } = view
  // A profile's markers are numbered in the crisis's one list, which the debrief's sources show.
  const sources = numberedSources(scenario)
  return (
    <div className="actor-cards">
      {actors.map(({ actor: id, moves: theirs }) => {
        const actor = scenario.actors[id as keyof typeof scenario.actors]
        return (
          <article key={id} className="actor-card" aria-labelledby={`actor-${id}`}>
            <h3 id={`actor-${id}`}>
              {actorName(scenario, id)}
              {id === view.role.actor ? <span className="badge you">{t('debrief.actors.you')}</span> : null}
            </h3>
            {actor ? (
              <p>
                <CitedText text={actor.summary} sources={sources} />
              </p>
            ) : null}
            {actor ? (
              <ConcernList
                concerns={concernsOf(actor, scenario, 3)}
                label={t('debrief.actors.cares', {
                  of: t('words.of', { actor: id, name: midSentence(actorName(scenario, id)) }),
                })}
                scenario={scenario}
                actor={actor.id}
                viewer={view.role.actor}
              />
            ) : null}
            {theirs.map((move) => (
              <MoveCard
                key={move.stage}
                move={move}
                game={view.result.moves}
                scenario={scenario}
                viewer={view.role.actor}
              />
            ))}
          </article>
        )
      })}
    </div>
  )
}
