// The one sentence a screen reader hears once a what-if replay settles: the choices that differ from the student's
// game and, the two largest first, the outcomes that moved against it. The words are messages.
import type { Language } from '../../store'
import type { WhatIfHeard } from '../../store/other-pages'
import { signed } from '../format'
import type { Translate } from '../i18n/use-text'
import { INDICATOR_TITLE } from './indicators'

/** Two outcomes are named; the rest are counted, so the sentence stays short enough to hear at once. */
const NAMED = 2

export function whatIfHeard(heard: WhatIfHeard, t: Translate, language: Language): string {
  const choices = t('whatIf.heard.choices', { count: heard.differ })
  if (heard.moved.length === 0) return t('whatIf.heard.still', { choices })
  const [first, second] = heard.moved.slice(0, NAMED).map((m) =>
    t('whatIf.heard.outcome', {
      // The chart's own titles, capitals and all, so the student finds the row the sentence names.
      name: t(INDICATOR_TITLE[m.indicator]),
      delta: signed(m.delta, 0, language),
    }),
  )
  const more = heard.moved.length - NAMED
  const outcomes =
    second === undefined
      ? first
      : more > 0
        ? t('whatIf.heard.more', { first, second, count: more })
        : t('whatIf.heard.two', { first, second })
  return t('whatIf.heard.moved', { choices, outcomes })
}
