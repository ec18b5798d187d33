// @vitest-environment jsdom
// Before Tokayev's request in Kazakhstan 2022, the decision screen says how the treaty would read each framing. The
// evidence of an outside hand is weak, so "Foreign-backed terrorism" and "An attack from outside" are both met only
// on his word, and both once gave the same reason word for word. Each now says what is its own: the first blames
// terrorists backed from abroad, the second claims an attack where no state attacks, which goes further.
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import { withBundledLibrary } from './bundled-library'
import { fakeStore, memoryStorage, playAt, renderApp } from './ui-fakes'

const library = withBundledLibrary()

const WORDS = {
  en: {
    panel: 'How the treaty would read your request',
    foreign: /^Foreign-backed terrorism:/,
    external: /^An attack from outside:/,
    foreignSays: /blames terrorists backed from abroad/,
    externalSays: /speaks of an attack from outside, yet no state is attacking.*goes further/,
  },
  ru: {
    panel: 'Как договор оценит ваше обращение',
    foreign: /^Терроризм, поддерживаемый из-за рубежа:/,
    external: /^Внешнее нападение:/,
    foreignSays: /винит в насилии террористов, поддерживаемых из-за рубежа/,
    externalSays: /говорит о внешнем нападении, хотя ни одно государство не нападает.*заходит дальше/,
  },
} as const

/** The reasons the panel gives under a framing's verdict, by the framing's words. */
function reasonsOf(panel: HTMLElement, framing: RegExp): string[] {
  const term = within(panel)
    .getAllByRole('term')
    .find((dt) => framing.test(dt.textContent ?? ''))
  if (!term) throw new Error(`no verdict for ${framing}`)
  return [...term.parentElement!.querySelectorAll('dd')].map((dd) => dd.textContent ?? '')
}

describe.each(['en', 'ru'] as const)('as Tokayev in Kazakhstan 2022, in %s', (language) => {
  it("gives each framing met only on the requester's word a reason of its own", async () => {
    const words = WORDS[language]
    await renderApp(
      await fakeStore({
        library: library(),
        storage: memoryStorage({ [LANGUAGE_KEY]: language }),
        route: playAt('kazakhstan-2022', 'tokayev', 'decide', { seed: 42 }),
      }),
    )
    const panel = screen.getByRole('region', { name: words.panel })
    const foreign = reasonsOf(panel, words.foreign)
    const external = reasonsOf(panel, words.external)
    expect(foreign.join(' ')).toMatch(words.foreignSays)
    expect(external.join(' ')).toMatch(words.externalSays)
    // Not one reason of the one framing is said again, word for word, under the other.
    expect(foreign.filter((reason) => external.includes(reason))).toEqual([])
  })
})
