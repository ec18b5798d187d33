// The reason a member gives about the precedent of a force sent into a member's internal conflict, in English and
// Russian: a vote that lets the force in sets the precedent, one that keeps it out refuses it, in the reader's person.
import { beforeAll, describe, expect, it } from 'vitest'
import type { ActorId } from '../src/scenario'
import { reasonClause } from '../src/ui/words/reasons'
import { bundledScenario } from './bundled-scenarios'
import { i18n, loadCatalogs, t } from './catalogs'

beforeAll(loadCatalogs)

const april = bundledScenario('kyrgyzstan-april-2010')
const uzbekistan = 'uzbekistan' as ActorId
const russia = 'russia' as ActorId
const cost = { kind: 'precedent', effect: -0.068 } as const
const saving = { kind: 'precedent', effect: 0.068 } as const

describe('the reason of the precedent for a member’s own internal conflicts', () => {
  it('reads in English, for the member itself and for another reader', () => {
    i18n.activate('en')
    expect(reasonClause(cost, april, uzbekistan, t, uzbekistan)).toBe(
      'sets a precedent for sending Russian-led troops into your own internal conflicts',
    )
    expect(reasonClause(saving, april, uzbekistan, t, russia)).toBe(
      'refuses a precedent for sending Russian-led troops into its own internal conflicts',
    )
  })

  it('reads in Russian, in the case each verb wants', () => {
    i18n.activate('ru')
    expect(reasonClause(cost, april, uzbekistan, t, uzbekistan)).toBe(
      'создаёт прецедент использования войск под началом России и в ваших внутренних конфликтах',
    )
    expect(reasonClause(saving, april, uzbekistan, t, russia)).toBe(
      'не допускает прецедента использования войск под началом России и в собственных внутренних конфликтах',
    )
  })
})
