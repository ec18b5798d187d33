// The what-if verdict and how many of the others' choices differ from the student's game. On a phone it stays at the
// foot of the screen while the facts above it are moved, so a move shows what it did where the student is looking;
// on a wide screen it heads the outcomes beside the facts.
import { selectReplaying, selectWhatIf, shownVerdict, useGame } from '../../store'
import { choicesDiffering } from '../../store/other-pages'
import { VerdictBadge } from '../components/verdict-rules'
import { useText } from '../i18n/use-text'
import type { Finished } from './what-if-outcomes'

export function WhatIfStatus({ mine }: { mine: Finished }) {
  const t = useText()
  const whatIf = useGame(selectWhatIf)
  const replaying = useGame(selectReplaying)
  const changes = choicesDiffering(mine.moves, whatIf?.moves ?? mine.moves)
  return (
    <p className="what-if-status" data-testid="whatif-status">
      <VerdictBadge status={whatIf?.verdict ?? shownVerdict(mine.report.verdict)} />{' '}
      <span data-testid="whatif-summary">
        {replaying
          ? t('whatIf.replaying')
          : changes === 0
            ? t('whatIf.same')
            : t('whatIf.differ', { count: changes })}
      </span>
    </p>
  )
}
