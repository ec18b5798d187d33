// The reason a member next door gives about Russian troops at its own border, in English and Russian: a vote that
// lets them in "brings" them there, one that keeps them out keeps them away, in the reader's person.
import { beforeAll, describe, expect, it } from 'vitest'
import type { ActorId } from '../src/scenario'
import { reasonClause } from '../src/ui/words/reasons'
import { bundledScenario } from './bundled-scenarios'
import { i18n, loadCatalogs, t } from './catalogs'

beforeAll(loadCatalogs)

const june = bundledScenario('kyrgyzstan-2010')
const uzbekistan = 'uzbekistan' as ActorId
const russia = 'russia' as ActorId
const cost = { kind: 'border', effect: -0.068 } as const
const saving = { kind: 'border', effect: 0.068 } as const

describe('the reason of Russian troops at a member’s own border', () => {
  it('reads in English, for the member itself and for another reader', () => {
    i18n.activate('en')
    expect(reasonClause(cost, june, uzbekistan, t, uzbekistan)).toBe(
      'brings Russian troops up to your own border',
    )
    expect(reasonClause(saving, june, uzbekistan, t, uzbekistan)).toBe(
      'keeps Russian troops away from your own border',
    )
    expect(reasonClause(cost, june, uzbekistan, t, russia)).toBe('brings Russian troops up to its own border')
  })

  it('reads in Russian, in the case each verb wants', () => {
    i18n.activate('ru')
    expect(reasonClause(cost, june, uzbekistan, t, uzbekistan)).toBe(
      'приводит российские войска к вашей границе',
    )
    expect(reasonClause(saving, june, uzbekistan, t, uzbekistan)).toBe(
      'удерживает российские войска вдали от вашей границы',
    )
    expect(reasonClause(saving, june, uzbekistan, t, russia)).toBe(
      'удерживает российские войска вдали от собственной границы',
    )
  })
})
