// A table's revealed moves, in order: who moved, what they decided, and whether a team or the engine did.
import type { MoveView, PublicScenario } from '../../store'
import { decisionOf } from '../../store/engine-face'
import { translate } from '../i18n/messages'
import { useText } from '../i18n/use-text'
import { decisionNow, type GameMoves, STAGE_WORDS } from '../words/decisions'

/** A stage's name in the language being shown. */
export const stageLabel = (stage: keyof typeof STAGE_WORDS): string => translate(STAGE_WORDS[stage])

export const actorName = (scenario: PublicScenario, actor: string): string =>
  scenario.actors.find((a) => a.id === actor)?.name ?? actor

export const roleTitle = (scenario: PublicScenario, role: string): string =>
  scenario.roles.find((r) => r.id === role)?.title ?? role

/**
 * The notation in words, beside the table's moves when they are known (China's backing names the help a
 * government received: troops, or Article 2's consultations and aid); the server sends only notation it produced,
 * so a failure is a bug shown plainly.
 */
export function inWords(notation: string, table: readonly { readonly decision: string }[] = []): string {
  const decision = decisionOf(notation)
  const game: GameMoves = table.flatMap((m) => {
    const d = decisionOf(m.decision)
    return d ? [{ decision: d }] : []
  })
  return decision ? decisionNow(decision, translate, game) : notation
}

export function LiveMoves({
  moves,
  scenario,
  empty,
}: {
  moves: readonly MoveView[]
  scenario: PublicScenario
  empty: string
}) {
  const t = useText()
  if (moves.length === 0) return <p>{empty}</p>
  return (
    <ol className="timeline live-moves">
      {moves.map((m, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a table's moves only ever grow at the end
        <li key={i} className={`move-card ${m.by === 'team' ? 'player' : 'engine'}`}>
          <p className="move-stage">
            {stageLabel(m.stage)}
            <span className="badge">
              {m.by === 'team'
                ? m.team
                : m.by === 'stand-in'
                  ? t('live.move.standIn')
                  : t('live.move.engine')}
            </span>
          </p>
          <p className="move-line">
            <strong>{actorName(scenario, m.actor)}</strong> {inWords(m.decision, moves)}.
          </p>
        </li>
      ))}
    </ol>
  )
}
