// A facilitator who has removed as many teams as one session allows, or drawn as many codes to let one team back in
// as one team may have, is told so and what still holds, in English and in Russian, rather than "not now".
import { i18n } from '@lingui/core'
import { afterAll, expect, it } from 'vitest'
import type { Refusal } from '../src/store/live'
import { refusalWords } from '../src/ui/words/refusals'
import { speak } from './ui-fakes'

const t = i18n._.bind(i18n) as Parameters<typeof refusalWords>[1]
const removes: Refusal = {
  code: 'conflict',
  request: 'command',
  reason: 'removes-spent',
  detail: 'at most 40 teams may be removed from one session',
}
const readmits: Refusal = {
  code: 'conflict',
  request: 'readmit',
  reason: 'team-readmits-spent',
  detail: 'at most 20 codes may be drawn to let one team back in',
}

afterAll(() => speak('en'))

it('says the teams in the lobby stay, or the last code still lets the team in, in English', async () => {
  await speak('en')
  expect(refusalWords(removes, t)).toBe(
    'As many teams have been removed from this session as one session allows. The teams in the lobby now stay in it.',
  )
  expect(refusalWords(readmits, t)).toBe(
    'As many codes have been drawn to let this team back in as one team may have. The last one drawn still lets it in until it runs out.',
  )
})

it('says the same in Russian', async () => {
  await speak('ru')
  expect(refusalWords(removes, t)).toBe(
    'Из этой сессии уже удалено столько команд, сколько можно удалить из одной сессии. Команды, которые сейчас в лобби, в нём останутся.',
  )
  expect(refusalWords(readmits, t)).toBe(
    'Для этой команды уже выдано столько кодов, чтобы впустить её снова, сколько можно выдать одной команде. Последний выданный код действует, пока не истечёт его срок.',
  )
})
